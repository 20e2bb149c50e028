// Opens the register named by DATABASE_URL (SQLite file by default, PostgreSQL for several
// instances) and brings its schema up to date before anyone uses it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { Pool } from 'pg';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './database-url';
import { kyselySqliteDatabase } from './kysely-node-sqlite';
import { DatabaseSync } from './node-sqlite';
import type { IncidentStore } from './incident-store';
import { createSqlInsightStore, type InsightStore } from './insight-store';
import { createSqlAnswerFeedbackStore, type AnswerFeedbackStore } from './answer-feedback-store';
import { createSqlUnansweredStore, type UnansweredStore } from './unanswered-store';
import { migrationProvider } from './migrations';
import { createSqlPackEditStore, type PackEditStore } from './pack-edit-store';
import type { RegisterDatabase } from './schema';
import { createSqlStore } from './sql-store';
import { createSqlRuleMuteStore, type RuleMuteStore } from './rule-mute-store';
import { createSqlWeeklySummaryStore, type WeeklySummaryStore } from './weekly-summary-store';

export interface StoreOptions {
  /** DATABASE_URL; the default keeps the register in ./data/privacywacht.sqlite. */
  databaseUrl?: string;
}

/** The register, and beside it the insight counts on the same database (insight-store.ts). */
export type OpenedStore = IncidentStore & {
  insight: InsightStore;
  /** The bot's unanswered questions (scrubbed) and answer ratings (unanswered-store.ts). */
  unanswered: UnansweredStore;
  answerFeedback: AnswerFeedbackStore;
  /** The policy pack's edit history in the tab (pack-edit-store.ts). */
  packEdits: PackEditStore;
  /** The weekly summary card's posts, one per week (weekly-summary-store.ts). */
  weeklySummaries: WeeklySummaryStore;
  /** The privacy officer's rule mutes per school, with their audit trail (rule-mute-store.ts). */
  ruleMutes: RuleMuteStore;
};

/** @example const store = await openStore({ databaseUrl: process.env['DATABASE_URL'] }); */
export async function openStore(options: StoreOptions = {}): Promise<OpenedStore> {
  const target = parseDatabaseUrl(options.databaseUrl || DEFAULT_DATABASE_URL);
  let db: Kysely<RegisterDatabase>;
  if (target.engine === 'sqlite') {
    if (target.file !== ':memory:')
      mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    const database = new DatabaseSync(target.file);
    database.exec('PRAGMA journal_mode = WAL');
    database.exec('PRAGMA busy_timeout = 5000');
    database.exec('PRAGMA foreign_keys = ON');
    db = new Kysely<RegisterDatabase>({
      dialect: new SqliteDialect({ database: kyselySqliteDatabase(database) }),
    });
  } else {
    const pool = new Pool({ connectionString: target.connectionString, max: 10 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    db = new Kysely<RegisterDatabase>({ dialect: new PostgresDialect({ pool }) });
  }
  const migrator = new Migrator({ db, provider: migrationProvider(target.engine) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error('register migration failed');
  }
  return Object.assign(createSqlStore(db, target.engine), {
    insight: createSqlInsightStore(db),
    unanswered: createSqlUnansweredStore(db),
    answerFeedback: createSqlAnswerFeedbackStore(db),
    packEdits: createSqlPackEditStore(db),
    weeklySummaries: createSqlWeeklySummaryStore(db),
    ruleMutes: createSqlRuleMuteStore(db),
  });
}
