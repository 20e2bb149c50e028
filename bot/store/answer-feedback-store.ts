// "Was dit nuttig?" counts (issue 17): the port, and its SQL implementation on the register's
// database. One row per knowledge entry and month with two numbers; never who answered, never text.
// Only ids of entries the knowledge base has reach the store, so the rows stay bounded.
import type { Kysely } from 'kysely';
import type { RegisterDatabase } from './schema';

export interface EntryFeedback {
  month: string;
  entryId: string;
  useful: number;
  notUseful: number;
}

export interface AnswerFeedbackStore {
  /** Adds one "useful" or "not useful" for the entry in the month (YYYY-MM). */
  record(month: string, entryId: string, useful: boolean): Promise<void>;
  /** The counts of months `from` to `to` (inclusive), by month and entry id. */
  list(from: string, to: string): Promise<EntryFeedback[]>;
  /** Deletes the counts of every month before `month` (retention). */
  pruneBefore(month: string): Promise<void>;
}

interface AnswerFeedbackTable {
  month: string;
  entry_id: string;
  useful_count: number;
  not_useful_count: number;
}

export function createSqlAnswerFeedbackStore(
  register: Kysely<RegisterDatabase>,
): AnswerFeedbackStore {
  const db = register.withTables<{ answer_feedback: AnswerFeedbackTable }>();
  return {
    async record(month, entryId, useful) {
      await db
        .insertInto('answer_feedback')
        .values({
          month,
          entry_id: entryId,
          useful_count: useful ? 1 : 0,
          not_useful_count: useful ? 0 : 1,
        })
        .onConflict((oc) =>
          oc
            .columns(['month', 'entry_id'])
            .doUpdateSet((eb) =>
              useful
                ? { useful_count: eb('answer_feedback.useful_count', '+', 1) }
                : { not_useful_count: eb('answer_feedback.not_useful_count', '+', 1) },
            ),
        )
        .execute();
    },

    async list(from, to) {
      const rows = await db
        .selectFrom('answer_feedback')
        .selectAll()
        .where('month', '>=', from)
        .where('month', '<=', to)
        .orderBy('month')
        .orderBy('entry_id')
        .execute();
      return rows.map((row) => ({
        month: row.month,
        entryId: row.entry_id,
        useful: Number(row.useful_count),
        notUseful: Number(row.not_useful_count),
      }));
    },

    async pruneBefore(month) {
      await db.deleteFrom('answer_feedback').where('month', '<', month).execute();
    },
  };
}
