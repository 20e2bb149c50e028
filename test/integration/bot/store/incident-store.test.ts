import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { AuditEntry } from '../../../../bot/incidents/audit';
import type { BreachDecision } from '../../../../bot/incidents/breach-decision';
import type { OutboxMessage } from '../../../../bot/incidents/outbox-message';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { IncidentDraft, IncidentStore } from '../../../../bot/store/incident-store';
import { migrationProvider } from '../../../../bot/store/migrations';
import type { RegisterDatabase } from '../../../../bot/store/schema';
import { createSqlStore } from '../../../../bot/store/sql-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { kyselySqliteDatabase } from '../../../../bot/store/kysely-node-sqlite';
import { openStore } from '../../../../bot/store/open-store';
import { ICT_MEMBER, makeIncident, REPORTER } from '../../../helpers/incidents';
import { startPostgres, type TestPostgres } from '../../../helpers/postgres';

jest.setTimeout(60_000);

/**
 * Opens stores on one database. On PostgreSQL, opening twice gives two "instances" of the service;
 * SQLite is the one-machine register (one instance per file), so there the second is the first.
 */
type Engine = {
  name: string;
  hasSeveralInstances: boolean;
  newDatabase(): Promise<() => Promise<IncidentStore>>;
};

let postgres: TestPostgres;
let tmp: string;
let files = 0;
beforeAll(async () => {
  postgres = await startPostgres();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-sqlite-'));
});
afterAll(async () => {
  await postgres.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const engines: Engine[] = [
  {
    name: 'in memory',
    hasSeveralInstances: false,
    newDatabase() {
      const store = createMemoryStore();
      return Promise.resolve(() => Promise.resolve(store));
    },
  },
  {
    name: 'SQLite',
    hasSeveralInstances: false,
    newDatabase() {
      const url = `sqlite:${path.join(tmp, `register-${++files}`, 'privacywacht.sqlite')}`;
      return Promise.resolve(() => openStore({ databaseUrl: url }));
    },
  },
  {
    name: 'PostgreSQL',
    hasSeveralInstances: true,
    async newDatabase() {
      const url = await postgres.freshDatabaseUrl();
      return () => openStore({ databaseUrl: url });
    },
  },
];

function draft(id: string, reportedAt = '2026-03-27T10:30:00.000Z'): IncidentDraft {
  const { number: _number, version: _version, ...rest } = makeIncident({ id, reportedAt });
  return rest;
}
const reported = (incidentId: string, at = '2026-03-27T10:30:00.000Z'): AuditEntry => ({
  incidentId,
  at,
  actor: REPORTER,
  action: 'reported',
  detail: {},
});
const create = (store: IncidentStore, id: string, submissionId = `sub-${id}`, at?: string) =>
  store.createIncident(draft(id, at), submissionId, reported(id, at), [
    { incidentId: id, intent: { kind: 'create-thread' } },
  ]);

const breachDecision = (
  incidentId: string,
  at: string,
  overrides: Partial<BreachDecision> = {},
): BreachDecision => ({
  incidentId,
  decidedAt: at,
  decider: ICT_MEMBER,
  answers: {
    context: 3,
    identification: 1,
    confidentiality: 'unknown-recipients',
    integrity: 'none',
    availability: 'none',
    isMalicious: false,
  },
  sources: {
    context: 'report',
    identification: 'report',
    confidentiality: 'report',
    integrity: 'report',
    availability: 'assessor',
    isMalicious: 'report',
  },
  score: 3.5,
  level: 'hoog',
  suggestion: { notifyAp: true, informSubjects: true },
  notifyAp: true,
  informSubjects: true,
  ...overrides,
});
const decidedBreach = (incidentId: string, at: string): AuditEntry => ({
  incidentId,
  at,
  actor: ICT_MEMBER,
  action: 'decided-breach',
  detail: { level: 'hoog' },
});

describe.each(engines)('the register ($name)', (engine) => {
  let open: () => Promise<IncidentStore>;
  let store: IncidentStore;
  const others: IncidentStore[] = [];
  beforeEach(async () => {
    open = await engine.newDatabase();
    store = await open();
  });
  afterEach(async () => {
    for (const other of others.splice(0)) await other.close();
    await store.close();
  });
  const secondInstance = async () => {
    if (!engine.hasSeveralInstances) return store;
    const other = await open();
    others.push(other);
    return other;
  };

  it('stores a report once however often the same submission arrives', async () => {
    const first = await create(store, 'a', 'same');
    const again = await create(store, 'b', 'same');
    expect(first.created).toBe(true);
    expect(again).toEqual({ incident: first.incident, created: false });
    expect(await store.listIncidents()).toHaveLength(1);
    expect(await store.listAudit('a')).toHaveLength(1);
    expect(await store.listOutbox()).toHaveLength(1);
  });

  it('stores one incident when two instances get the same submission at once', async () => {
    const other = await secondInstance();
    const results = await Promise.all([
      create(store, 'a', 'double-click'),
      create(other, 'b', 'double-click'),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await store.listIncidents()).toHaveLength(1);
  });

  it('numbers incidents per Amsterdam calendar year', async () => {
    await create(store, 'a', 'a', '2026-03-01T10:00:00.000Z');
    await create(store, 'b', 'b', '2026-12-31T22:59:00.000Z');
    // 23:30 UTC on New Year's Eve is already 2027 in Amsterdam.
    const newYear = await create(store, 'c', 'c', '2026-12-31T23:30:00.000Z');
    expect((await store.listIncidents()).map((incident) => incident.number)).toEqual([
      'DL-2026-0001',
      'DL-2026-0002',
      'DL-2027-0001',
    ]);
    expect(await store.getIncidentByNumber('DL-2027-0001')).toEqual(newYear.incident);
  });

  it('gives reports made at the same moment distinct numbers', async () => {
    const other = await secondInstance();
    const ids = Array.from({ length: 12 }, (_, index) => `i${index}`);
    await Promise.all(ids.map((id, index) => create(index % 2 ? other : store, id)));
    const numbers = (await store.listIncidents()).map((incident) => incident.number).sort();
    expect(numbers).toEqual(ids.map((_, index) => `DL-2026-${String(index + 1).padStart(4, '0')}`));
  });

  it('refuses an update from a stale copy', async () => {
    const { incident } = await create(store, 'a');
    const taken = { ...incident, status: 'in-progress' as const, assignee: ICT_MEMBER, version: 2 };
    const audit: AuditEntry = { ...reported('a'), actor: ICT_MEMBER, action: 'taken' };
    expect(await store.updateIncident(taken, audit, [])).toBe('ok');
    expect(await store.updateIncident(taken, audit, [])).toBe('conflict');
    expect(await store.getIncident('a')).toEqual(taken);
    expect((await store.listAudit('a')).map((entry) => entry.action)).toEqual([
      'reported',
      'taken',
    ]);
  });

  it('lists open incidents and incidents since a date', async () => {
    await create(store, 'a', 'a', '2026-03-01T10:00:00.000Z');
    const { incident } = await create(store, 'b', 'b', '2026-04-01T10:00:00.000Z');
    await store.updateIncident(
      { ...incident, status: 'closed', closedAt: '2026-04-02T10:00:00.000Z', version: 2 },
      { ...reported('b'), action: 'closed' },
      [],
    );
    expect((await store.listIncidents({ openOnly: true })).map((item) => item.id)).toEqual(['a']);
    expect((await store.listIncidents({ since: '2026-03-15' })).map((item) => item.id)).toEqual([
      'b',
    ]);
  });

  it('keeps the channel, the thread of an incident and reporters’ conversation references', async () => {
    await create(store, 'a');
    const channel = {
      teamId: 'team-1',
      channelId: '19:ict@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: 'tenant-1',
      conversationReference: { conversation: { id: '19:ict' } },
    };
    await store.saveChannel(channel);
    await store.setChannelMessage('a', { conversationId: '19:ict;messageid=1', activityId: '1' });
    await store.saveConversationReference('aad-reporter', { conversation: { id: 'a:1' } });
    await store.saveConversationReference('aad-reporter', { conversation: { id: 'a:2' } });
    expect(await store.getChannel()).toEqual(channel);
    expect((await store.getIncident('a'))?.channelMessage).toEqual({
      conversationId: '19:ict;messageid=1',
      activityId: '1',
    });
    expect(await store.getConversationReference('aad-reporter')).toEqual({
      conversation: { id: 'a:2' },
    });
    expect(await store.getConversationReference('nobody')).toBeUndefined();
  });

  it('lets exactly one of two instances claim a reminder', async () => {
    await create(store, 'a');
    const other = await secondInstance();
    const reminder = {
      incidentId: 'a',
      intent: { kind: 'thread-reminder', reminder: 'before-12h' },
    } as const;
    const claims = await Promise.all([
      store.claimReminder('a', 'before-12h', '2026-03-29T22:00:00.000Z', reminder),
      other.claimReminder('a', 'before-12h', '2026-03-29T22:00:00.000Z', reminder),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.claimReminder('a', 'before-12h', '2026-03-30T00:00:00.000Z', reminder)).toBe(
      false,
    );
    expect(await store.claimReminder('a', 'overdue', '2026-03-30T10:00:00.000Z', reminder)).toBe(
      true,
    );
    const reminders = (await store.listOutbox('a')).filter(
      (message) => message.intent.kind === 'thread-reminder',
    );
    expect(reminders).toHaveLength(2);
  });

  it('hands each due outbox message to one instance, and again only after its lease', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await create(store, id);
    const other = await secondInstance();
    const now = '2026-03-27T10:31:00.000Z';
    const lease = '2026-03-27T10:32:00.000Z';
    const claimed: OutboxMessage[] = [];
    // Two instances claim side by side until nothing is due: every message once, none twice.
    for (let round = 0; round < 4; round++) {
      const [first, second] = await Promise.all([
        store.claimOutbox(now, lease, 3),
        other.claimOutbox(now, lease, 3),
      ]);
      claimed.push(...first, ...second);
    }
    expect(claimed.map((message) => message.incidentId).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(await store.claimOutbox(now, lease, 10)).toEqual([]);
    await store.completeOutbox(claimed[0]!.id);
    const again = await store.claimOutbox(lease, '2026-03-27T10:40:00.000Z', 10);
    expect(again).toHaveLength(3);
  });

  it('gives failed posts a new start on request', async () => {
    await create(store, 'a');
    const [message] = await store.claimOutbox(
      '2026-03-27T10:31:00.000Z',
      '2026-03-27T10:32:00.000Z',
      1,
    );
    await store.failOutbox(message!.id, 12, 'http-403');
    expect(await store.retryFailedOutbox('2026-03-28T09:00:00.000Z')).toBe(1);
    expect(await store.listOutbox('a')).toEqual([
      expect.objectContaining({
        state: 'pending',
        attempts: 0,
        nextAttemptAt: '2026-03-28T09:00:00.000Z',
      }),
    ]);
  });

  const persistent = engine.name === 'in memory' ? it.skip : it;
  persistent('keeps pending posts across a restart', async () => {
    await create(store, 'a');
    const [message] = await store.claimOutbox(
      '2026-03-27T10:31:00.000Z',
      '2026-03-27T10:32:00.000Z',
      1,
    );
    await store.rescheduleOutbox(message!.id, '2026-03-27T10:35:00.000Z', 1, 'throttled');
    await store.close();
    store = await open();
    const [resumed] = await store.claimOutbox(
      '2026-03-27T10:35:00.000Z',
      '2026-03-27T10:36:00.000Z',
      5,
    );
    expect(resumed).toMatchObject({
      incidentId: 'a',
      intent: { kind: 'create-thread' },
      attempts: 1,
      lastError: 'throttled',
      state: 'pending',
    });
  });

  it('keeps every breach decision with its reasons, the latest last', async () => {
    await create(store, 'a');
    const first = breachDecision('a', '2026-03-27T12:00:00.000Z');
    const second = breachDecision('a', '2026-03-28T09:15:00.000Z', {
      score: 2.25,
      level: 'gemiddeld',
      suggestion: { notifyAp: true, informSubjects: false },
      notifyAp: false,
      notifyApReason: 'Ontvanger is een collega-school; mail aantoonbaar verwijderd.',
      informSubjects: false,
    });
    await store.recordBreachDecision(first, decidedBreach('a', first.decidedAt), []);
    await store.recordBreachDecision(second, decidedBreach('a', second.decidedAt), [
      { incidentId: 'a', intent: { kind: 'update-card' } },
    ]);
    const other = await secondInstance();
    expect(await other.listBreachDecisions('a')).toEqual([first, second]);
    expect(await other.listBreachDecisions('b')).toEqual([]);
    expect((await store.listAudit('a')).map((entry) => entry.action)).toEqual([
      'reported',
      'decided-breach',
      'decided-breach',
    ]);
    expect((await store.listOutbox('a')).map((message) => message.intent.kind)).toEqual([
      'create-thread',
      'update-card',
    ]);
  });

  it('anonymises the reasons of an incident’s decisions, and only those', async () => {
    await create(store, 'a');
    await create(store, 'b');
    const withReason = breachDecision('a', '2026-03-27T12:00:00.000Z', {
      notifyAp: false,
      notifyApReason: 'Besproken met juf Anna.',
    });
    const other = breachDecision('b', '2026-03-27T12:00:00.000Z', {
      informSubjects: false,
      informSubjectsReason: 'Ontvanger bekend.',
    });
    await store.recordBreachDecision(withReason, decidedBreach('a', withReason.decidedAt), []);
    await store.recordBreachDecision(other, decidedBreach('b', other.decidedAt), []);
    await store.anonymiseBreachDecisions('a', '[geanonimiseerd]');
    await store.anonymiseBreachDecisions('a', '[geanonimiseerd]');
    expect(await store.listBreachDecisions('a')).toEqual([
      { ...withReason, notifyApReason: '[geanonimiseerd]' },
    ]);
    expect(await store.listBreachDecisions('b')).toEqual([other]);
  });

  it('refuses a breach decision on an unknown incident', async () => {
    const orphan = breachDecision('nobody', '2026-03-27T12:00:00.000Z');
    await expect(
      store.recordBreachDecision(orphan, decidedBreach('nobody', orphan.decidedAt), []),
    ).rejects.toThrow();
    expect(await store.listBreachDecisions('nobody')).toEqual([]);
  });

  it('answers ping while reachable and fails it once closed', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    const other = await open();
    await other.close();
    await expect(other.ping()).rejects.toThrow();
  });
});

describe('upgrading a register', () => {
  it('adds the breach decisions to a register made before them, keeping its incidents', async () => {
    const file = path.join(tmp, 'before-decisions', 'privacywacht.sqlite');
    mkdirSync(path.dirname(file), { recursive: true });
    const old = new Kysely<RegisterDatabase>({
      dialect: new SqliteDialect({ database: kyselySqliteDatabase(new DatabaseSync(file)) }),
    });
    const all = await migrationProvider('sqlite').getMigrations();
    const first = Object.keys(all).sort()[0]!;
    const { error } = await new Migrator({
      db: old,
      provider: { getMigrations: () => Promise.resolve({ [first]: all[first]! }) },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    // An incident reported before the upgrade, through the queries of the time.
    await create(createSqlStore(old, 'sqlite'), 'a');
    await old.destroy();

    const store = await openStore({ databaseUrl: `sqlite:${file}` });
    expect((await store.listIncidents()).map((incident) => incident.id)).toEqual(['a']);
    const decision = breachDecision('a', '2026-03-27T12:00:00.000Z');
    await store.recordBreachDecision(decision, decidedBreach('a', decision.decidedAt), []);
    expect(await store.listBreachDecisions('a')).toEqual([decision]);
    await store.close();
  });
});

describe('the register on PostgreSQL', () => {
  it('fails ping when the database server is gone', async () => {
    const server = await startPostgres();
    const store = await openStore({ databaseUrl: await server.freshDatabaseUrl() });
    await store.ping();
    await server.stop();
    await expect(store.ping()).rejects.toThrow();
    await store.close().catch(() => undefined);
  });
});
