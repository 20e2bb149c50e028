// The Inzicht view in real Chromium (outside Teams, development tokens) with counts seeded through
// the add-in's API: both charts draw, the table shows the same numbers, "< 5" for small cells, the
// CSV and the printable audit page download (the page holds the same figures and prints to PDF);
// the privacy officer lowers a rule for one school and restores it; a teacher is turned away. The
// screenshots go to test-artifacts/ (docs/insight.png is a copy).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { questionTerms } from '../../../../bot/insight/question-groups';
import type { InsightEvent } from '../../../../shared/insight/insight-events';
import { scrubQuestion } from '../../../../shared/insight/scrub-question';
import { reportFor, tokenFor, USERS } from '../../../helpers/api-harness';
import { postEvents, sendEvent, senderToken } from '../../../helpers/insight';
import {
  buildTab,
  closeSharedBrowser,
  startTabHarness,
  type TabHarness,
} from '../../../helpers/tab-page';

jest.setTimeout(90_000);

const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts');

let folder: string;
let tab: TabHarness;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  folder = await buildTab();
}, 180_000);

beforeEach(async () => {
  // The clock stands at Fri 27 Nov 2026: October and November take counts.
  tab = await startTabHarness(folder);
  for (let n = 1; n <= 8; n++) {
    const events: InsightEvent[] = [
      sendEvent({ month: '2026-10' }),
      sendEvent({ month: '2026-11' }),
      sendEvent({
        month: '2026-11',
        verdict: 'block',
        rules: ['bsn'],
        actions: { bsn: n <= 6 ? 'fixed' : 'changed' },
        isEncrypted: n <= 6,
      }),
      sendEvent({
        month: '2026-11',
        verdict: 'warn',
        rules: ['bcc'],
        actions: { bcc: n <= 5 ? 'fixed' : 'sent-anyway' },
        unread: n <= 5 ? ['attachment-password'] : [],
      }),
    ];
    if (n <= 2)
      events.push({
        type: 'false-alarm',
        month: '2026-11',
        domain: 'kindante.nl',
        rule: 'bcc',
        features: ['in-recipients', 'external-recipients'],
      });
    const reply = await postEvents(tab.api, await senderToken(tab.api, n), { events });
    if (reply.status !== 202) throw new Error(`seeding failed: ${JSON.stringify(reply.json)}`);
  }
  // One breach report: under five reporters, so "< 5".
  const response = await fetch(`${tab.api.url}/api/incidents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(tab.api, 'teacher')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(reportFor('insight-form-01')),
  });
  if (response.status !== 201) throw new Error('report failed');
  // Two similar questions the bot declined, stored the way the bot stores them: scrubbed first.
  for (const raw of [
    'Mag ik de zwemdiploma lijst van Fenna de Vries naar de zweminstructeur sturen?',
    'mag ik de zwemdiploma lijst naar de zweminstructeur sturen',
  ]) {
    const question = scrubQuestion(raw);
    await tab.api.unanswered.record({
      month: '2026-11',
      school: '',
      question,
      terms: questionTerms(question),
      reason: 'declined',
    });
  }
});
afterEach(() => tab.close());
afterAll(closeSharedBrowser);

async function openInsight(persona = 'privacy-officer'): Promise<Page> {
  const page = await tab.open(`view=insight&persona=${persona}`);
  await page.getByLabel('Van maand').waitFor();
  await page.getByLabel('Van maand').fill('2026-10');
  await page.getByLabel('Tot en met maand').fill('2026-11');
  return page;
}

const valueOf = (page: Page, key: string) =>
  page.locator(`tr[data-figure="${key}"] [data-value]`).textContent();

describe('the Inzicht tab in Chromium', () => {
  test('draws both charts and shows the same numbers in the table', async () => {
    const page = await openInsight();
    const table = page.getByRole('table', { name: 'Alle cijfers' });
    await table.locator('tr[data-figure="2026-11|mails-checked||"]').waitFor();
    await expect(valueOf(page, '2026-10|mails-checked||')).resolves.toBe('8');
    await expect(valueOf(page, '2026-11|mails-checked||')).resolves.toBe('24');
    await expect(valueOf(page, '2026-11|blocks||')).resolves.toBe('8');
    await expect(valueOf(page, '2026-11|fixed|bsn|')).resolves.toBe('6');
    await expect(valueOf(page, '2026-11|fixed|bcc|')).resolves.toBe('5');
    await expect(valueOf(page, '2026-11|partly-unread||attachment-password')).resolves.toBe('5');
    // Two teachers pressed "Onterecht", three sent anyway: fewer than five people each.
    await expect(valueOf(page, '2026-11|false-alarms|bcc|')).resolves.toBe('< 5');
    await expect(valueOf(page, '2026-11|sent-anyway|bcc|')).resolves.toBe('< 5');
    await expect(valueOf(page, '2026-11|breach-reports||')).resolves.toBe('< 5');

    for (const chart of ['insight-monthly', 'insight-rules']) {
      const bars = page.locator(`[data-chart="${chart}"] svg rect`);
      await bars.first().waitFor();
      expect(await bars.count()).toBeGreaterThan(2);
    }
    // The monthly chart's x axis names both months.
    await expect(page.locator('[data-chart="insight-monthly"]').textContent()).resolves.toMatch(
      /2026-10[\s\S]*2026-11/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-insight.png'), fullPage: true });
  });

  test('lists the questions the bot could not answer, without the names in them', async () => {
    const page = await openInsight();
    const table = page.getByRole('table', { name: 'Vragen die de bot niet kon beantwoorden' });
    await table.waitFor();
    const row = table.locator('tbody tr');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toMatch(/zwemdiploma.*2/);
    await expect(table.textContent()).resolves.not.toContain('Fenna');
  });

  test('downloads the period as CSV', async () => {
    const page = await openInsight();
    await page.locator('tr[data-figure="2026-11|mails-checked||"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('privacywacht-inzicht-2026-10-2026-11.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('"2026-11","alle scholen","mails-checked","","","24"');
  });

  test("downloads a printable audit page with the same figures and the register's counts", async () => {
    const page = await openInsight();
    await page.locator('tr[data-figure="2026-11|mails-checked||"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Afdrukbaar verslag' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('privacywacht-inzicht-2026-10-2026-11.html');
    const html = readFileSync(await download.path(), 'utf8');
    // What the report holds: counts only; nothing of the breach report's text or its reporter.
    for (const personal of ['Juf Petra', 'Cijferlijst', 'verkeerde ouder', USERS.teacher.oid])
      expect(html).not.toContain(personal);

    const printed = await page.context().newPage();
    await printed.setContent(html);
    await printed.emulateMedia({ media: 'print' });
    await expect(printed.title()).resolves.toBe(
      'Bewijsstuk voor het jaarverslag privacy: 2026-10 t/m 2026-11, Alle scholen',
    );
    const perMonth = printed.getByRole('table', { name: 'Per maand' });
    await expect(perMonth.locator('tbody tr').nth(1).textContent()).resolves.toBe(
      // November: 24 checked, 8 warned, 8 blocked, 6 encrypted, one breach report ("< 5").
      '2026-1124886< 50',
    );
    const register = printed.getByRole('table', { name: 'Datalekregister over de hele periode' });
    await expect(register.textContent()).resolves.toContain(
      'DatalekmeldingenMail aan verkeerde ontvanger< 5',
    );
    // Every figure of the view's table is in the page's, with the same value.
    const viewRows = await page
      .getByRole('table', { name: 'Alle cijfers' })
      .locator('tbody tr')
      .allTextContents();
    const printedRows = await printed
      .getByRole('table', { name: 'Alle cijfers' })
      .locator('tbody tr')
      .allTextContents();
    expect(printedRows).toEqual(viewRows);
    const pdf = await printed.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await printed.screenshot({
      path: path.join(ARTIFACTS, 'tab-insight-print.png'),
      fullPage: true,
    });
  });

  test('the privacy officer lowers a rule to a notice for one school, and restores it', async () => {
    const page = await openInsight();
    await page.locator('tr[data-figure="2026-11|mails-checked||"]').waitFor();
    await page.getByRole('combobox', { name: 'School' }).click();
    await page.getByRole('option', { name: 'kindante.nl' }).click();
    const section = page.getByTestId('rule-mutes');
    // Two teachers pressed "Onterecht" for the Bcc rule: its rate rests on fewer than five.
    await section.getByText('Ontvangers zien elkaars adres: < 5 (2026-11) onterecht').waitFor();
    const lower = section.getByRole('button', {
      name: 'Verlaag Ontvangers zien elkaars adres naar melding voor kindante.nl',
    });
    await lower.click();
    await section.getByText('Vul eerst een reden in.').waitFor();
    await section
      .getByLabel('Reden (verplicht)')
      .fill('Interne mails aan teams geven onterecht advies');
    await lower.click();
    await section.getByText('Opgeslagen. Outlook neemt het over bij de volgende start.').waitFor();
    const lowered = section.getByRole('list', { name: 'Verlaagd' });
    await expect(lowered.textContent()).resolves.toContain(
      'kindante.nl: Ontvangers zien elkaars adres',
    );
    await expect(lowered.textContent()).resolves.toContain('FG Ontwikkel (dev)');
    // What the add-in of a teacher at that school gets on its next load.
    const mine = await fetch(`${tab.api.url}/api/insight/mutes/mine?domain=kindante.nl`, {
      headers: { authorization: `Bearer ${await senderToken(tab.api, 1)}` },
    });
    await expect(mine.json()).resolves.toEqual({ school: 'kindante.nl', rules: ['bcc'] });
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-insight-mutes.png'), fullPage: true });

    await section.getByLabel('Reden (verplicht)').fill('Regel is aangepast');
    await section
      .getByRole('button', { name: 'Zet Ontvangers zien elkaars adres terug voor kindante.nl' })
      .click();
    await section.getByText('Geen regel is verlaagd.').waitFor();
    const history = section.getByRole('list', { name: 'Geschiedenis' });
    await expect(history.locator('li').allTextContents()).resolves.toEqual([
      expect.stringMatching(
        /FG Ontwikkel \(dev\) — kindante\.nl: Ontvangers zien elkaars adres teruggezet \(regel is aangepast\)/,
      ),
      expect.stringMatching(
        /verlaagd naar melding \(interne mails aan teams geven onterecht advies\)/,
      ),
    ]);

    // ICT sees the same, without the buttons.
    const ict = await tab.open('view=insight&persona=ict');
    const ictSection = ict.getByTestId('rule-mutes');
    await ictSection.getByText('Alleen de FG kan een regel verlagen of terugzetten.').waitFor();
    await expect(ictSection.getByRole('button').count()).resolves.toBe(0);
  });

  test('turns a teacher away', async () => {
    const page = await tab.open('view=insight&persona=teacher');
    await page.getByText('Inzicht is alleen voor het domein ICT en de FG.').waitFor();
  });
});
