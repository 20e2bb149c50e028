// Issue 17: what the bot could not answer and how its answers were rated, counted per month. Two
// tables: scrubbed question groups with their counts, and "Was dit nuttig?" counts per entry. No
// user, conversation, time finer than the month, or raw text has a column.
import type { Kysely, Migration } from 'kysely';
import type { Engine } from './migrations';

export function unansweredMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('unanswered_questions')
        .addColumn('seq', engine === 'postgres' ? 'serial' : 'integer', (col) =>
          engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('month', 'text', (col) => col.notNull())
        // '' when the school is not known.
        .addColumn('school', 'text', (col) => col.notNull())
        // The group's first question, scrubbed (shared/insight/scrub-question.ts).
        .addColumn('question', 'text', (col) => col.notNull())
        // Its content words' stems, space-separated, to match the next questions against.
        .addColumn('terms', 'text', (col) => col.notNull())
        .addColumn('declined_count', 'integer', (col) => col.notNull())
        .addColumn('not_helpful_count', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('unanswered_questions_month')
        .on('unanswered_questions')
        .columns(['month', 'school'])
        .execute();
      await db.schema
        .createTable('answer_feedback')
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('entry_id', 'text', (col) => col.notNull())
        .addColumn('useful_count', 'integer', (col) => col.notNull())
        .addColumn('not_useful_count', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('answer_feedback_pk', ['month', 'entry_id'])
        .execute();
    },
  };
}
