// The rule mutes per school (issue 17): the port, its SQL implementation on the register's
// database, and an in-memory twin. Changes are only ever added; the current mutes are the latest
// change per school and rule (bot/insight/rule-mutes.ts), so every mute and restore stays audited.
import type { Generated, Kysely } from 'kysely';
import type { RuleId } from '../../shared/scan/types';
import type { RegisterDatabase } from './schema';

type RuleMuteKind = 'mute' | 'restore';

export interface RuleMuteChange {
  school: string;
  rule: RuleId;
  kind: RuleMuteKind;
  /** ISO instant. */
  at: string;
  actor: { id: string; name: string };
  /** Scrubbed (shared/insight/scrub-question.ts) before it reaches the store. */
  reason: string;
}

export interface RuleMuteStore {
  record(change: RuleMuteChange): Promise<void>;
  /** Every change, oldest first. */
  history(): Promise<RuleMuteChange[]>;
}

interface RuleMuteChangesTable {
  seq: Generated<number>;
  school: string;
  rule: string;
  kind: string;
  at: string;
  actor_id: string;
  actor_name: string;
  reason: string;
}

type RuleMuteTables = { rule_mute_changes: RuleMuteChangesTable };

export function createSqlRuleMuteStore(register: Kysely<RegisterDatabase>): RuleMuteStore {
  const db = register.withTables<RuleMuteTables>();
  return {
    async record(change) {
      await db
        .insertInto('rule_mute_changes')
        .values({
          school: change.school,
          rule: change.rule,
          kind: change.kind,
          at: change.at,
          actor_id: change.actor.id,
          actor_name: change.actor.name,
          reason: change.reason,
        })
        .execute();
    },
    async history() {
      const rows = await db.selectFrom('rule_mute_changes').selectAll().orderBy('seq').execute();
      return rows.map((row) => ({
        school: row.school,
        rule: row.rule as RuleId,
        kind: row.kind as RuleMuteKind,
        at: row.at,
        actor: { id: row.actor_id, name: row.actor_name },
        reason: row.reason,
      }));
    },
  };
}

export function createMemoryRuleMuteStore(): RuleMuteStore {
  const changes: RuleMuteChange[] = [];
  return {
    record(change) {
      changes.push(structuredClone(change));
      return Promise.resolve();
    },
    history: () => Promise.resolve(changes.map((change) => structuredClone(change))),
  };
}
