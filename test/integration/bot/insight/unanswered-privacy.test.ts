// Issue 17's privacy promise for the bot, end to end over the Bot Framework protocol: questions full
// of names, citizen numbers, phone numbers, addresses and mail addresses are asked (and answers
// rated "not useful"), and neither the register's SQLite file nor the log holds any of them — only
// scrubbed text and counts.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createQuestionInsight } from '../../../../bot/insight/question-insight';
import { createAnswerer } from '../../../../bot/qa/answerer';
import { startService, type RunningService } from '../../../../bot/server/start-service';
import { openStore, type OpenedStore } from '../../../../bot/store/open-store';
import { fold } from '../../../../shared/scan/text/fold';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { captureLog } from '../../../helpers/log-capture';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { kindanteKnowledge } from '../../../helpers/knowledge';
import { postActivity, teamsMessage } from '../../../helpers/teams-activity';

jest.setTimeout(60_000);

const parsed = parseConfig(EXAMPLE_CONFIG);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const config = parsed.config;

/** What must never be kept: each as typed, compared folded (the kept text is lower case). */
const SECRETS = {
  names: ['Daan', 'Bakker', 'Sanne', 'Jansen', 'Wiśniewski', 'Amrani', 'Noé', 'Quirijn', 'Luuk'],
  numbers: [
    '123456782',
    '1234.56.782',
    '111222333',
    '0612345678',
    '06-12345678',
    '87654321',
    '4471',
  ],
  addresses: ['Kerkstraat', 'Dorpsstraat', '6041 AB', '6041AB', 'Roermond'],
  mails: ['sanne.jansen@gmail.com', 'ouders.bakker@hotmail.com', 'gmail', 'hotmail'],
};

/**
 * Whether the log holds the secret. A number counts only as a number of its own: a request's
 * "durationMs": 2.447183 holds "4471" by chance, which once failed this test on a loaded machine.
 */
function isLogged(logged: string, secret: string): boolean {
  if (!/^\d+$/.test(secret)) return logged.includes(secret);
  return new RegExp(`(?<![\\d.])${secret}(?![\\d])`).test(logged);
}

const QUESTIONS = [
  // Out of the policy: declined.
  'Hoeveel vakantiedagen heeft Daan Bakker (BSN 123456782) nog? Bel hem op 06-12345678.',
  'Wat wordt het weer morgen in de Kerkstraat 12, 6041 AB Roermond bij familie Wiśniewski?',
  'Kan Sanne Jansen (sanne.jansen@gmail.com, 1234.56.782) de printer op de Dorpsstraat 4 maken?',
  // In the policy: answered, then rated "not useful".
  "Mag ik foto's van Daan Bakker en Noé op Facebook zetten? Zijn BSN is 111222333.",
  'Mag ik het rapport van Quirijn naar ouders.bakker@hotmail.com mailen? Tel +31 6 87654321.',
  'Mijn collega Fatima el Amrani verloor haar laptop met de leerlingenlijst van groep 4471, zoon luuk erop. Wat moet ik doen?',
];

describe('unanswered questions over the Bot Framework protocol', () => {
  let stub: ConnectorStub;
  let service: RunningService;
  let store: OpenedStore;
  let folder: string;
  const log = captureLog();

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-unanswered-privacy-'));
    store = await openStore({ databaseUrl: `sqlite:${path.join(folder, 'register.sqlite')}` });
    stub = await startConnectorStub();
    const started = await startService({
      config,
      env: { PRIVACYWACHT_ENV: 'development' },
      port: 0,
      host: '127.0.0.1',
      answer: createAnswerer(config, kindanteKnowledge()),
      logger: log.logger,
      readiness: [],
      retry: { retries: 0 },
      incidents: { store, settings: config.incidents },
      questions: createQuestionInsight({
        unanswered: store.unanswered,
        feedback: store.answerFeedback,
        retentionMonths: config.insight.unansweredRetentionMonths,
        clock: () => new Date(),
      }),
    });
    if (!started.ok) throw new Error(started.error);
    service = started.service;
  });
  afterAll(async () => {
    await service.close();
    await stub.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the questions only scrubbed, and nothing personal in the register or the log', async () => {
    let ratedNotUseful = 0;
    for (const text of QUESTIONS) {
      stub.calls.splice(0);
      expect((await postActivity(service.url, teamsMessage(stub.url, { text }))).status).toBe(200);
      await stub.waitForCalls(1);
      const notUseful = submitsOf(stub.cards()).find(
        (data) => data['action'] === 'feedback' && data['useful'] === false,
      );
      if (!notUseful) continue;
      // Teams posts the pressed Action.Submit back as a message whose value is the button's data.
      stub.calls.splice(0);
      await postActivity(service.url, teamsMessage(stub.url, { value: notUseful }));
      await stub.waitForCalls(1);
      ratedNotUseful++;
    }

    const groups = await store.unanswered.listGroups('2000-01', '2999-12');
    const declined = groups.reduce((sum, group) => sum + group.declined, 0);
    const notHelpful = groups.reduce((sum, group) => sum + group.notHelpful, 0);
    // The check below must have something to check: both paths were taken and kept.
    expect(declined).toBeGreaterThanOrEqual(2);
    expect(ratedNotUseful).toBeGreaterThanOrEqual(2);
    expect(notHelpful).toBe(ratedNotUseful);
    expect(groups.map((group) => group.question).join('\n')).toMatch(/\[naam\]/);
    expect(log.entries().filter((entry) => entry['event'] === 'unanswered')).not.toHaveLength(0);

    const rows = fold(registerRows(folder));
    const bytes = registerBytes(folder);
    const logged = fold(log.text());
    for (const secret of Object.values(SECRETS).flat()) {
      expect({ secret, found: rows.includes(fold(secret)) }).toEqual({ secret, found: false });
      // The files byte for byte (free pages, the WAL), for the secret as typed or as the scrubber
      // folds it. Not folded themselves: folding binary turns random bytes into letters, and a
      // three-letter name then turns up by chance in a checksum.
      for (const form of [secret, fold(secret)])
        expect({ secret, found: bytes.some((file) => file.includes(form)) }).toEqual({
          secret,
          found: false,
        });
      expect({ secret, found: isLogged(logged, fold(secret)) }).toEqual({ secret, found: false });
    }
    for (const question of QUESTIONS) expect(logged).not.toContain(fold(question).slice(0, 30));
  });
});

/** Every row of every table in the register, as text. */
function registerRows(folder: string): string {
  const database = new DatabaseSync(path.join(folder, 'register.sqlite'), { readOnly: true });
  try {
    const tables = database
      .prepare("select name from sqlite_master where type = 'table'")
      .all() as { name: string }[];
    return tables
      .map(({ name }) => JSON.stringify(database.prepare(`select * from "${name}"`).all()))
      .join('\n');
  } finally {
    database.close();
  }
}

/** The register's files as they lie on disk (the database and its write-ahead log). */
function registerBytes(folder: string): Buffer[] {
  return readdirSync(folder).map((file) => readFileSync(path.join(folder, file)));
}

function submitsOf(cards: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  JSON.stringify(cards, (_key, value: unknown) => {
    const each = value as { type?: unknown; data?: Record<string, unknown> } | null;
    if (each && typeof each === 'object' && each.type === 'Action.Submit' && each.data)
      found.push(each.data);
    return value;
  });
  return found;
}
