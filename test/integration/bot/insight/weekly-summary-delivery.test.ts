// The weekly summary card, end to end with a fake clock: the real service on a SQLite register posts
// it to the ICT channel through the local Bot Connector fake at the configured hour and not before,
// once per week across a restart, and exactly once when Teams got the card but the service never
// heard back (it finds the card in the channel instead of posting again). Counts only: the card,
// the register's rows and the log hold no name, number or text from the reports and questions.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { questionTerms } from '../../../../bot/insight/question-groups';
import { createGraphClient } from '../../../../bot/identity/graph-client';
import { startService, type RunningService } from '../../../../bot/server/start-service';
import { openStore, type OpenedStore } from '../../../../bot/store/open-store';
import { countCells } from '../../../../shared/insight/insight-cells';
import { scrubQuestion } from '../../../../shared/insight/scrub-question';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { fakeAnswer } from '../../../helpers/fake-answerer';
import { REPORTER, reportForm } from '../../../helpers/incidents';
import { sendEvent } from '../../../helpers/insight';
import { captureLog, type CapturedLog } from '../../../helpers/log-capture';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { ICT_CHANNEL_ID, ICT_TEAM_ID, TEST_CONVERSATION } from '../../../helpers/teams-activity';

jest.setTimeout(60_000);

const PERSONAL = [
  REPORTER.name,
  REPORTER.id,
  'groepsapp',
  'trein',
  'Fenna',
  'de Vries',
  '123456782',
  'Dorpsstraat',
  'sender-',
];

let folder: string;
let databaseUrl: string;
let stub: ConnectorStub;
let log: CapturedLog;
let running: RunningService | undefined;
let now = new Date('2026-12-07T06:59:00Z');

const parsed = parseConfig({
  ...EXAMPLE_CONFIG,
  insight: { weeklySummary: { enabled: true, day: 'monday', hour: 8 } },
});
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const config = parsed.config;

async function start(): Promise<RunningService> {
  const store = await openStore({ databaseUrl });
  const graph = createGraphClient({
    tokens: { appToken: () => Promise.resolve('t'), onBehalfOf: () => Promise.resolve('t') },
    baseUrl: stub.url,
    logger: log.logger,
  });
  const started = await startService({
    config,
    env: { PRIVACYWACHT_ENV: 'development' },
    port: 0,
    host: '127.0.0.1',
    answer: fakeAnswer,
    logger: log.logger,
    retry: { baseDelayMs: 0, maxDelayMs: 0 },
    incidents: {
      store,
      settings: config.incidents,
      clock: () => now,
      workerIntervalMs: 3_600_000,
      channelThreads: graph.channelThreads,
    },
    weeklySummary: {
      settings: config.insight.weeklySummary,
      store: store.weeklySummaries,
      insight: store.insight,
      unanswered: store.unanswered,
      // Looks only when the test asks (and once at start).
      intervalMs: 3_600_000,
    },
    onClose: () => store.close(),
  });
  if (!started.ok) throw new Error(started.error);
  running = started.service;
  return started.service;
}

