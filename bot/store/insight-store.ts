// The insight counts (issue 17): the port, and its SQL implementation on the register's database.
// A count row holds a month, a school, a cell and a number — never who. To show "< 5" the store
// must know how many distinct people a cell rests on; while a month is open it keeps, per cell, a
// keyed hash of each sender: HMAC-SHA256 under a random key of that month, over the cell and the
// user id. The hash differs per cell, so rows of one person cannot be joined across cells; the key
// never leaves the database. When the month closes, each row's number of senders is written down
// and the hashes and the key are deleted: from then on nothing links a count to a person.
import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CellCount } from '../../shared/insight/insight-cells';
import type { StoredCell } from '../../shared/insight/insight-report';
import type { RegisterDatabase } from './schema';

export interface InsightCountsTable {
  month: string;
  school: string;
  metric: string;
  rule: string;
  detail: string;
  count: number;
  /** Distinct senders, written when the month closes; null while it is open. */
  senders: number | null;
}

interface InsightSendersTable {
  month: string;
  /** school|metric|rule|detail */
  cell: string;
  /** The keyed hash of the sender for this cell and month. */
  sender: string;
}

interface InsightSaltsTable {
  month: string;
  salt: string;
}

// A type, not an interface: Kysely's withTables wants an index signature.
type InsightTables = {
  insight_counts: InsightCountsTable;
  insight_senders: InsightSendersTable;
  insight_salts: InsightSaltsTable;
};

/** One sender's counted events of one month, for one school key (a school, or the whole board). */
interface InsightEntry {
  month: string;
  school: string;
  cells: readonly CellCount[];
  /** The signed-in user's id: only its keyed hash is stored, only until the month closes. */
  sender: string;
}

export interface InsightStore {
  record(entry: InsightEntry): Promise<void>;
  /** The cells of months `from` to `to` (YYYY-MM, inclusive), with their distinct senders. */
  listCells(from: string, to: string): Promise<StoredCell[]>;
  /**
   * Closes every month before `month`: writes each row's distinct senders, deletes the sender
   * hashes and the month's key. Safe to repeat.
   */
  closeMonthsBefore(month: string): Promise<void>;
  /** Deletes the counts of every month before `month` (retention). */
  pruneBefore(month: string): Promise<void>;
}

/** The cell's text key in insight_senders. */
export function senderCell(school: string, cell: CellCount): string {
  return `${school}|${cell.metric}|${cell.rule}|${cell.detail}`;
}

/** The keyed hash of one sender in one cell; without the month's key it cannot be recomputed. */
export function senderHash(salt: string, cell: string, sender: string): string {
  return createHmac('sha256', salt).update(`${cell}\u0000${sender}`).digest('hex').slice(0, 32);
}

export function newMonthSalt(): string {
  return randomBytes(32).toString('base64');
}

type InsightDatabase = RegisterDatabase & InsightTables;
type Db = Kysely<InsightDatabase> | Transaction<InsightDatabase>;

export function createSqlInsightStore(register: Kysely<RegisterDatabase>): InsightStore {
  const db = register.withTables<InsightTables>();

  async function saltOf(trx: Db, month: string): Promise<string> {
    await trx
      .insertInto('insight_salts')
      .values({ month, salt: newMonthSalt() })
      .onConflict((oc) => oc.column('month').doNothing())
      .execute();
    const row = await trx
      .selectFrom('insight_salts')
      .select('salt')
      .where('month', '=', month)
      .executeTakeFirstOrThrow();
    return row.salt;
  }

  async function openSenders(trx: Db, from: string, to: string) {
    const rows = await trx
      .selectFrom('insight_senders')
      .select(['month', 'cell'])
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('senders'))
      .where('month', '>=', from)
      .where('month', '<=', to)
      .groupBy(['month', 'cell'])
      .execute();
    return new Map(rows.map((row) => [`${row.month}|${row.cell}`, Number(row.senders)]));
  }

  return {
    async record({ month, school, cells, sender }) {
      if (cells.length === 0) return;
      await db.transaction().execute(async (trx) => {
        const salt = await saltOf(trx, month);
        for (const cell of cells) {
          await trx
            .insertInto('insight_counts')
            .values({ month, school, ...cell, senders: null })
            .onConflict((oc) =>
              oc.columns(['month', 'school', 'metric', 'rule', 'detail']).doUpdateSet((eb) => ({
                count: eb('insight_counts.count', '+', eb.ref('excluded.count')),
              })),
            )
            .execute();
        }
        await trx
          .insertInto('insight_senders')
          .values(
            cells.map((cell) => {
              const key = senderCell(school, cell);
              return { month, cell: key, sender: senderHash(salt, key, sender) };
            }),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      });
    },

    async listCells(from, to) {
      const [rows, open] = await Promise.all([
        db
          .selectFrom('insight_counts')
          .selectAll()
          .where('month', '>=', from)
          .where('month', '<=', to)
          .orderBy('month')
          .orderBy('school')
          .orderBy('metric')
          .orderBy('rule')
          .orderBy('detail')
          .execute(),
        openSenders(db, from, to),
      ]);
      return rows.map((row) => toStoredCell(row, open));
    },

    async closeMonthsBefore(month) {
      await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('insight_counts')
          .selectAll()
          .where('month', '<', month)
          .where('senders', 'is', null)
          .execute();
        const open = await openSenders(trx, '0000-00', month);
        for (const row of rows)
          await trx
            .updateTable('insight_counts')
            .set({ senders: toStoredCell(row, open).senders })
            .where('month', '=', row.month)
            .where('school', '=', row.school)
            .where('metric', '=', row.metric)
            .where('rule', '=', row.rule)
            .where('detail', '=', row.detail)
            .execute();
        await trx.deleteFrom('insight_senders').where('month', '<', month).execute();
        await trx.deleteFrom('insight_salts').where('month', '<', month).execute();
      });
    },

    async pruneBefore(month) {
      await db.deleteFrom('insight_counts').where('month', '<', month).execute();
    },
  };
}

function toStoredCell(row: InsightCountsTable, open: Map<string, number>): StoredCell {
  const cell = `${row.school}|${row.metric}|${row.rule}|${row.detail}`;
  return {
    month: row.month,
    school: row.school,
    metric: row.metric as StoredCell['metric'],
    rule: row.rule as StoredCell['rule'],
    detail: row.detail,
    count: Number(row.count),
    senders: row.senders ?? open.get(`${row.month}|${cell}`) ?? 0,
  };
}
