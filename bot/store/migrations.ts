// Schema migrations, run at start-up by Kysely's Migrator (which locks, so several instances may
// start at once). Only the auto-numbered columns differ between SQLite and PostgreSQL.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { insightMigration } from './insight-migration';
import { packEditMigration } from './pack-edit-migration';
import { unansweredMigration } from './unanswered-migration';
import { weeklySummaryMigration } from './weekly-summary-migration';
import { ruleMuteMigration } from './rule-mute-migration';

export type Engine = 'sqlite' | 'postgres';

function initial(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('number', 'text', (col) => col.notNull().unique())
        .addColumn('year', 'integer', (col) => col.notNull())
        .addColumn('sequence', 'integer', (col) => col.notNull())
        .addColumn('submission_id', 'text', (col) => col.notNull().unique())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('reported_at', 'text', (col) => col.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('reporter_id', 'text', (col) => col.notNull())
        .addColumn('data', 'text', (col) => col.notNull())
        .addColumn('channel_conversation_id', 'text')
        .addColumn('channel_activity_id', 'text')
        .execute();
      await db.schema
        .createIndex('incidents_reported_at')
        .on('incidents')
        .column('reported_at')
        .execute();
      await db.schema
        .createTable('incident_sequences')
        .addColumn('year', 'integer', (col) => col.primaryKey())
        .addColumn('last_value', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('audit_entries')
        .addColumn('seq', engine === 'postgres' ? 'serial' : 'integer', (col) =>
          engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('actor_id', 'text', (col) => col.notNull())
        .addColumn('actor_name', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('detail', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('audit_entries_incident')
        .on('audit_entries')
        .column('incident_id')
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (col) => col.primaryKey())
        .addColumn('value', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('conversation_references')
        .addColumn('user_id', 'text', (col) => col.primaryKey())
        .addColumn('reference', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('reminder_claims')
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('claimed_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('reminder_claims_pk', ['incident_id', 'kind'])
        .execute();
      await db.schema
        .createTable('outbox')
        .addColumn('seq', engine === 'postgres' ? 'serial' : 'integer', (col) =>
          engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('intent', 'text', (col) => col.notNull())
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('attempts', 'integer', (col) => col.notNull())
        .addColumn('next_attempt_at', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('last_error', 'text')
        .execute();
      await db.schema
        .createIndex('outbox_due')
        .on('outbox')
        .columns(['state', 'next_attempt_at'])
        .execute();
    },
  };
}

/** Issue 18: the privacy officer's assessment and decisions, one row per decision. */
function breachDecisions(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('breach_decisions')
        .addColumn('seq', engine === 'postgres' ? 'serial' : 'integer', (col) =>
          engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
        )
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('decided_at', 'text', (col) => col.notNull())
        .addColumn('decider_id', 'text', (col) => col.notNull())
        .addColumn('decider_name', 'text', (col) => col.notNull())
        .addColumn('level', 'text', (col) => col.notNull())
        .addColumn('score', 'real', (col) => col.notNull())
        .addColumn('suggested_notify_ap', 'integer', (col) => col.notNull())
        .addColumn('suggested_inform_subjects', 'integer', (col) => col.notNull())
        .addColumn('notify_ap', 'integer', (col) => col.notNull())
        .addColumn('inform_subjects', 'integer', (col) => col.notNull())
        .addColumn('notify_ap_reason', 'text')
        .addColumn('inform_subjects_reason', 'text')
        .addColumn('answers', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('breach_decisions_incident')
        .on('breach_decisions')
        .column('incident_id')
        .execute();
    },
  };
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '2026-11-29-001-register': initial(engine),
        '2026-12-04-001-breach-decisions': breachDecisions(engine),
        '2026-12-04-002-insight': insightMigration(),
        '2026-12-04-003-pack-edits': packEditMigration(engine),
        '2026-12-04-006-unanswered-questions': unansweredMigration(engine),
        '2026-12-04-007-weekly-summaries': weeklySummaryMigration(),
        '2026-12-04-008-rule-mutes': ruleMuteMigration(engine),
      }),
  };
}
