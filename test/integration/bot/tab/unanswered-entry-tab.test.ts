// From a question the bot could not answer to a new knowledge entry, in real Chromium on the real
// service: a teacher asks the bot something its pack does not cover; the question is kept scrubbed,
// under the teacher's school (from their user principal name's domain in Teams); the privacy officer
// opens Inzicht, picks "Maak een antwoord" on the group, finds the entry editor filled with the
// scrubbed question, writes the answer and saves it through the pack's edit path (with history);
// the bot then answers the same question.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser } from 'playwright-core';
import type { ConnectorStub } from '../../../helpers/connector-stub';
import type { PackService } from '../../../helpers/pack-service';
import { startPackTabRig, type PackTabRig } from '../../../helpers/pack-tab-rig';
import { TEST_CONVERSATION, TEST_USER } from '../../../helpers/teams-activity';

jest.setTimeout(120_000);

const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts');
const QUESTION = 'Mag ik de zwemdiplomalijst van Fenna de Vries aan de zweminstructeur geven?';
const ANSWER =
  'Ja, alleen naam en diploma; geef de lijst op papier mee en haal hem na de les terug.';
let rig: PackTabRig;
let running: PackService;
let stub: ConnectorStub;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  rig = await startPackTabRig();
  ({ running, stub, browser } = rig);
  // Teams' member record of the teacher in the 1:1 chat: the bot reads only the domain.
  stub.setTeamMembers(TEST_CONVERSATION.id, [
    { ...TEST_USER, userPrincipalName: 'petra.devries@delinde.example' } as never,
  ]);
}, 180_000);
afterAll(async () => {
  await rig?.close();
});

const askBot = (text: string) => rig.askBot(text);

test('the privacy officer turns an unanswered question into a new entry, and the bot answers it', async () => {
  const before = await askBot(QUESTION);
  expect(before).not.toContain(ANSWER);

  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(`${running.service.url}/tab/index.html?view=insight&persona=privacy-officer`);
  const table = page.getByRole('table', { name: 'Vragen die de bot niet kon beantwoorden' });
  await table.waitFor();
  const row = table.locator('tbody tr').filter({ hasText: 'zwemdiplomalijst' });
  // Scrubbed, counted under the teacher's school.
  await expect(row.textContent()).resolves.toMatch(/\[naam\].*delinde\.example/);
  await expect(table.textContent()).resolves.not.toContain('Fenna');

  await row.getByRole('button', { name: /^Maak een antwoord op: / }).click();
  const questions = page.getByLabel('Vragen (Nederlands), één per regel');
  await questions.waitFor();
  await expect(questions.inputValue()).resolves.toMatch(/^mag ik de zwemdiplomalijst van \[naam\]/);
  // The officer writes the answer; the sample question is tidied into a plain one.
  await questions.fill('Mag ik de zwemdiplomalijst aan de zweminstructeur geven?');
  await page.getByLabel('Id van het antwoord').fill('zwemdiplomalijst');
  await page.getByLabel('Titel (Nederlands)').fill('Zwemdiplomalijst voor de zweminstructeur');
  await page.getByLabel('Antwoord (Nederlands)').fill(ANSWER);
  await page.getByLabel('Titel (Engels)').fill('Swimming certificate list for the instructor');
  await page.getByLabel('Antwoord (Engels)').fill('Yes, names and certificates only, on paper.');
  await page
    .getByLabel('Vragen (Engels), één per regel')
    .fill('May I give the swimming certificate list to the instructor?');
  await page.getByLabel('Bron in het beleid').fill('Bijlage 2, art. 5');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByTestId('pack-outcome').filter({ hasText: 'Opgeslagen' }).waitFor();
  const history = page.getByRole('list', { name: 'Geschiedenis' });
  await history.waitFor();
  await expect(history.textContent()).resolves.toContain('toegevoegd');
  await page.screenshot({ path: path.join(ARTIFACTS, 'tab-unanswered-entry.png'), fullPage: true });

  await expect(askBot(QUESTION)).resolves.toContain(ANSWER);
  await context.close();
});

test('a question from someone Teams cannot place counts under "onbekend"; no row names the asker', async () => {
  stub.setTeamMembers(TEST_CONVERSATION.id, []);
  // A question no entry answers, with a pupil's name in it (a class photo on the website is
  // answered since the twenty-second session, so it no longer serves here).
  await askBot('Mag ik de gymschoenen van Daan Jansen in de klassenkast bewaren?');
  const response = await fetch(
    `${running.service.url}/api/unanswered-questions?from=2026-01&to=2030-12&school=onbekend`,
    { headers: { authorization: `Bearer ${await running.token('privacy-officer')}` } },
  );
  const { groups } = (await response.json()) as {
    groups: { question: string; schools: string[] }[];
  };
  expect(groups.map((group) => group.schools)).toEqual([['onbekend']]);
  expect(groups[0]?.question).toContain('[naam]');
  const database = new DatabaseSync(path.join(path.dirname(running.pack), 'register.sqlite'), {
    readOnly: true,
  });
  const rows = JSON.stringify(database.prepare('select * from unanswered_questions').all());
  database.close();
  expect(rows).toContain('delinde.example');
  for (const personal of ['Fenna', 'Vries', 'Daan', 'Jansen', 'petra', TEST_USER.aadObjectId])
    expect(rows).not.toContain(personal);
});
