// Issue 19: the history of the policy pack's edits in the tab — who changed which entry, when, and
// the entry before and after (as JSON), so the privacy officer can see what changed. The pack folder
// stays the source of truth; this table is the trail.
import type { Kysely, Migration } from 'kysely';
import type { Engine } from './migrations';

export function packEditMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pack_edits')
        .addColumn('seq', engine === 'postgres' ? 'serial' : 'integer', (col) =>
          engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('entry_id', 'text', (col) => col.notNull())
        // 'edit', 'add' or 'retire'.
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('actor_id', 'text', (col) => col.notNull())
        .addColumn('actor_name', 'text', (col) => col.notNull())
        // The entry as JSON before the edit ('' for an added entry) and after ('' when retired).
        .addColumn('before', 'text', (col) => col.notNull())
        .addColumn('after', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('pack_edits_entry').on('pack_edits').column('entry_id').execute();
    },
  };
}
