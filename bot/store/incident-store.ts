// The register's port: incidents, their audit trail, Teams references, reminder claims and the
// outbox. SQL (SQLite, PostgreSQL) and in-memory implementations behave the same.
import type { AuditEntry } from '../incidents/audit';
import type { BreachDecision } from '../incidents/breach-decision';
import type { ChannelMessageRef, Incident } from '../incidents/incident';
import type { OutboxDraft, OutboxMessage } from '../incidents/outbox-message';
import type { EscalationKind } from '../incidents/escalation';
import type { ReminderKind } from '../incidents/reminders';

/** Where incidents go: the ICT channel, from the configuration or registered in Teams. */
export interface ChannelRegistration {
  teamId: string;
  channelId: string;
  serviceUrl: string;
  tenantId: string;
  /** The Teams wiring's own conversation reference, stored as given. */
  conversationReference?: Record<string, unknown>;
}

/** A new incident without its number; the store allocates DL-YYYY-NNNN per Amsterdam year. */
export type IncidentDraft = Omit<Incident, 'number' | 'version'>;

export interface CreateResult {
  incident: Incident;
  /** False when the submission id was seen before: the earlier incident is returned. */
  created: boolean;
}

export interface IncidentStore {
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /**
   * Stores a new incident with its first audit entry and outbox messages in one transaction.
   * The same `submissionId` twice gives the first incident back.
   */
  createIncident(
    draft: IncidentDraft,
    submissionId: string,
    audit: AuditEntry,
    outbox: OutboxDraft[],
  ): Promise<CreateResult>;
  /**
   * Replaces an incident whose stored version is `next.version - 1`, appending the audit entry
   * and outbox messages in the same transaction; "conflict" when someone changed it meanwhile.
   */
  updateIncident(
    next: Incident,
    audit: AuditEntry,
    outbox: OutboxDraft[],
  ): Promise<'ok' | 'conflict'>;
  getIncident(id: string): Promise<Incident | undefined>;
  getIncidentByNumber(number: string): Promise<Incident | undefined>;
  /** Oldest first; `since` compares with the report time. */
  listIncidents(filter?: { since?: string; openOnly?: boolean }): Promise<Incident[]>;
  listAudit(incidentId: string): Promise<AuditEntry[]>;
  setChannelMessage(incidentId: string, ref: ChannelMessageRef): Promise<void>;

  /**
   * Appends a breach decision with its audit entry and outbox messages in one transaction; earlier
   * decisions stay (the register shows how the judgement changed).
   */
  recordBreachDecision(
    decision: BreachDecision,
    audit: AuditEntry,
    outbox: OutboxDraft[],
  ): Promise<void>;
  /** Oldest first; the last one is the decision that counts. */
  listBreachDecisions(incidentId: string): Promise<BreachDecision[]>;
  /** Replaces the free-text reasons of an incident's decisions (retention); safe to repeat. */
  anonymiseBreachDecisions(incidentId: string, replacement: string): Promise<void>;

  saveChannel(channel: ChannelRegistration): Promise<void>;
  getChannel(): Promise<ChannelRegistration | undefined>;
  saveConversationReference(userId: string, reference: Record<string, unknown>): Promise<void>;
  getConversationReference(userId: string): Promise<Record<string, unknown> | undefined>;

  /**
   * True for exactly one caller per incident and reminder (or escalation), however many instances
   * ask; the winner's outbox messages (and audit entry, for an escalation) are stored in the same
   * transaction.
   */
  claimReminder(
    incidentId: string,
    kind: ReminderKind | EscalationKind,
    now: string,
    outbox: OutboxDraft | OutboxDraft[],
    audit?: AuditEntry,
  ): Promise<boolean>;

  /**
   * Takes up to `limit` pending messages due at `now`, oldest first, and leases them until
   * `leaseUntil` so no other instance takes them meanwhile.
   */
  claimOutbox(now: string, leaseUntil: string, limit: number): Promise<OutboxMessage[]>;
  completeOutbox(id: string): Promise<void>;
  rescheduleOutbox(
    id: string,
    nextAttemptAt: string,
    attempts: number,
    error: string,
  ): Promise<void>;
  failOutbox(id: string, attempts: number, error: string): Promise<void>;
  /** Gives failed messages a new start at `now` (e.g. once the channel is registered again). */
  retryFailedOutbox(now: string): Promise<number>;
  listOutbox(incidentId?: string): Promise<OutboxMessage[]>;
}
