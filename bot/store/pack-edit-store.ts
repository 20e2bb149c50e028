// The policy pack's edit history (issue 19): the port, its SQL implementation on the register's
// database, and an in-memory twin for tests. One row per edit, add or retirement of an entry.
import type { Generated, Kysely } from 'kysely';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import type { RegisterDatabase } from './schema';

type PackEditKind = 'edit' | 'add' | 'retire';

export interface PackEdit {
  entryId: string;
  kind: PackEditKind;
  /** ISO instant. */
  at: string;
  actor: { id: string; name: string };
  /** Absent for an added entry. */
  before?: KnowledgeEntry;
  /** Absent for a retired entry. */
  after?: KnowledgeEntry;
}

export interface PackEditStore {
  record(edit: PackEdit): Promise<void>;
  /** The edits of one entry, or of all entries, newest first. */
  history(entryId?: string): Promise<PackEdit[]>;
}

interface PackEditsTable {
  seq: Generated<number>;
  entry_id: string;
  kind: string;
  at: string;
  actor_id: string;
  actor_name: string;
  before: string;
  after: string;
}

type PackEditTables = { pack_edits: PackEditsTable };

export function createSqlPackEditStore(register: Kysely<RegisterDatabase>): PackEditStore {
  const db = register.withTables<PackEditTables>();
  return {
    async record(edit) {
      await db
        .insertInto('pack_edits')
        .values({
          entry_id: edit.entryId,
          kind: edit.kind,
          at: edit.at,
          actor_id: edit.actor.id,
          actor_name: edit.actor.name,
          before: edit.before ? JSON.stringify(edit.before) : '',
          after: edit.after ? JSON.stringify(edit.after) : '',
        })
        .execute();
    },
    async history(entryId) {
      let query = db.selectFrom('pack_edits').selectAll();
      if (entryId !== undefined) query = query.where('entry_id', '=', entryId);
      const rows = await query.orderBy('seq', 'desc').execute();
      return rows.map((row) => ({
        entryId: row.entry_id,
        kind: row.kind as PackEditKind,
        at: row.at,
        actor: { id: row.actor_id, name: row.actor_name },
        ...(row.before ? { before: JSON.parse(row.before) as KnowledgeEntry } : {}),
        ...(row.after ? { after: JSON.parse(row.after) as KnowledgeEntry } : {}),
      }));
    },
  };
}

export function createMemoryPackEditStore(): PackEditStore {
  const edits: PackEdit[] = [];
  return {
    record(edit) {
      edits.push(structuredClone(edit));
      return Promise.resolve();
    },
    history(entryId) {
      return Promise.resolve(
        edits
          .filter((edit) => entryId === undefined || edit.entryId === entryId)
          .reverse()
          .map((edit) => structuredClone(edit)),
      );
    },
  };
}
