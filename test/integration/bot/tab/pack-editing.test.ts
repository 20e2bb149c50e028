// Editing the policy pack in the tab, in real Chromium: the privacy officer sees the entries past
// their review date, opens one, changes its Dutch answer, adds a situation it covers and saves; the history names the change,
// and the bot answers with the new text through the Bot Framework protocol, without a restart.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { PackService } from '../../../helpers/pack-service';
import { startPackTabRig, type PackTabRig } from '../../../helpers/pack-tab-rig';

jest.setTimeout(120_000);

const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts');
let rig: PackTabRig;
let running: PackService;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  rig = await startPackTabRig();
  ({ running, browser } = rig);
}, 180_000);
afterAll(async () => {
  await rig?.close();
});

const askBot = (text: string) => rig.askBot(text);

test('the privacy officer edits an entry past its review date, and the bot answers with the new text', async () => {
  const question = 'Ik heb een mail naar de verkeerde ouder gestuurd';
  await expect(askBot(question)).resolves.toContain('Terugroepen in Outlook');

  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(`${running.service.url}/tab/index.html?view=policy&persona=privacy-officer`);
  const overdue = page.getByTestId('pack-overdue');
  await overdue.waitFor();
  await expect(overdue.textContent()).resolves.toContain('herzien vóór 2026-06-01');

  await page.getByRole('button', { name: 'Bewerk: Mail naar de verkeerde ontvanger' }).click();
  const answer = page.getByLabel('Antwoord (Nederlands)');
  await answer.waitFor();
  await answer.fill(
    'Vraag de ontvanger de mail te verwijderen, bel {contact.breachReport} en meld het als datalek.',
  );
  const situations = page.getByLabel('Situaties die dit antwoord dekt (Nederlands), één per regel');
  const told = await situations.inputValue();
  await situations.fill(`${told}\nik zie dat de groepsmail bij een oud-ouder is beland`);
  await page.getByLabel('Herzien vóór').fill('2027-09-01');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByTestId('pack-outcome').filter({ hasText: 'Opgeslagen' }).waitFor();
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  await history.waitFor();
  await expect(history.textContent()).resolves.toMatch(/gewijzigd: answer\.nl, .*situations\.nl/);
  // Reviewed now: no longer past its date.
  await expect(overdue.textContent()).resolves.not.toContain('Mail naar de verkeerde ontvanger');
  await page.screenshot({ path: path.join(ARTIFACTS, 'tab-pack-editing.png'), fullPage: true });

  const card = await askBot(question);
  expect(card).toContain(
    'Vraag de ontvanger de mail te verwijderen, bel het meldpunt datalekken van De Linde (010-5550123) en meld het als datalek.',
  );
  expect(card).not.toContain('Terugroepen in Outlook');
  await context.close();
});

test('a teacher sees no pack section', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const refused = page.waitForResponse((response) => response.url().includes('/api/policy-pack'));
  await page.goto(`${running.service.url}/tab/index.html?view=policy&persona=teacher`);
  expect((await refused).status()).toBe(403);
  await page.getByRole('search').waitFor();
  await expect(page.getByTestId('pack-maintenance').count()).resolves.toBe(0);
  await context.close();
});
