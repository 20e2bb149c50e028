// The Teams tab in real Chromium, outside Teams with development tokens: the register renders with
// its deadlines, filters, a status change through the API, the CSV export, my own reports, the
// policy search; themes and a phone width; refused in production mode. Screenshots go to
// test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createAnswerer } from '../../../../bot/qa/answerer';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { reportFor, tokenFor, type UserName } from '../../../helpers/api-harness';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import {
  buildTab,
  closeSharedBrowser,
  startTabHarness,
  type TabHarness,
} from '../../../helpers/tab-page';
import { kindanteKnowledge } from '../../../helpers/knowledge';

jest.setTimeout(60_000);

const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `tab-${name}.png`), fullPage: true });

let folder: string;
let tab: TabHarness;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  folder = await buildTab();
}, 180_000);

beforeEach(async () => {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  // The clock stands at Fri 27 Nov 2026, 10:00 in Amsterdam.
  tab = await startTabHarness(folder, {
    answer: createAnswerer(parsed.config, kindanteKnowledge()),
  });
  // Three reports: one past its AP deadline, one under 24 hours, one with time to spare.
  await report('teacher', 'tab-form-0001', '2026-11-24', '08:00');
  await report('colleague', 'tab-form-0002', '2026-11-25', '06:00');
  await report('teacher', 'tab-form-0003', '2026-11-27', '08:40');
});
afterEach(() => tab.close());
afterAll(closeSharedBrowser);

