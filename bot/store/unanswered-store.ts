// Questions the bot could not answer (issue 17): the port, and its SQL implementation on the
// register's database. A row is one group of similar questions in one month and school: the
// group's first question as scrubbed text, its stems, and two counts. Nothing else is kept — the
// raw question never reaches the store, and no row says who asked or when within the month.
import type { Generated, Kysely } from 'kysely';
import { closestGroup } from '../insight/question-groups';
import type { RegisterDatabase } from './schema';

/** The bot declined (nothing above the threshold, or out of scope), or the answer did not help. */
export type UnansweredReason = 'declined' | 'not-helpful';

/** A group can only grow so large a month: past this many groups a new question is not kept. */
export const MAX_GROUPS_PER_MONTH = 500;

export interface UnansweredQuestion {
  /** YYYY-MM, Amsterdam. */
  month: string;
  /** "onbekend" when not known ('' in rows kept before schools were looked up). */
  school: string;
  /** Scrubbed text (shared/insight/scrub-question.ts), never the raw question. */
  question: string;
  /** questionTerms(question): what the grouping compares. */
  terms: readonly string[];
  reason: UnansweredReason;
}

export interface UnansweredGroup {
  month: string;
  school: string;
  question: string;
  terms: string[];
  declined: number;
  notHelpful: number;
}

/** Counted into an existing group, a new group, or not kept because the month is full. */
export type RecordOutcome = 'counted' | 'new' | 'full';

export interface UnansweredStore {
  /** Counts the question into the closest group of its month and school, or starts one. */
  record(question: UnansweredQuestion): Promise<RecordOutcome>;
  /** Every group of months `from` to `to` (YYYY-MM, inclusive), oldest first. */
  listGroups(from: string, to: string): Promise<UnansweredGroup[]>;
  /** Deletes the groups of every month before `month` (retention). */
  pruneBefore(month: string): Promise<void>;
}

interface UnansweredQuestionsTable {
  seq: Generated<number>;
  month: string;
  school: string;
  question: string;
  terms: string;
  declined_count: number;
  not_helpful_count: number;
}

type UnansweredTables = {
  unanswered_questions: UnansweredQuestionsTable;
};

export function createSqlUnansweredStore(register: Kysely<RegisterDatabase>): UnansweredStore {
  const db = register.withTables<UnansweredTables>();
  return {
    record(question) {
      return db.transaction().execute(async (trx): Promise<RecordOutcome> => {
        const rows = await trx
          .selectFrom('unanswered_questions')
          .select(['seq', 'terms'])
          .where('month', '=', question.month)
          .where('school', '=', question.school)
          .orderBy('seq')
          .execute();
        const group = closestGroup(
          question.terms,
          rows.map((row) => ({ seq: row.seq, terms: termsOf(row.terms) })),
        );
        if (group) {
          await trx
            .updateTable('unanswered_questions')
            .set((eb) =>
              question.reason === 'declined'
                ? { declined_count: eb('declined_count', '+', 1) }
                : { not_helpful_count: eb('not_helpful_count', '+', 1) },
            )
            .where('seq', '=', group.seq)
            .execute();
          return 'counted';
        }
        if (rows.length >= MAX_GROUPS_PER_MONTH) return 'full';
        await trx
          .insertInto('unanswered_questions')
          .values({
            month: question.month,
            school: question.school,
            question: question.question,
            terms: question.terms.join(' '),
            declined_count: question.reason === 'declined' ? 1 : 0,
            not_helpful_count: question.reason === 'not-helpful' ? 1 : 0,
          })
          .execute();
        return 'new';
      });
    },

    async listGroups(from, to) {
      const rows = await db
        .selectFrom('unanswered_questions')
        .selectAll()
        .where('month', '>=', from)
        .where('month', '<=', to)
        .orderBy('month')
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({
        month: row.month,
        school: row.school,
        question: row.question,
        terms: termsOf(row.terms),
        declined: Number(row.declined_count),
        notHelpful: Number(row.not_helpful_count),
      }));
    },

    async pruneBefore(month) {
      await db.deleteFrom('unanswered_questions').where('month', '<', month).execute();
    },
  };
}

function termsOf(column: string): string[] {
  return column === '' ? [] : column.split(' ');
}
