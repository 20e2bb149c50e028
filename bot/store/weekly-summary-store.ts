// The weekly summary's posts (issue 17): the port, its SQL implementation on the register's
// database, and an in-memory twin for unit tests. A week is claimed with a lease (so two instances
// never both post), marked before the post starts (so a retry after a crash looks for the card in
// the channel first), and completed with the message's ids.
import type { Kysely } from 'kysely';
import type { RegisterDatabase } from './schema';

interface WeeklySummaryClaim {
  week: string;
  /** An earlier attempt started posting and did not finish: the card may be in the channel. */
  isPostStarted: boolean;
  attempts: number;
}

interface WeeklySummaryRecord extends WeeklySummaryClaim {
  state: 'sending' | 'sent';
  message?: { conversationId: string; activityId: string };
}

export interface WeeklySummaryStore {
  /**
   * Claims the week until `leaseUntil` (ISO instants), unless it was sent or another instance holds
   * it; undefined then.
   */
  claim(week: string, now: string, leaseUntil: string): Promise<WeeklySummaryClaim | undefined>;
  /** Written just before the post: from now on a retry must look before it posts. */
  markPostStarted(week: string): Promise<void>;
  complete(
    week: string,
    message: { conversationId: string; activityId: string },
    at: string,
  ): Promise<void>;
  /** Gives the claim back, to be taken again from `retryAt`; counts the attempt. */
  release(week: string, retryAt: string, error: string): Promise<void>;
  get(week: string): Promise<WeeklySummaryRecord | undefined>;
}

interface WeeklySummariesTable {
  week: string;
  state: string;
  post_started: number;
  attempts: number;
  lease_until: string;
  sent_at: string | null;
  conversation_id: string | null;
  activity_id: string | null;
  last_error: string | null;
}

type WeeklyTables = { weekly_summaries: WeeklySummariesTable };

function recordOf(row: WeeklySummariesTable): WeeklySummaryRecord {
  return {
    week: row.week,
    state: row.state === 'sent' ? 'sent' : 'sending',
    isPostStarted: Number(row.post_started) === 1,
    attempts: Number(row.attempts),
    ...(row.conversation_id && row.activity_id
      ? { message: { conversationId: row.conversation_id, activityId: row.activity_id } }
      : {}),
  };
}

export function createSqlWeeklySummaryStore(
  register: Kysely<RegisterDatabase>,
): WeeklySummaryStore {
  const db = register.withTables<WeeklyTables>();
  const get = async (week: string) => {
    const row = await db
      .selectFrom('weekly_summaries')
      .selectAll()
      .where('week', '=', week)
      .executeTakeFirst();
    return row ? recordOf(row) : undefined;
  };
  return {
    async claim(week, now, leaseUntil) {
      const inserted = await db
        .insertInto('weekly_summaries')
        .values({
          week,
          state: 'sending',
          post_started: 0,
          attempts: 0,
          lease_until: leaseUntil,
          sent_at: null,
          conversation_id: null,
          activity_id: null,
          last_error: null,
        })
        .onConflict((conflict) => conflict.column('week').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1)
        return { week, isPostStarted: false, attempts: 0 };
      // One conditional update: of two instances only one finds the lease run out.
      const updated = await db
        .updateTable('weekly_summaries')
        .set({ lease_until: leaseUntil })
        .where('week', '=', week)
        .where('state', '=', 'sending')
        .where('lease_until', '<=', now)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return undefined;
      const record = await get(week);
      return record && { week, isPostStarted: record.isPostStarted, attempts: record.attempts };
    },
    async markPostStarted(week) {
      await db
        .updateTable('weekly_summaries')
        .set({ post_started: 1 })
        .where('week', '=', week)
        .execute();
    },
    async complete(week, message, at) {
      await db
        .updateTable('weekly_summaries')
        .set({
          state: 'sent',
          sent_at: at,
          conversation_id: message.conversationId,
          activity_id: message.activityId,
        })
        .where('week', '=', week)
        .execute();
    },
    async release(week, retryAt, error) {
      await db
        .updateTable('weekly_summaries')
        .set((eb) => ({
          lease_until: retryAt,
          attempts: eb('attempts', '+', 1),
          last_error: error,
        }))
        .where('week', '=', week)
        .execute();
    },
    get,
  };
}

export function createMemoryWeeklySummaryStore(): WeeklySummaryStore {
  const rows = new Map<string, WeeklySummaryRecord & { leaseUntil: string }>();
  const copy = ({ leaseUntil: _lease, ...record }: WeeklySummaryRecord & { leaseUntil: string }) =>
    structuredClone(record);
  return {
    claim(week, now, leaseUntil) {
      const row = rows.get(week);
      if (!row) {
        rows.set(week, { week, state: 'sending', isPostStarted: false, attempts: 0, leaseUntil });
        return Promise.resolve({ week, isPostStarted: false, attempts: 0 });
      }
      if (row.state === 'sent' || row.leaseUntil > now) return Promise.resolve(undefined);
      row.leaseUntil = leaseUntil;
      return Promise.resolve({ week, isPostStarted: row.isPostStarted, attempts: row.attempts });
    },
    markPostStarted(week) {
      const row = rows.get(week);
      if (row) row.isPostStarted = true;
      return Promise.resolve();
    },
    complete(week, message) {
      const row = rows.get(week);
      if (row) Object.assign(row, { state: 'sent', message: { ...message } });
      return Promise.resolve();
    },
    release(week, retryAt) {
      const row = rows.get(week);
      if (row) Object.assign(row, { leaseUntil: retryAt, attempts: row.attempts + 1 });
      return Promise.resolve();
    },
    get(week) {
      const row = rows.get(week);
      return Promise.resolve(row && copy(row));
    },
  };
}
