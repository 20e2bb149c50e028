// The breach-decision card flow through the Microsoft 365 Agents Playground's web client in
// Chromium: the ICT domain registers its channel there, a teacher reports a mail sent to the wrong
// parent in the personal chat, and the incident card in the channel is taken on, assessed, decided
// against the suggestion (refused without a reason, recorded with one), and asked for the request
// to the wrong recipient. Each step asserts what changes on the card.
//
// What the Playground does not do, and how this test lives with it:
// - It looks a team member up by the Teams user id only (its GET …/members/:memberId), where Teams
//   also takes the Entra object id the bot asks with; the mock-data file below gives the user the
//   same value for both, so the ICT check sees a member of the team.
// - It has no user-specific views (Universal Actions refresh): the clicker gets the invoke's card in
//   their own language (the Playground's client is en-US), and the outbox's update for everyone then
//   draws the channel's Dutch card over it. Steps therefore accept either language of the same text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../../../bot/dev/playground';
import type { RunningService } from '../../../../bot/server/start-service';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { launchChromium } from '../../../helpers/chromium';
import { fillPlaygroundBreachForm } from '../../../helpers/playground-breach-form';
import { startPlaygroundService } from '../../../helpers/playground-service';

const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts');
const STEP_TIMEOUT = 20_000;
const ICT_MEMBER = '00000000-0000-0000-0000-000000000020';
const REASON = 'Eén ouder kreeg de lijst; die heeft bevestigd dat de mail is verwijderd.';

/** The Playground's sample colleagues: its schema asks for at least five. */
const OTHER_USERS = [
  'Megan Bowen',
  'Adele Vance',
  'Isaiah Langer',
  'Patti Fernandez',
  'Lynne Robbins',
]
  .map((name, index) => {
    const [given = '', surname = ''] = name.split(' ');
    const mail = `${given.toLowerCase()}@example.com`;
    return [
      `  - id: user-id-${index + 1}`,
      `    name: ${name}`,
      `    userPrincipleName: ${mail}`,
      `    aadObjectId: 00000000-0000-0000-0000-00000000002${index + 1}`,
      `    givenName: ${given}`,
      `    surname: ${surname}`,
      `    email: ${mail}`,
    ].join('\n');
  })
  .join('\n');

/** The Playground's mock data: its own format (schema 0.1.1), an ICT member and their channel. */
const PLAYGROUND_DATA = `version: "0.1.1"
tenantId: 00000000-0000-0000-0000-000000000001
bot:
  id: 00000000-0000-0000-0000-000000000011
  name: Privacywacht
currentUser:
  id: ${ICT_MEMBER}
  name: Sanne de Vries
  userPrincipleName: s.devries@kindante.example
  aadObjectId: ${ICT_MEMBER}
  givenName: Sanne
  surname: de Vries
  email: s.devries@kindante.example
users:
${OTHER_USERS}
personalChat:
  id: __PERSONAL_CHAT_ID__
groupChat:
  id: __GROUP_CHAT_ID__
  name: Group Chat
team:
  id: team-ict-id
  name: Domein ICT
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-datalekken-id
      name: Datalekken
`;

/** The same words in the channel's Dutch and the clicker's English. */
const either = (nl: string, en: string) => new RegExp(`${nl}|${en}`);

