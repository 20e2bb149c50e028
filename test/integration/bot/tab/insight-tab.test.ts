// The Inzicht view in real Chromium (outside Teams, development tokens) with counts seeded through
// the add-in's API: both charts draw, the table shows the same numbers, "< 5" for small cells, the
// CSV downloads; a teacher is turned away. The screenshot goes to test-artifacts/ (docs/insight.png
// is a copy).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { questionTerms } from '../../../../bot/insight/question-groups';
import type { InsightEvent } from '../../../../shared/insight/insight-events';
import { scrubQuestion } from '../../../../shared/insight/scrub-question';
import { reportFor, tokenFor } from '../../../helpers/api-harness';
import { postEvents, sendEvent, senderToken } from '../../../helpers/insight';
import { buildTab, startTabHarness, type TabHarness } from '../../../helpers/tab-page';

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

  test('turns a teacher away', async () => {
    const page = await tab.open('view=insight&persona=teacher');
    await page.getByText('Inzicht is alleen voor het domein ICT en de FG.').waitFor();
  });
});
