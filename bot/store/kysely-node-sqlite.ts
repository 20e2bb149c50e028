// Kysely's SqliteDialect speaks to a database with better-sqlite3's shape (SqliteDatabase in
// kysely); this gives it that shape over a node:sqlite DatabaseSync. The two differ in two ways:
// better-sqlite3 takes the parameters as one array and node:sqlite as separate arguments, and a
// better-sqlite3 statement says whether it returns rows (`reader`), which node:sqlite tells through
// the statement's result columns (StatementSync.columns(), Node 22.16 and later).
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

/** @example new SqliteDialect({ database: kyselySqliteDatabase(new DatabaseSync(file)) }) */
export function kyselySqliteDatabase(database: DatabaseSync): SqliteDatabase {
  return {
    prepare: (sql) => kyselyStatement(database.prepare(sql)),
    close: () => database.close(),
  };
}

function kyselyStatement(statement: StatementSync): SqliteStatement {
  // Kysely only passes values it can bind (strings, numbers, bigints, null, byte arrays).
  const values = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
  return {
    // SELECT, PRAGMA and any statement with RETURNING have result columns; INSERT, UPDATE,
    // DELETE and DDL without RETURNING have none and report their changes through run().
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...values(parameters)),
    run: (parameters) => statement.run(...values(parameters)),
    iterate: (parameters) => statement.iterate(...values(parameters)),
  };
}
