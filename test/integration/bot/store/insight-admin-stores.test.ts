// The weekly summary's posts and the rule mutes on the register's database — in memory, SQLite and
// PostgreSQL alike: a week is claimed by one instance until its lease runs out, never after it was
// sent; a mute's changes come back oldest first with who, when and why.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../../../bot/store/open-store';
import {
  createMemoryRuleMuteStore,
  type RuleMuteStore,
} from '../../../../bot/store/rule-mute-store';
import {
  createMemoryWeeklySummaryStore,
  type WeeklySummaryStore,
} from '../../../../bot/store/weekly-summary-store';
import { startPostgres, type TestPostgres } from '../../../helpers/postgres';

jest.setTimeout(60_000);

interface Stores {
  weekly: WeeklySummaryStore;
  mutes: RuleMuteStore;
  close(): Promise<void>;
}

let postgres: TestPostgres;
let tmp: string;
beforeAll(async () => {
  postgres = await startPostgres();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-admin-stores-'));
});
afterAll(async () => {
  await postgres.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const opened = async (url: string): Promise<Stores> => {
  const store = await openStore({ databaseUrl: url });
  return { weekly: store.weeklySummaries, mutes: store.ruleMutes, close: () => store.close() };
};
let files = 0;
const engines: [string, () => Promise<Stores>][] = [
  [
    'in memory',
    () =>
      Promise.resolve({
        weekly: createMemoryWeeklySummaryStore(),
        mutes: createMemoryRuleMuteStore(),
        close: () => Promise.resolve(),
      }),
  ],
  ['SQLite', () => opened(`sqlite:${path.join(tmp, `register-${++files}.sqlite`)}`)],
  ['PostgreSQL', async () => opened(await postgres.freshDatabaseUrl())],
];

describe.each(engines)('%s', (_name, open) => {
  test('a week is claimed once, again after its lease, never after it was sent', async () => {
    const { weekly, close } = await open();
    const week = '2026-12-07';
    await expect(
      weekly.claim(week, '2026-12-07T07:00:00.000Z', '2026-12-07T07:02:00.000Z'),
    ).resolves.toEqual({ week, isPostStarted: false, attempts: 0 });
    // Another instance, while the lease holds.
    await expect(
      weekly.claim(week, '2026-12-07T07:01:00.000Z', '2026-12-07T07:03:00.000Z'),
    ).resolves.toBeUndefined();
    await weekly.markPostStarted(week);
    await weekly.release(week, '2026-12-07T07:05:00.000Z', 'transient');
    await expect(
      weekly.claim(week, '2026-12-07T07:04:59.000Z', '2026-12-07T07:07:00.000Z'),
    ).resolves.toBeUndefined();
    await expect(
      weekly.claim(week, '2026-12-07T07:05:00.000Z', '2026-12-07T07:07:00.000Z'),
    ).resolves.toEqual({ week, isPostStarted: true, attempts: 1 });
    await weekly.complete(week, { conversationId: 'c', activityId: 'a' }, '2026-12-07T07:05:01Z');
    await expect(
      weekly.claim(week, '2026-12-08T07:00:00.000Z', '2026-12-08T07:02:00.000Z'),
    ).resolves.toBeUndefined();
    await expect(weekly.get(week)).resolves.toMatchObject({
      state: 'sent',
      message: { conversationId: 'c', activityId: 'a' },
    });
    await close();
  });

  test('rule mutes come back oldest first, with who, when and why', async () => {
    const { mutes, close } = await open();
    const officer = { id: 'fg-1', name: 'FG' };
    await mutes.record({
      school: 'BS De Wissel',
      rule: 'pupil-file',
      kind: 'mute',
      at: '2026-12-04T09:00:00.000Z',
      actor: officer,
      reason: 'veel onterecht',
    });
    await mutes.record({
      school: 'BS De Wissel',
      rule: 'pupil-file',
      kind: 'restore',
      at: '2026-12-05T09:00:00.000Z',
      actor: officer,
      reason: 'regel verbeterd',
    });
    await expect(mutes.history()).resolves.toEqual([
      expect.objectContaining({ kind: 'mute', actor: officer, reason: 'veel onterecht' }),
      expect.objectContaining({ kind: 'restore', at: '2026-12-05T09:00:00.000Z' }),
    ]);
    await close();
  });
});