async function seed(store: OpenedStore): Promise<void> {
  await store.saveChannel({
    teamId: ICT_TEAM_ID,
    channelId: ICT_CHANNEL_ID,
    serviceUrl: stub.url,
    tenantId: TEST_CONVERSATION.tenantId,
  });
  // November: seven teachers, each one warned mail about a pupil file sent anyway, and two who
  // sent one to visible parents anyway. December: six checked mails so far.
  for (let n = 1; n <= 7; n++) {
    const events = [
      sendEvent({
        month: '2026-11',
        verdict: 'warn',
        rules: ['pupil-file'],
        actions: { 'pupil-file': 'sent-anyway' },
      }),
      ...(n <= 2
        ? [
            sendEvent({
              month: '2026-11',
              verdict: 'warn',
              rules: ['bcc'],
              actions: { bcc: 'sent-anyway' },
            }),
          ]
        : []),
      ...(n <= 6 ? [sendEvent({ month: '2026-12' })] : []),
    ];
    for (const month of ['2026-11', '2026-12'])
      await store.insight.record({
        month,
        school: '*',
        cells: countCells(events.filter((event) => event.month === month)),
        sender: `sender-${n}`,
      });
  }
  // One breach report in December, by a named reporter with a story.
  const service = createIncidentService({
    store,
    clock: () => new Date('2026-12-02T10:00:00Z'),
    newId: () => 'incident-1',
    canHandle: () => true,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
  await service.submitReport(
    reportForm({ occurredDate: '2026-12-02', discoveredDate: '2026-12-02' }),
    REPORTER,
    'form-1',
  );
  // Six declined questions in November, two in December: scrubbed, as the bot keeps them.
  for (const [month, times] of [
    ['2026-11', 6],
    ['2026-12', 2],
  ] as const)
    for (let i = 0; i < times; i++) {
      const question = scrubQuestion(
        'Mag ik het BSN 123456782 van Fenna de Vries, Dorpsstraat 4, naar de logopedist mailen?',
      );
      await store.unanswered.record({
        month,
        school: '',
        question,
        terms: questionTerms(question),
        reason: 'declined',
      });
    }
}

/** The weekly cards Teams has in the ICT channel. */
const weeklyCards = () =>
  stub
    .threads(ICT_CHANNEL_ID)
    .map((thread) => JSON.stringify(thread.body))
    .filter((card) => card.includes('privacywacht-weekly-'));

/** The card's lines as a reader sees them. */
function cardLines(activity: string | undefined): string[] {
  const body = (
    JSON.parse(activity ?? '{}') as {
      attachments: { content: { body: { text?: string; inlines?: { text: string }[] }[] } }[];
    }
  ).attachments[0]?.content.body;
  return (body ?? []).map(
    (element) => element.text ?? (element.inlines ?? []).map((run) => run.text).join(''),
  );
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-weekly-'));
  databaseUrl = `sqlite:${path.join(folder, 'register.sqlite')}`;
  stub = await startConnectorStub();
  log = captureLog();
  const store = await openStore({ databaseUrl });
  await seed(store);
  await store.close();
});
afterAll(async () => {
  await running?.close();
  await stub.close();
  rmSync(folder, { recursive: true, force: true });
});

test('posts the card at the configured hour, once a week, across a restart', async () => {
  // Monday 7 December, 07:59 in Amsterdam: not yet; last week's Monday is too long ago to catch up.
  let service = await start();
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('not-due');
  expect(weeklyCards()).toEqual([]);

  now = new Date('2026-12-07T07:00:00Z');
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('sent');
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('done');
  expect(weeklyCards()).toHaveLength(1);
  // This month so far, then last month; small cells as "< 5".
  expect(cardLines(weeklyCards()[0])).toEqual([
    'Privacywacht: weekoverzicht (2026-12-07)',
    'Tellingen zonder inhoud voor het hele bestuur. Rust een getal op minder dan vijf mensen, dan staat er "< 5".',
    'Deze maand tot nu toe (2026-12)',
    'Mails gecontroleerd: 6',
    'Waarschuwingen: 0',
    'Geblokkeerd: 0',
    'Vaakst toch verzonden: geen',
    'Datalekmeldingen: < 5',
    'Binnen 72 uur gemeld bij de AP: 0 van 0',
    'Vragen zonder antwoord (bot): < 5',
    'Vorige maand (2026-11)',
    'Mails gecontroleerd: 9',
    'Waarschuwingen: 9',
    'Geblokkeerd: 0',
    'Vaakst toch verzonden: Gevoelige leerlinggegevens (7), Ontvangers zien elkaars adres (< 5)',
    'Datalekmeldingen: 0',
    'Binnen 72 uur gemeld bij de AP: 0 van 0',
    'Vragen zonder antwoord (bot): 6',
    'Meer in het tabblad Inzicht.',
  ]);

  // A restart later that hour: the register knows the week was sent.
  await service.close();
  running = undefined;
  service = await start();
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('done');
  expect(weeklyCards()).toHaveLength(1);

  // A week later, Teams takes the card but the answer never reaches the service.
  now = new Date('2026-12-14T07:30:00Z');
  stub.onCreate(() => {
    stub.onCreate(undefined);
    throw new Error('connection lost after the card was posted');
  });
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('retrying');
  expect(weeklyCards()).toHaveLength(2);
  // The retry finds that card in the channel instead of posting a second one.
  now = new Date('2026-12-14T07:45:00Z');
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('found');
  await expect(service.bot.weeklySummary?.pass()).resolves.toBe('done');
  expect(weeklyCards()).toHaveLength(2);
  expect(weeklyCards()[1]).toContain('weekoverzicht (2026-12-14)');
});

test('the card, the rows and the log hold counts only', () => {
  for (const card of weeklyCards()) for (const value of PERSONAL) expect(card).not.toContain(value);
  const database = new DatabaseSync(path.join(folder, 'register.sqlite'), { readOnly: true });
  const rows = JSON.stringify(database.prepare('select * from weekly_summaries').all());
  database.close();
  expect(rows).toContain('2026-12-07');
  for (const value of PERSONAL) expect(rows).not.toContain(value);
  expect(log.text()).toContain('"event":"weekly-summary"');
  for (const value of PERSONAL) expect(log.text()).not.toContain(value);
});
