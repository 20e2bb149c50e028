// Issue 17: the privacy officer's rule mutes per school, one row per change (a rule lowered to a
// notice for a school, or restored), so the current mutes and their audit trail are one table:
// who, when, which rule, which school and why. No teacher, mail or count is in a row.
import type { Kysely, Migration } from 'kysely';
import type { Engine } from './migrations';

export function ruleMuteMigration(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rule_mute_changes')
        .addColumn('seq', engine === 'postgres' ? 'serial' : 'integer', (col) =>
          engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('school', 'text', (col) => col.notNull())
        .addColumn('rule', 'text', (col) => col.notNull())
        // 'mute' (lowered to a notice) or 'restore' (back to the configured verdict).
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        // The privacy officer who made the change (the audit's "who").
        .addColumn('actor_id', 'text', (col) => col.notNull())
        .addColumn('actor_name', 'text', (col) => col.notNull())
        // Why, scrubbed of names, numbers and addresses before it is stored.
        .addColumn('reason', 'text', (col) => col.notNull())
        .execute();
    },
  };
}
