// The task pane in real Chromium: the built bundle and page, with a fake mailbox in place of
// Outlook. Findings render with their policy section and masked numbers; each fix changes the draft
// and the pane re-checks; it works by keyboard; a sent mail offers the breach report route.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PageSetup } from '../../helpers/browser/office-fake-entry';
import { makeDocx } from '../../helpers/office-files';
import { draftOf, startTaskpaneHarness, type TaskpaneHarness } from '../../helpers/taskpane-page';

const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts');
const PARENTS = ['ouder1@gmail.com', 'ouder2@hotmail.com', 'ouder3@ziggo.nl', 'ouder4@kpnmail.nl'];
const COLLEAGUE = 'm.jansen@kindante.nl';

function riskyDraft(): NonNullable<PageSetup['draft']> {
  return {
    from: { displayName: 'Anouk van der Berg', emailAddress: 'a.vanderberg@kindante.nl' },
    to: [...PARENTS, COLLEAGUE].map((emailAddress) => ({ emailAddress })),
    subject: 'Leerlingbespreking groep 5',
    body:
      '<p>Beste ouders,</p><p>Het BSN van Daan is <b>123456782</b>.</p>' +
      '<p>Daan heeft de diagnose ADHD gekregen en krijgt een ontwikkelingsperspectiefplan.</p>',
  };
}

let harness: TaskpaneHarness;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  harness = await startTaskpaneHarness();
}, 120_000);

afterAll(() => harness?.close());

const card = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);
/** Waits until a live region announces `text` (a rescan may announce "wordt gecontroleerd" first). */
const announced = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).first().waitFor();

async function openWithFindings(setup: PageSetup): Promise<Page> {
  const page = await harness.open(setup);
  await page.getByRole('heading', { name: 'Meldingen' }).waitFor();
  return page;
}

