// The register on SQL through Kysely: the same typed queries for SQLite and PostgreSQL.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { amsterdamYear } from '../../shared/time/amsterdam-time';
import type { AuditEntry } from '../incidents/audit';
import type { BreachDecision } from '../incidents/breach-decision';
import type { ChannelMessageRef, Incident } from '../incidents/incident';
import { formatIncidentNumber } from '../incidents/incident-number';
import type { OutboxDraft, OutboxMessage, OutboxState } from '../incidents/outbox-message';
import type { ChannelRegistration, CreateResult, IncidentStore } from './incident-store';
import type { Engine } from './migrations';
import type { BreachDecisionsTable, IncidentsTable, OutboxTable, RegisterDatabase } from './schema';

const CHANNEL_KEY = 'ict-channel';
const OPEN_STATUSES = ['new', 'in-progress'];

type Db = Kysely<RegisterDatabase> | Transaction<RegisterDatabase>;

/** The one engine difference in queries: PostgreSQL instances skip rows another one is claiming. */
export function createSqlStore(db: Kysely<RegisterDatabase>, engine: Engine): IncidentStore {
  return {
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),

    async createIncident(draft, submissionId, audit, outbox) {
      try {
        return await db.transaction().execute(async (trx): Promise<CreateResult> => {
          const existing = await trx
            .selectFrom('incidents')
            .selectAll()
            .where('submission_id', '=', submissionId)
            .executeTakeFirst();
          if (existing) return { incident: toIncident(existing), created: false };
          const year = amsterdamYear(new Date(draft.reportedAt));
          await trx
            .insertInto('incident_sequences')
            .values({ year, last_value: 0 })
            .onConflict((oc) => oc.column('year').doNothing())
            .execute();
          const { last_value: sequence } = await trx
            .updateTable('incident_sequences')
            .set((eb) => ({ last_value: eb('last_value', '+', 1) }))
            .where('year', '=', year)
            .returning('last_value')
            .executeTakeFirstOrThrow();
          const incident: Incident = {
            ...draft,
            number: formatIncidentNumber(year, sequence),
            version: 1,
          };
          await trx
            .insertInto('incidents')
            .values({ ...incidentColumns(incident), year, sequence, submission_id: submissionId })
            .execute();
          await insertAudit(trx, audit);
          await insertOutbox(trx, outbox, draft.reportedAt);
          return { incident, created: true };
        });
      } catch (error) {
        // Two instances got the same submission at once: the other one's insert won.
        const winner = await db
          .selectFrom('incidents')
          .selectAll()
          .where('submission_id', '=', submissionId)
          .executeTakeFirst();
        if (winner) return { incident: toIncident(winner), created: false };
        throw error;
      }
    },

    async updateIncident(next, audit, outbox) {
      return db.transaction().execute(async (trx) => {
        const { channelMessage: _ignored, ...incident } = next;
        const result = await trx
          .updateTable('incidents')
          .set({
            status: incident.status,
            version: incident.version,
            closed_at: incident.closedAt ?? null,
            data: JSON.stringify({ ...incident, version: undefined }),
          })
          .where('id', '=', next.id)
          .where('version', '=', next.version - 1)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return 'conflict';
        await insertAudit(trx, audit);
        await insertOutbox(trx, outbox, audit.at);
        return 'ok';
      });
    },

    async getIncident(id) {
      const row = await db
        .selectFrom('incidents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toIncident(row) : undefined;
    },

    async getIncidentByNumber(number) {
      const row = await db
        .selectFrom('incidents')
        .selectAll()
        .where('number', '=', number)
        .executeTakeFirst();
      return row ? toIncident(row) : undefined;
    },

    async listIncidents(filter = {}) {
      let query = db.selectFrom('incidents').selectAll();
      if (filter.since) query = query.where('reported_at', '>=', filter.since);
      if (filter.openOnly) query = query.where('status', 'in', OPEN_STATUSES);
      const rows = await query.orderBy('reported_at').orderBy('number').execute();
      return rows.map(toIncident);
    },

    async listAudit(incidentId) {
      const rows = await db
        .selectFrom('audit_entries')
        .selectAll()
        .where('incident_id', '=', incidentId)
        .orderBy('seq')
        .execute();
      return rows.map((row): AuditEntry => ({
        incidentId: row.incident_id,
        at: row.at,
        actor: { id: row.actor_id, name: row.actor_name },
        action: row.action as AuditEntry['action'],
        detail: JSON.parse(row.detail) as AuditEntry['detail'],
      }));
    },

    async setChannelMessage(incidentId, ref: ChannelMessageRef) {
      await db
        .updateTable('incidents')
        .set({ channel_conversation_id: ref.conversationId, channel_activity_id: ref.activityId })
        .where('id', '=', incidentId)
        .execute();
    },

    async recordBreachDecision(decision, audit, outbox) {
      await db.transaction().execute(async (trx) => {
        // Said here as well as by the foreign key, so the error is the same on every engine.
        const incident = await trx
          .selectFrom('incidents')
          .select('id')
          .where('id', '=', decision.incidentId)
          .executeTakeFirst();
        if (!incident) throw new Error(`no incident ${decision.incidentId}`);
        await trx
          .insertInto('breach_decisions')
          .values({
            incident_id: decision.incidentId,
            decided_at: decision.decidedAt,
            decider_id: decision.decider.id,
            decider_name: decision.decider.name,
            level: decision.level,
            score: decision.score,
            suggested_notify_ap: decision.suggestion.notifyAp ? 1 : 0,
            suggested_inform_subjects: decision.suggestion.informSubjects ? 1 : 0,
            notify_ap: decision.notifyAp ? 1 : 0,
            inform_subjects: decision.informSubjects ? 1 : 0,
            notify_ap_reason: decision.notifyApReason ?? null,
            inform_subjects_reason: decision.informSubjectsReason ?? null,
            answers: JSON.stringify({ answers: decision.answers, sources: decision.sources }),
          })
          .execute();
        await insertAudit(trx, audit);
        await insertOutbox(trx, outbox, audit.at);
      });
    },

    async anonymiseBreachDecisions(incidentId, replacement) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('breach_decisions')
          .set({ notify_ap_reason: replacement })
          .where('incident_id', '=', incidentId)
          .where('notify_ap_reason', 'is not', null)
          .execute();
        await trx
          .updateTable('breach_decisions')
          .set({ inform_subjects_reason: replacement })
          .where('incident_id', '=', incidentId)
          .where('inform_subjects_reason', 'is not', null)
          .execute();
      });
    },

    async listBreachDecisions(incidentId) {
      const rows = await db
        .selectFrom('breach_decisions')
        .selectAll()
        .where('incident_id', '=', incidentId)
        .orderBy('seq')
        .execute();
      return rows.map(toBreachDecision);
    },

    async saveChannel(channel) {
      await upsertSetting(db, CHANNEL_KEY, JSON.stringify(channel));
    },

    async getChannel() {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', CHANNEL_KEY)
        .executeTakeFirst();
      return row ? (JSON.parse(row.value) as ChannelRegistration) : undefined;
    },

    async saveConversationReference(userId, reference) {
      const values = {
        user_id: userId,
        reference: JSON.stringify(reference),
        updated_at: new Date().toISOString(),
      };
      await db
        .insertInto('conversation_references')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ reference: values.reference, updated_at: values.updated_at }),
        )
        .execute();
    },

    async getConversationReference(userId) {
      const row = await db
        .selectFrom('conversation_references')
        .select('reference')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.reference) as Record<string, unknown>) : undefined;
    },

    async claimReminder(incidentId, kind, now, outbox, audit) {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .insertInto('reminder_claims')
          .values({ incident_id: incidentId, kind, claimed_at: now })
          .onConflict((oc) => oc.columns(['incident_id', 'kind']).doNothing())
          .returning('incident_id')
          .executeTakeFirst();
        if (!claimed) return false;
        await insertOutbox(trx, Array.isArray(outbox) ? outbox : [outbox], now);
        if (audit) await insertAudit(trx, audit);
        return true;
      });
    },

    async claimOutbox(now, leaseUntil, limit) {
      const rows = await db
        .updateTable('outbox')
        .set({ next_attempt_at: leaseUntil })
        .where('state', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where('seq', 'in', (eb) =>
          eb
            .selectFrom('outbox')
            .select('seq')
            .where('state', '=', 'pending')
            .where('next_attempt_at', '<=', now)
            .orderBy('seq')
            .limit(limit)
            .$if(engine === 'postgres', (query) => query.forUpdate().skipLocked()),
        )
        .returningAll()
        .execute();
      return rows.sort((a, b) => a.seq - b.seq).map(toOutboxMessage);
    },

    async completeOutbox(id) {
      await db.updateTable('outbox').set({ state: 'done' }).where('seq', '=', Number(id)).execute();
    },

    async rescheduleOutbox(id, nextAttemptAt, attempts, error) {
      await db
        .updateTable('outbox')
        .set({ next_attempt_at: nextAttemptAt, attempts, last_error: error })
        .where('seq', '=', Number(id))
        .execute();
    },

    async failOutbox(id, attempts, error) {
      await db
        .updateTable('outbox')
        .set({ state: 'failed', attempts, last_error: error })
        .where('seq', '=', Number(id))
        .execute();
    },

    async retryFailedOutbox(now) {
      const result = await db
        .updateTable('outbox')
        .set({ state: 'pending', attempts: 0, next_attempt_at: now })
        .where('state', '=', 'failed')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async listOutbox(incidentId) {
      let query = db.selectFrom('outbox').selectAll();
      if (incidentId) query = query.where('incident_id', '=', incidentId);
      const rows = await query.orderBy('seq').execute();
      return rows.map(toOutboxMessage);
    },
  };
}

