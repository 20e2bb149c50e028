// The audit trail: who did what to an incident, and when. No free text here: reasons and measures
// live on the incident, so anonymisation touches one place.
import type { Person } from './report';

export type AuditAction =
  | 'reported'
  | 'taken'
  | 'decided-notifiable'
  | 'decided-not-notifiable'
  | 'decided-subjects'
  /** The privacy officer's severity assessment and decisions (a BreachDecision row). */
  | 'decided-breach'
  /** ICT recorded that another authority (from the config) was informed. */
  | 'informed-authority'
  /** An escalation fired (issue 18): by Privacywacht itself, once per step. */
  | 'escalated'
  | 'closed'
  | 'anonymised';

export interface AuditEntry {
  incidentId: string;
  at: string;
  actor: Person;
  action: AuditAction;
  /** Structured facts of the step, e.g. the AP reference; never free text. */
  detail: Record<string, string | boolean>;
}
