// The register's tables as Kysely sees them. Times are UTC ISO-8601 text in both engines, so they
// compare as text and read back unchanged; the incident itself is JSON beside the columns queried.
import type { Generated } from 'kysely';

export interface IncidentsTable {
  id: string;
  number: string;
  year: number;
  sequence: number;
  submission_id: string;
  status: string;
  version: number;
  reported_at: string;
  closed_at: string | null;
  reporter_id: string;
  /** The Incident as JSON, without its version and channel message (columns of their own). */
  data: string;
  channel_conversation_id: string | null;
  channel_activity_id: string | null;
}

interface IncidentSequencesTable {
  year: number;
  last_value: number;
}

interface AuditEntriesTable {
  seq: Generated<number>;
  incident_id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  detail: string;
}

interface SettingsTable {
  key: string;
  value: string;
}

interface ConversationReferencesTable {
  user_id: string;
  reference: string;
  updated_at: string;
}

interface ReminderClaimsTable {
  incident_id: string;
  kind: string;
  claimed_at: string;
}

export interface OutboxTable {
  seq: Generated<number>;
  incident_id: string;
  intent: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  last_error: string | null;
}

/** Every breach decision, oldest first; the latest counts (GDPR art. 33(5) keeps the reasoning). */
export interface BreachDecisionsTable {
  seq: Generated<number>;
  incident_id: string;
  decided_at: string;
  decider_id: string;
  decider_name: string;
  level: string;
  score: number;
  /** 0 or 1 in both engines. */
  suggested_notify_ap: number;
  suggested_inform_subjects: number;
  notify_ap: number;
  inform_subjects: number;
  notify_ap_reason: string | null;
  inform_subjects_reason: string | null;
  /** The assessment's answers and where each came from, as JSON. */
  answers: string;
}

export interface RegisterDatabase {
  incidents: IncidentsTable;
  incident_sequences: IncidentSequencesTable;
  audit_entries: AuditEntriesTable;
  settings: SettingsTable;
  conversation_references: ConversationReferencesTable;
  reminder_claims: ReminderClaimsTable;
  outbox: OutboxTable;
  breach_decisions: BreachDecisionsTable;
}
