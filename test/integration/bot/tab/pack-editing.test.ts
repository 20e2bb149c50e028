// Editing the policy pack in the tab, in real Chromium: the privacy officer sees the entries past
// their review date, opens one, changes its Dutch answer, adds a situation it covers and saves; the history names the change,
// and the bot answers with the new text through the Bot Framework protocol, without a restart.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../helpers/chromium';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { startPackService, type PackService } from '../../../helpers/pack-service';
import { buildTab } from '../../../helpers/tab-page';
import { postActivity, teamsMessage } from '../../../helpers/teams-activity';

jest.setTimeout(120_000);

const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts');
let dist: string;
let running: PackService;
let stub: ConnectorStub;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dist = mkdtempSync(path.join(tmpdir(), 'privacywacht-pack-tab-'));
  cpSync(await buildTab(), path.join(dist, 'tab'), { recursive: true });
  running = await startPackService(dist);
  stub = await startConnectorStub();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stub?.close();
  await running?.close();
  rmSync(dist, { recursive: true, force: true });
});

async function askBot(text: string): Promise<string> {
  stub.calls.splice(0);
  await postActivity(running.service.url, teamsMessage(stub.url, { text }));
  await stub.waitForCalls(1);
  return JSON.stringify(stub.cards());
}

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
