// What the outbox holds: an intent to post or update something in Teams, kept in the register so
// a failing Bot Connector or a restart loses nothing. Cards are drawn when sent, from the
// incident's state at that moment, so a late update never shows an old state.
import type { AuditAction } from './audit';
import type { EscalationKind } from './escalation';
import type { IncidentStatus } from '../../shared/incidents/incident-status';
import type { ReminderKind } from './reminders';

type OutboxIntent =
  /** Start the incident's thread in the ICT channel with its card. */
  | { kind: 'create-thread' }
  /** Redraw the incident's card for everyone. */
  | { kind: 'update-card' }
  /** A line in the thread about a step (who did what) or a reminder. */
  | { kind: 'thread-step'; step: AuditAction; actorName: string }
  | { kind: 'thread-reminder'; reminder: ReminderKind }
  /** An escalation line in the thread (issue 18). */
  | { kind: 'thread-escalation'; escalation: EscalationKind }
  /** An escalation as a personal message, with the card, to one configured person. */
  | { kind: 'notify-person'; userId: string; escalation: EscalationKind }
  /** Tell the reporter, in their 1:1 chat, that the status changed. */
  | { kind: 'notify-reporter'; status: IncidentStatus };

export interface OutboxDraft {
  incidentId: string;
  intent: OutboxIntent;
}

export type OutboxState = 'pending' | 'done' | 'failed';

export interface OutboxMessage extends OutboxDraft {
  id: string;
  state: OutboxState;
  /** Failed deliveries so far. */
  attempts: number;
  /** Not before this time; while a sender holds the message, the end of its lease. */
  nextAttemptAt: string;
  createdAt: string;
  /** A code, never message text (logs and the register hold no report content). */
  lastError?: string;
}