function incidentColumns(incident: Incident) {
  const { channelMessage: _ignored, version, ...rest } = incident;
  return {
    id: incident.id,
    number: incident.number,
    status: incident.status,
    version,
    reported_at: incident.reportedAt,
    closed_at: incident.closedAt ?? null,
    reporter_id: incident.reporter.id,
    data: JSON.stringify(rest),
    channel_conversation_id: null,
    channel_activity_id: null,
  };
}

function toIncident(row: Selectable<IncidentsTable>): Incident {
  const incident = JSON.parse(row.data) as Incident;
  incident.version = row.version;
  if (row.channel_conversation_id && row.channel_activity_id)
    incident.channelMessage = {
      conversationId: row.channel_conversation_id,
      activityId: row.channel_activity_id,
    };
  return incident;
}

function toBreachDecision(row: Selectable<BreachDecisionsTable>): BreachDecision {
  const { answers, sources } = JSON.parse(row.answers) as Pick<
    BreachDecision,
    'answers' | 'sources'
  >;
  return {
    incidentId: row.incident_id,
    decidedAt: row.decided_at,
    decider: { id: row.decider_id, name: row.decider_name },
    answers,
    sources,
    score: Number(row.score),
    level: row.level as BreachDecision['level'],
    suggestion: {
      notifyAp: row.suggested_notify_ap === 1,
      informSubjects: row.suggested_inform_subjects === 1,
    },
    notifyAp: row.notify_ap === 1,
    informSubjects: row.inform_subjects === 1,
    ...(row.notify_ap_reason !== null ? { notifyApReason: row.notify_ap_reason } : {}),
    ...(row.inform_subjects_reason !== null
      ? { informSubjectsReason: row.inform_subjects_reason }
      : {}),
  };
}

function toOutboxMessage(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: String(row.seq),
    incidentId: row.incident_id,
    intent: JSON.parse(row.intent) as OutboxMessage['intent'],
    state: row.state as OutboxState,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    ...(row.last_error ? { lastError: row.last_error } : {}),
  };
}

async function insertAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_entries')
    .values({
      incident_id: entry.incidentId,
      at: entry.at,
      actor_id: entry.actor.id,
      actor_name: entry.actor.name,
      action: entry.action,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

async function insertOutbox(db: Db, drafts: OutboxDraft[], now: string): Promise<void> {
  if (drafts.length === 0) return;
  await db
    .insertInto('outbox')
    .values(
      drafts.map((draft) => ({
        incident_id: draft.incidentId,
        intent: JSON.stringify(draft.intent),
        state: 'pending',
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
        last_error: null,
      })),
    )
    .execute();
}

async function upsertSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
