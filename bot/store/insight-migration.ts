// Issue 17: the insight counts. Three tables: the counts per month, school and cell; while a month
// is open, which (hashed) senders a cell has seen; and the month's secret key for those hashes.
import type { Kysely, Migration } from 'kysely';

export function insightMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('insight_counts')
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('school', 'text', (col) => col.notNull())
        .addColumn('metric', 'text', (col) => col.notNull())
        .addColumn('rule', 'text', (col) => col.notNull())
        .addColumn('detail', 'text', (col) => col.notNull())
        .addColumn('count', 'integer', (col) => col.notNull())
        // Null while the month is open (counted from insight_senders), fixed when it closes.
        .addColumn('senders', 'integer')
        .addPrimaryKeyConstraint('insight_counts_pk', [
          'month',
          'school',
          'metric',
          'rule',
          'detail',
        ])
        .execute();
      await db.schema
        .createTable('insight_senders')
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('cell', 'text', (col) => col.notNull())
        .addColumn('sender', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('insight_senders_pk', ['month', 'cell', 'sender'])
        .execute();
      await db.schema
        .createTable('insight_salts')
        .addColumn('month', 'text', (col) => col.primaryKey())
        .addColumn('salt', 'text', (col) => col.notNull())
        .execute();
    },
  };
}
