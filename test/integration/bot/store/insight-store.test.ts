// The insight counts on every engine (in memory, SQLite, PostgreSQL): counts add up, distinct
// senders are counted per cell without their ids being stored, closing a month keeps only numbers,
// retention deletes old months.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { CellCount } from '../../../../shared/insight/insight-cells';
import { createMemoryInsightStore } from '../../../../bot/store/insight-memory-store';
import type { InsightStore } from '../../../../bot/store/insight-store';
import { openStore, type OpenedStore } from '../../../../bot/store/open-store';
import { startPostgres, type TestPostgres } from '../../../helpers/postgres';

jest.setTimeout(60_000);

let postgres: TestPostgres;
let tmp: string;
const opened: OpenedStore[] = [];
beforeAll(async () => {
  postgres = await startPostgres();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-insight-'));
});
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  await postgres.stop();
  rmSync(tmp, { recursive: true, force: true });
});

let files = 0;
const open = async (url: string) => {
  const store = await openStore({ databaseUrl: url });
  opened.push(store);
  return store.insight;
};
const engines: [string, () => Promise<InsightStore>][] = [
  ['in memory', () => Promise.resolve(createMemoryInsightStore())],
  ['SQLite', () => open(`sqlite:${path.join(tmp, `insight-${++files}.sqlite`)}`)],
  ['PostgreSQL', async () => open(await postgres.freshDatabaseUrl())],
];

const checked: CellCount = { metric: 'checked', rule: '', detail: '', count: 2 };
const fixed: CellCount = { metric: 'action', rule: 'bsn', detail: 'fixed', count: 1 };

describe.each(engines)('the insight store %s', (_name, newStore) => {
  let store: InsightStore;
  beforeEach(async () => {
    store = await newStore();
  });

  it('adds counts up and counts each sender once per cell', async () => {
    await store.record({ month: '2026-11', school: 'A', cells: [checked, fixed], sender: 'u1' });
    await store.record({ month: '2026-11', school: 'A', cells: [checked], sender: 'u1' });
    await store.record({ month: '2026-11', school: 'A', cells: [checked], sender: 'u2' });
    const cells = await store.listCells('2026-11', '2026-11');
    expect(cells).toEqual(
      expect.arrayContaining([
        { month: '2026-11', school: 'A', ...checked, count: 6, senders: 2 },
        { month: '2026-11', school: 'A', ...fixed, senders: 1 },
      ]),
    );
    expect(cells).toHaveLength(2);
  });

  it('keeps the number of senders when a month closes, and lists only the period asked', async () => {
    for (const sender of ['u1', 'u2', 'u3'])
      await store.record({ month: '2026-10', school: 'A', cells: [checked], sender });
    await store.closeMonthsBefore('2026-11');
    await store.closeMonthsBefore('2026-11');
    expect(await store.listCells('2026-10', '2026-10')).toEqual([
      { month: '2026-10', school: 'A', ...checked, count: 6, senders: 3 },
    ]);
    expect(await store.listCells('2026-11', '2026-12')).toEqual([]);
  });

  it('deletes months past retention', async () => {
    await store.record({ month: '2024-10', school: 'A', cells: [checked], sender: 'u1' });
    await store.record({ month: '2026-10', school: 'A', cells: [checked], sender: 'u1' });
    await store.pruneBefore('2024-12');
    expect((await store.listCells('2000-01', '2099-12')).map((cell) => cell.month)).toEqual([
      '2026-10',
    ]);
  });
});

describe('the insight tables in SQLite', () => {
  it('hold no user id, and once the month closes neither hashes nor the month key', async () => {
    const file = path.join(tmp, 'rows.sqlite');
    const store = await open(`sqlite:${file}`);
    const sender = 'aaaaaaaa-0000-4000-8000-000000000001';
    await store.record({ month: '2026-10', school: 'A', cells: [checked, fixed], sender });
    const database = new DatabaseSync(file, { readOnly: true });
    const dump = () =>
      JSON.stringify(
        ['insight_counts', 'insight_senders', 'insight_salts'].map((table) =>
          database.prepare(`select * from ${table}`).all(),
        ),
      );
    expect(dump()).not.toContain(sender);
    expect(database.prepare('select count(*) as n from insight_senders').get()).toEqual({ n: 2 });
    await store.closeMonthsBefore('2026-11');
    expect(database.prepare('select count(*) as n from insight_senders').get()).toEqual({ n: 0 });
    expect(database.prepare('select count(*) as n from insight_salts').get()).toEqual({ n: 0 });
    database.close();
  });

  it('gives one sender a different hash in each cell, so their rows cannot be joined', async () => {
    const file = path.join(tmp, 'hashes.sqlite');
    const store = await open(`sqlite:${file}`);
    await store.record({ month: '2026-10', school: 'A', cells: [checked, fixed], sender: 'u1' });
    const database = new DatabaseSync(file, { readOnly: true });
    const hashes = database.prepare('select sender from insight_senders').all() as {
      sender: string;
    }[];
    database.close();
    expect(new Set(hashes.map((row) => row.sender)).size).toBe(2);
  });
});