describe('task pane in Chromium', () => {
  test('lists the findings per rule with why, the policy section and only masked numbers', async () => {
    const page = await openWithFindings({ draft: riskyDraft() });
    await announced(page, 'Deze mail kan zo niet weg');
    await expect(card(page, 'bsn').textContent()).resolves.toContain('******782');
    await expect(card(page, 'bsn').textContent()).resolves.toContain('Bijlage 7');
    await expect(card(page, 'pupil-file').textContent()).resolves.toContain('Waarom dit telt');
    await expect(card(page, 'bcc').textContent()).resolves.toContain('4 externe ontvangers');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain('123456782');
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-findings.png'), fullPage: true });
    await page.close();
  });

  test('"Externe ontvangers naar BCC" moves parents to Bcc, keeps the colleague, and re-checks', async () => {
    const page = await openWithFindings({ draft: riskyDraft() });
    await card(page, 'bcc').getByRole('button', { name: 'Externe ontvangers naar BCC' }).click();
    await announced(page, 'staan nu in BCC');
    await card(page, 'bsn').waitFor();
    await card(page, 'bcc').waitFor({ state: 'detached' });
    const draft = await draftOf(page);
    expect(draft?.to.map((entry) => entry.emailAddress)).toEqual([COLLEAGUE]);
    expect(draft?.bcc?.map((entry) => entry.emailAddress)).toEqual(PARENTS);
    await page.close();
  });

  test('"Nummers onherkenbaar maken" masks the number in the HTML body, keeping its formatting', async () => {
    const page = await openWithFindings({ draft: riskyDraft() });
    await card(page, 'bsn').getByRole('button', { name: 'Nummers onherkenbaar maken' }).click();
    await card(page, 'bsn').waitFor({ state: 'detached' });
    const draft = await draftOf(page);
    expect(draft?.body).toContain('<b>******782</b>');
    expect(draft?.body).not.toContain('123456782');
    await page.close();
  });

  test('"Versleuteld sturen" tags the subject; with recipients fixed too the mail may go', async () => {
    const page = await openWithFindings({ draft: riskyDraft() });
    await card(page, 'bcc').getByRole('button', { name: 'Externe ontvangers naar BCC' }).click();
    await card(page, 'bcc').waitFor({ state: 'detached' });
    await card(page, 'bsn').getByRole('button', { name: 'Versleuteld sturen' }).click();
    await announced(page, 'Versleuteld verzenden staat aan');
    expect((await draftOf(page))?.subject).toBe('[versleuteld] Leerlingbespreking groep 5');
    await expect(page.locator('[data-rule]').count()).resolves.toBe(0);
    await page.close();
  });

  test('reads attachment content: a BSN inside an attached document is found', async () => {
    const docx = makeDocx([['Leerling: Daan'], ['BSN: 123456782']]);
    const page = await openWithFindings({
      draft: {
        ...riskyDraft(),
        body: '<p>Zie bijlage.</p>',
        to: [{ emailAddress: COLLEAGUE }],
        attachments: [
          {
            name: 'dossier.docx',
            size: docx.length,
            contentBase64: Buffer.from(docx).toString('base64'),
          },
        ],
      },
    });
    await expect(card(page, 'bsn').textContent()).resolves.toContain('bijlage dossier.docx');
    // The number sits in the file, where masking cannot reach: only encryption is offered.
    await expect(
      card(page, 'bsn').locator('[data-fixes]').getByRole('button').allTextContents(),
    ).resolves.toEqual(['Versleuteld sturen']);
    await page.close();
  });

  test('works by keyboard: Tab reaches the fix, Enter applies it, focus lands on the outcome', async () => {
    const page = await openWithFindings({ draft: riskyDraft() });
    let focused = '';
    for (let press = 0; press < 20 && focused !== 'Externe ontvangers naar BCC'; press++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Externe ontvangers naar BCC');
    await page.keyboard.press('Enter');
    await card(page, 'bcc').waitFor({ state: 'detached' });
    // The card goes when the rescan's result is drawn; focus moves to the outcome just after, once
    // the rescan has returned (a loaded CI machine showed the gap).
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('role') === 'status',
      null,
      {
        timeout: 5_000,
      },
    );
    expect((await draftOf(page))?.to).toHaveLength(1);
    await page.close();
  });

  test('a fix Outlook refuses leaves the draft as it was and says what to do', async () => {
    const page = await openWithFindings({ draft: riskyDraft(), options: { failWrites: true } });
    await card(page, 'bcc').getByRole('button', { name: 'Externe ontvangers naar BCC' }).click();
    await announced(page, 'Je mail is niet veranderd');
    await card(page, 'bcc').waitFor();
    expect((await draftOf(page))?.to).toHaveLength(5);
    await page.close();
  });

  test('speaks English in English Outlook and follows a dark theme', async () => {
    const page = await harness.open({
      draft: riskyDraft(),
      options: { displayLanguage: 'en-US', bodyBackgroundColor: '#1f1f1f' },
    });
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    await expect(
      card(page, 'bcc').locator('[data-fixes]').getByRole('button').textContent(),
    ).resolves.toBe('Move external recipients to Bcc');
    const background = await page
      .locator('.fui-FluentProvider')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    const [red = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(red).toBeLessThan(80);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-dark-en.png'), fullPage: true });
    await page.close();
  });

  test('on a sent mail, offers the breach report with metadata only', async () => {
    const page = await harness.open({
      sent: {
        subject: 'Zorgverslag Daan',
        to: [{ emailAddress: 'verkeerde.ouder@gmail.com' }],
        sentAt: '2026-11-27T14:05:00Z',
        attachments: [{ name: 'zorgverslag.pdf', size: 120_000 }],
      },
    });
    await page
      .getByRole('heading', { name: 'Dit was een vergissing — meld een datalek' })
      .waitFor();
    const facts = (await page.getByTestId('sent-item-facts').textContent()) ?? '';
    expect(facts).toContain('verkeerde.ouder@gmail.com');
    expect(facts).toContain('zorgverslag.pdf');
    expect(facts).toContain('27 november 2026 om 15:05');
    await expect(page.locator('body').textContent()).resolves.not.toContain('Zorgverslag Daan');
    await page.screenshot({
      path: path.join(ARTIFACTS, 'taskpane-report-breach.png'),
      fullPage: true,
    });
    await page.close();
  });
});