describe('the breach-decision card flow in the Agents Playground', () => {
  let service: RunningService;
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let work: string;
  const store: IncidentStore = createMemoryStore();

  beforeAll(async () => {
    service = await startPlaygroundService(store);
    work = mkdtempSync(path.join(tmpdir(), 'privacywacht-playground-data-'));
    const configFile = path.join(work, '.m365agentsplayground.yml');
    writeFileSync(configFile, PLAYGROUND_DATA);
    playground = await startPlayground({
      botEndpoint: `${service.url}/api/messages`,
      port: 0,
      configFile,
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await service?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** The text the user sees at this step, kept under test-artifacts for a reviewer. */
  const snapshot = async (name: string, what: Locator) =>
    writeFileSync(path.join(ARTIFACTS, `playground-breach-${name}.txt`), await what.innerText());
  const composer = () => page.locator('[contenteditable="true"][role="textbox"]').first();
  /** The incident's card in the channel: the outermost card that carries its number. */
  const incidentCard = (number: string): Locator =>
    page.locator('.ac-adaptiveCard').filter({ hasText: number }).first();

  it('registers the channel, gets the report there, and takes, decides and drafts on its card', async () => {
    await page.goto(playground.url);
    await page.getByText('Welkom bij Privacywacht').first().waitFor({ timeout: STEP_TIMEOUT });

    // In the channel the bot only hears a message that mentions it, as in Teams.
    await page.getByText('Datalekken', { exact: true }).click();
    await composer().click();
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: 'Privacywacht' }).click();
    await page.keyboard.type(' registreer datalekkanaal');
    await page.getByRole('button', { name: 'Post' }).click();
    await page
      .getByText(either('ontvangt vanaf nu de datalekmeldingen', 'now receives the breach reports'))
      .first()
      .waitFor({ timeout: STEP_TIMEOUT });

    // A teacher's report in the personal chat (the Playground has one user: the same person).
    await page.getByText('Personal Chat', { exact: true }).click();
    await composer().click();
    await page.keyboard.type('datalek');
    await page.keyboard.press('Enter');
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'What happened?' }).last();
    await form.waitFor({ timeout: STEP_TIMEOUT });
    await fillPlaygroundBreachForm(page, form, 'Mail to the wrong recipient');
    await form.getByRole('spinbutton').fill('28');
    await form.getByRole('radio', { name: 'No', exact: true }).check();
    await form.getByRole('textbox', { name: /What have you done already/ }).fill('Ouder gebeld.');
    await form
      .getByRole('textbox', { name: /Describe what happened/ })
      .fill('Klassenlijst met adressen naar één verkeerde ouder gestuurd.');
    await form.getByRole('button', { name: 'Send report' }).click();
    const receipt = page.getByText(/^DL-\d{4}-\d{4}$/).first();
    await receipt.waitFor({ timeout: STEP_TIMEOUT });
    const number = (await receipt.textContent())?.trim() ?? '';

    // The card in the channel: new, nobody on it, a provisional severity and both suggestions.
    await page.getByText('Datalekken', { exact: true }).click();
    const card = incidentCard(number);
    await card.waitFor({ timeout: STEP_TIMEOUT });
    await snapshot('posted', card);
    await expect(card.innerText()).resolves.toMatch(/Behandelaar: nog niemand/);
    await expect(card.innerText()).resolves.toMatch(
      /Ernst: gemiddeld \(voorlopig, uit de melding\)/,
    );
    await expect(card.innerText()).resolves.toMatch(/Suggestie: Melden bij de AP/);

    // Taken on: the card names the assignee and now offers the AP decisions.
    await card.getByRole('button', { name: either('Oppakken', 'Take on') }).click();
    await card
      .getByText(either('Behandelaar: Sanne de Vries', 'Assignee: Sanne de Vries'))
      .waitFor({ timeout: STEP_TIMEOUT });
    await card
      .getByRole('button', { name: either('Niet meldplichtig', 'Not notifiable') })
      .waitFor({ timeout: STEP_TIMEOUT });

    // Deciding against the suggestion (not notify the AP) without a reason is refused...
    const decide = async (reason: string) => {
      const apQuestion = card.getByRole('radiogroup', {
        name: either('Melden bij de AP', 'Notify the AP'),
      });
      // The form opens under the card (Action.ShowCard) unless it still is from the last try.
      if (!(await apQuestion.isVisible()))
        await card
          .getByRole('button', { name: either('Ernst en besluit', 'Severity and decision') })
          .click();
      await apQuestion.getByRole('radio', { name: either('^Nee$', '^No$') }).check();
      if (reason)
        await card
          .getByRole('textbox', { name: either('Reden als je afwijkt', 'Reason if you differ') })
          .first()
          .fill(reason);
      await card
        .getByRole('button', { name: either('Besluit vastleggen', 'Record decision') })
        .click();
    };
    await decide('');
    // The Playground shows the invoke's message above the card, in the clicker's language.
    const refusal = page
      .getByText(
        either(
          'Je besluit over de AP-melding wijkt af van de suggestie',
          'Your decision on notifying the AP differs from the suggestion',
        ),
      )
      .first();
    await refusal.waitFor({ timeout: STEP_TIMEOUT });
    await snapshot('reason-required', refusal);
    expect(await store.listBreachDecisions((await store.listIncidents())[0]?.id ?? '')).toEqual([]);

    // ...and recorded with one: the card shows the decision and the reason.
    await decide(REASON);
    await card.getByText(REASON).waitFor({ timeout: STEP_TIMEOUT });
    await snapshot('decided', card);
    // The assessment is no longer provisional once a person decided.
    await expect(card.innerText()).resolves.not.toMatch(/voorlopig|provisional/);
    await expect(card.innerText()).resolves.toMatch(
      either('Besluit: Niet melden bij de AP', 'Decision: Do not notify the AP'),
    );
    const [incident] = await store.listIncidents();
    const decisions = await store.listBreachDecisions(incident?.id ?? '');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      notifyAp: false,
      suggestion: { notifyAp: true },
      notifyApReason: REASON,
      decider: { id: ICT_MEMBER },
    });

    // The request to the wrong recipient: the card becomes the draft, Dutch and English.
    await card
      .getByRole('button', { name: either('Verzoek aan ontvanger', 'Request to recipient') })
      .click();
    const letter = page.locator('.ac-adaptiveCard').filter({
      hasText: `Verzoek: verwijder een per vergissing ontvangen e-mail (${number})`,
    });
    await letter.first().waitFor({ timeout: STEP_TIMEOUT });
    await expect(letter.first().innerText()).resolves.toMatch(/Please confirm by replying/);
    await snapshot('deletion-request', letter.first());
  }, 180_000);
});
