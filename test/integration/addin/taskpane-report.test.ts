// "Dit was een vergissing — meld een datalek" end to end: the built task pane in Chromium, served
// by the real service in development mode, sends the report with the sender's (development) token
// to the real API, and the register holds it. A half-filled form stores nothing and says which
// field to fix.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PageSetup } from '../../helpers/browser/office-fake-entry';
import { startTaskpaneHarness, type TaskpaneHarness } from '../../helpers/taskpane-page';

const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts');
const SENT: NonNullable<PageSetup['sent']> = {
  subject: 'Zorgverslag Daan',
  to: [{ emailAddress: 'verkeerde.ouder@gmail.com' }],
  sentAt: '2026-11-27T14:05:00Z',
  attachments: [{ name: 'zorgverslag.pdf', size: 120_000 }],
};

let harness: TaskpaneHarness;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startTaskpaneHarness({ withService: true });
}, 180_000);

afterAll(() => harness?.close());

async function developmentToken(): Promise<string> {
  const response = await fetch(`${harness.origin}/api/dev/token?persona=teacher`);
  return ((await response.json()) as { token: string }).token;
}

async function myReports(token: string): Promise<{ number: string; kind: { nl: string } }[]> {
  const response = await fetch(`${harness.origin}/api/incidents/mine`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { incidents: { number: string; kind: { nl: string } }[] };
  return body.incidents;
}

async function openReport(token: string | undefined): Promise<Page> {
  const page = await harness.open({ sent: SENT, options: token ? { accessToken: token } : {} });
  await page.getByRole('heading', { name: 'Meld het hier' }).waitFor();
  return page;
}

test('a teacher reports a mail sent to the wrong parent; the register has it', async () => {
  const token = await developmentToken();
  const page = await openReport(token);
  await expect(page.getByLabel('Wat is er gebeurd?').inputValue()).resolves.toBe('wrong-recipient');
  await expect(page.getByLabel('Beschrijving').inputValue()).resolves.toContain('zorgverslag.pdf');
  await page.getByLabel('Leerlingdossier').check();
  await page.getByLabel('Ouders').check();
  await page.getByLabel('Om hoeveel mensen gaat het ongeveer?').fill('2');
  await page
    .getByLabel('Wat heb je al gedaan?')
    .fill('Ouder gebeld en gevraagd de mail te wissen.');
  await page.getByRole('button', { name: 'Datalek melden' }).click();
  const receipt = page.getByText(/Je melding is ontvangen: DL-\d{4}-\d{4}/);
  await receipt.waitFor();
  await page.screenshot({
    path: path.join(ARTIFACTS, 'taskpane-report-received.png'),
    fullPage: true,
  });
  const number = /DL-\d{4}-\d{4}/.exec((await receipt.textContent()) ?? '')?.[0];
  // Reported once: the Teams route is no longer offered as a second way.
  await expect(page.getByRole('heading', { name: 'Of meld het in Teams' }).count()).resolves.toBe(
    0,
  );
  const mine = await myReports(token);
  expect(mine.map((incident) => incident.number)).toContain(number);
  expect(mine.find((incident) => incident.number === number)?.kind.nl).toBe(
    'Mail aan verkeerde ontvanger',
  );
  await page.close();
});

test('a half-filled report shows the field to fix and stores nothing', async () => {
  const token = await developmentToken();
  const before = (await myReports(token)).length;
  const page = await openReport(token);
  await page.getByRole('button', { name: 'Datalek melden' }).click();
  await page.getByText('Nog niet compleet').waitFor();
  await expect(
    page.locator('[role="alert"], .fui-Field__validationMessage').count(),
  ).resolves.toBeGreaterThan(0);
  expect((await myReports(token)).length).toBe(before);
  await page.close();
});

test('without single sign-on nothing is sent and the Teams route is offered', async () => {
  const page = await openReport(undefined);
  await page.getByLabel('Om hoeveel mensen gaat het ongeveer?').fill('2');
  await page.getByRole('button', { name: 'Datalek melden' }).click();
  await page.getByText('Je aanmelding kon niet worden bevestigd').waitFor();
  await page.getByRole('heading', { name: 'Of meld het in Teams' }).waitFor();
  await page.close();
});