async function report(user: UserName, id: string, date: string, time: string) {
  const response = await fetch(`${tab.api.url}/api/incidents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(tab.api, user)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(
      reportFor(id, {
        occurredDate: date,
        occurredTime: time,
        discoveredDate: date,
        discoveredTime: time,
      }),
    ),
  });
  if (response.status !== 201) throw new Error(`report failed: ${await response.text()}`);
}

const rows = (page: Page) => page.locator('tbody tr');
const row = (page: Page, number: string) => page.locator(`tr[data-incident="${number}"]`);

async function openRegister(query = ''): Promise<Page> {
  const page = await tab.open(`view=register&persona=ict${query}`);
  await page.getByRole('table').waitFor();
  return page;
}

describe('the register tab in Chromium', () => {
  test('lists every incident with status and time left, coloured under 24 hours and when overdue', async () => {
    const page = await openRegister();
    await expect(rows(page).count()).resolves.toBe(3);
    const deadline = (number: string) =>
      row(page, number).locator('[data-deadline]').getAttribute('data-deadline');
    await expect(deadline('DL-2026-0001')).resolves.toBe('overdue');
    await expect(deadline('DL-2026-0002')).resolves.toBe('urgent');
    await expect(deadline('DL-2026-0003')).resolves.toBe('ok');
    await expect(row(page, 'DL-2026-0001').textContent()).resolves.toContain(
      'verlopen, 2 u 0 min geleden',
    );
    await expect(row(page, 'DL-2026-0002').textContent()).resolves.toContain('BS De Wissel');
    await expect(row(page, 'DL-2026-0003').textContent()).resolves.toContain('Nieuw');
    await shot(page, 'register');
  });

  test('filters by school, status and period', async () => {
    const page = await openRegister();
    await page.getByLabel('School').fill('wissel');
    await page.getByTestId('register-count').filter({ hasText: '1 melding' }).waitFor();
    await expect(rows(page).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByTestId('register-count').filter({ hasText: '3 meldingen' }).waitFor();
    await page.getByLabel('Status').selectOption('closed');
    await page.getByText('Geen meldingen met deze filters.').waitFor();
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Gemeld vanaf').fill('2026-11-28');
    await page.getByText('Geen meldingen met deze filters.').waitFor();
    await shot(page, 'register-filtered-empty');
  });

  test('takes an incident on and records "not notifiable", with the audit trail, by keyboard', async () => {
    const page = await openRegister();
    await page.getByRole('button', { name: 'Open DL-2026-0001' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /DL-2026-0001/ });
    await heading.waitFor();
    // Focus moves to the heading in an effect after it is drawn: wait for it, up to 5 s.
    await page.waitForFunction(
      (element) => element === document.activeElement,
      await heading.elementHandle(),
      {
        timeout: 5_000,
      },
    );
    await page.getByRole('form', { name: 'Oppakken' }).getByRole('button').click();
    await page.locator('[data-status="in-progress"]').waitFor();
    await page.getByLabel('Reden').fill('Alleen namen; de ontvanger heeft de mail verwijderd.');
    await page.getByRole('button', { name: 'Vastleggen: niet meldplichtig' }).click();
    await page.locator('[data-status="not-notifiable"]').waitFor();
    const audit = page.getByRole('list', { name: 'Verloop' }).locator('li');
    await expect(audit.allTextContents()).resolves.toEqual([
      expect.stringContaining('Juf Petra: Gemeld'),
      expect.stringContaining('ICT Ontwikkel (dev): In behandeling genomen'),
      expect.stringContaining('ICT Ontwikkel (dev): Besloten: niet meldplichtig'),
    ]);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Opgeslagen');
    await shot(page, 'incident-detail');
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await expect(
      row(page, 'DL-2026-0001').locator('[data-deadline]').getAttribute('data-deadline'),
    ).resolves.toBe('done');
    await page.getByLabel('Status').selectOption('not-notifiable');
    await page.getByTestId('register-count').filter({ hasText: '1 melding' }).waitFor();
  });

  test('shows the severity with its reasons, records a decision against the suggestion and drafts the letters', async () => {
    const page = await openRegister();
    await page.getByRole('button', { name: 'Open DL-2026-0002' }).click();
    const panel = page.getByRole('region', { name: 'Ernst en besluit' });
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toContain('voorlopig');
    await expect(panel.textContent()).resolves.toContain('AVG art. 3');
    const suggested = await panel
      .locator('[data-suggestion]')
      .first()
      .getAttribute('data-suggestion');
    const form = panel.getByRole('form', { name: 'Besluit vastleggen' });
    await form
      .getByRole('radiogroup', { name: 'Melden bij de AP?' })
      .getByLabel(suggested === 'yes' ? 'Nee' : 'Ja')
      .check();
    await form.getByLabel(/Je wijkt af van de suggestie/).fill('Afgestemd met de FG.');
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await panel.locator('[data-decision="recorded"]').waitFor();
    await expect(panel.textContent()).resolves.toContain('Afgestemd met de FG.');
    await expect(panel.textContent()).resolves.not.toContain('voorlopig');
    // The letters that follow: to the people concerned, and (a mail to a wrong parent) the
    // request to delete it; editable text, never sent by Privacywacht.
    await page.getByRole('button', { name: 'Maak conceptbrieven' }).click();
    const notice = page.getByLabel('Brief aan de betrokkenen (AVG art. 34)');
    await expect(notice.inputValue()).resolves.toContain('Beste ouder of verzorger,');
    await expect(notice.inputValue()).resolves.toContain('Dear parent or carer,');
    const deletion = page.getByLabel('Verzoek aan de verkeerde ontvanger om te verwijderen');
    await expect(deletion.inputValue()).resolves.toContain('DL-2026-0002');
    await shot(page, 'incident-assessment');
  });

  test('refuses a step out of order with the reason', async () => {
    const page = await openRegister();
    await page.getByRole('button', { name: 'Open DL-2026-0003' }).click();
    await page.getByRole('form', { name: 'Oppakken' }).waitFor();
    await expect(page.getByRole('form', { name: 'Afsluiten' }).count()).resolves.toBe(0);
  });

  test('exports the register as CSV', async () => {
    const page = await openRegister();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('datalekregister.csv');
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('"DL-2026-0001"');
    expect(csv).toContain('"DL-2026-0003"');
  });

  test('tells a teacher the register is not theirs, and shows only their own reports', async () => {
    const register = await tab.open('view=register&persona=teacher');
    await register.getByText('alleen voor het domein ICT en de FG').waitFor();
    // The development teacher reported nothing; the Entra teacher's reports are not theirs.
    const mine = await tab.open('view=my-reports&persona=teacher');
    await mine.getByText('U heeft nog geen datalekken gemeld.').waitFor();
  });

  test('switches role in development: a teacher is refused the register, the ICT role sees it', async () => {
    const page = await tab.open('view=register&persona=teacher');
    await page.getByText('alleen voor het domein ICT en de FG').waitFor();
    await page.getByLabel('Bekijk als (alleen in ontwikkeling)').selectOption('ict');
    await page.waitForURL(/persona=ict/);
    await page.getByRole('table').waitFor();
    await expect(rows(page).count()).resolves.toBe(3);
    expect(new URL(page.url()).searchParams.get('view')).toBe('register');
  });

  test('shows my own reports and their detail without actions', async () => {
    const response = await fetch(`${tab.api.url}/api/dev/token?persona=teacher`);
    const { token } = (await response.json()) as { token: string };
    await fetch(`${tab.api.url}/api/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(reportFor('tab-form-mine')),
    });
    const page = await tab.open('view=my-reports&persona=teacher');
    await page.getByRole('table').waitFor();
    await expect(rows(page).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Open DL-2026-0004' }).click();
    await page.getByRole('list', { name: 'Verloop' }).waitFor();
    await expect(page.getByRole('form').count()).resolves.toBe(0);
    await shot(page, 'my-reports-detail');
  });

  test('searches the policy and reads an entry with its source section', async () => {
    const page = await tab.open('view=policy&persona=teacher');
    await page.getByLabel('Zoek in het privacybeleid').fill('Hoe snel moet ik een datalek melden?');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const answer = page.getByTestId('policy-answer');
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toContain('Bron');
    await answer.getByRole('button').first().click();
    const entry = page.getByTestId('policy-entry');
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toMatch(/Bron: .+/);
    await shot(page, 'policy');
  });

  test('follows dark and high-contrast themes and fits a phone', async () => {
    const dark = await openRegister('&theme=dark');
    const background = await dark
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await shot(dark, 'register-dark');
    const contrast = await openRegister('&theme=contrast');
    await shot(contrast, 'register-high-contrast');
    const phone = await tab.open('view=register&persona=ict', { width: 360, height: 780 });
    await phone.getByRole('table').waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(phone, 'register-phone');
  });
});

describe('the tab in production mode', () => {
  test('gives no development token and asks to open it in Teams', async () => {
    await tab.close();
    tab = await startTabHarness(folder, { mode: 'production' });
    const page = await tab.open('view=register&persona=ict');
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Open Privacywacht in Microsoft Teams',
    );
  });
});
