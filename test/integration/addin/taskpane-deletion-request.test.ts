// "Vraag de ontvanger de mail te verwijderen" in the built task pane in Chromium, over the fake
// mailbox: the sender picks the wrong recipients of a sent mail and Outlook's new-message form
// opens with the register's request (Dutch, then English) for them to check and send; after a
// report, the request carries the incident number. Nothing from the sent mail goes in it.
import type { Page } from 'playwright-core';
import type { PageSetup } from '../../helpers/browser/office-fake-entry';
import type { FakeMessageForm } from '../../../addin/preview/office-host/fake-mailbox';
import { startTaskpaneHarness, type TaskpaneHarness } from '../../helpers/taskpane-page';

const SENT: NonNullable<PageSetup['sent']> = {
  subject: 'Zorgverslag Daan',
  to: [{ emailAddress: 'verkeerde.ouder@gmail.com' }, { emailAddress: 'm.jansen@kindante.nl' }],
  cc: [{ emailAddress: 'andere.ouder@hotmail.com' }],
  sentAt: '2026-11-27T14:05:00Z',
  attachments: [{ name: 'zorgverslag-daan.pdf', size: 120_000 }],
};

let harness: TaskpaneHarness;

beforeAll(async () => {
  harness = await startTaskpaneHarness({ withService: true });
}, 180_000);

afterAll(() => harness?.close());

const newMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __newMessages: FakeMessageForm[] }).__newMessages);

async function openSentMail(setup: PageSetup): Promise<Page> {
  const page = await harness.open(setup);
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { name: 'Vraag de ontvanger de mail te verwijderen' }).waitFor();
  return page;
}

test('the sender picks the two wrong parents; Outlook opens the request to them in Bcc', async () => {
  const page = await openSentMail({ sent: SENT });
  const draft = page.getByRole('button', { name: 'Verzoek opstellen' });
  // Three recipients: nothing is chosen for the sender, so nothing can be drafted yet.
  await expect(draft.isDisabled()).resolves.toBe(true);
  await page.getByRole('checkbox', { name: 'verkeerde.ouder@gmail.com' }).check();
  await page.getByRole('checkbox', { name: 'andere.ouder@hotmail.com' }).check();
  await page.getByText('Meerdere ontvangers komen in BCC').waitFor();
  await draft.click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Het verzoek staat klaar in een nieuw bericht' })
    .waitFor();

  const [form, ...more] = await newMessages(page);
  expect(more).toEqual([]);
  expect(form?.toRecipients).toEqual([]);
  expect(form?.bccRecipients).toEqual(['verkeerde.ouder@gmail.com', 'andere.ouder@hotmail.com']);
  expect(form?.subject).toBe('Verzoek: verwijder een per vergissing ontvangen e-mail');
  const body = form?.htmlBody ?? '';
  expect(body.indexOf('Wilt u deze e-mail en de bijlagen verwijderen')).toBeGreaterThan(-1);
  expect(body.indexOf('Please delete this e-mail')).toBeGreaterThan(
    body.indexOf('Wilt u deze e-mail'),
  );
  expect(body).toContain('Stichting Kindante');
  for (const content of ['Zorgverslag', 'Daan', 'zorgverslag-daan.pdf', 'm.jansen'])
    expect(JSON.stringify(form)).not.toContain(content);
  await page.close();
}, 30_000);

test('after the report, the request to the one recipient names the incident number', async () => {
  const token = await fetch(`${harness.origin}/api/dev/token?persona=teacher`)
    .then((response) => response.json() as Promise<{ token: string }>)
    .then((body) => body.token);
  const page = await openSentMail({
    sent: { ...SENT, to: [{ emailAddress: 'verkeerde.ouder@gmail.com' }], cc: [] },
    options: { accessToken: token },
  });
  await page
    .getByRole('region', { name: 'Vraag de ontvanger de mail te verwijderen' })
    .getByText('Ontvangers: verkeerde.ouder@gmail.com', { exact: true })
    .waitFor();
  // Two kinds of data in one group: each box keeps its own tick.
  await page.getByLabel('Namen en adressen').check();
  await page.getByLabel('Leerlingdossier').check();
  await expect(page.getByLabel('Namen en adressen').isChecked()).resolves.toBe(true);
  await page.getByLabel('Ouders').check();
  await page.getByLabel('Om hoeveel mensen gaat het ongeveer?').fill('1');
  await page.getByRole('button', { name: 'Datalek melden' }).click();
  const receipt = page.getByText(/Je melding is ontvangen: DL-\d{4}-\d{4}/);
  await receipt.waitFor();
  const number = /DL-\d{4}-\d{4}/.exec((await receipt.textContent()) ?? '')?.[0];

  await page.getByRole('button', { name: 'Verzoek opstellen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Het verzoek staat klaar in een nieuw bericht' })
    .waitFor();
  const [form] = await newMessages(page);
  expect(form?.toRecipients).toEqual(['verkeerde.ouder@gmail.com']);
  expect(form?.subject).toBe(`Verzoek: verwijder een per vergissing ontvangen e-mail (${number})`);
  await page.close();
}, 30_000);

test('when Outlook cannot open a new message, the pane says to ask the recipient directly', async () => {
  const page = await openSentMail({
    sent: { ...SENT, to: [{ emailAddress: 'verkeerde.ouder@gmail.com' }], cc: [] },
    options: { failNewMessage: true },
  });
  await page.getByRole('button', { name: 'Verzoek opstellen' }).click();
  await page.getByText('Outlook kon geen nieuw bericht openen').waitFor();
  await expect(newMessages(page)).resolves.toEqual([]);
  await page.close();
}, 30_000);
