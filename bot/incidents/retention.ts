// Retention: a configured period after closing, the incident's free text is replaced, so the
// register keeps the facts GDPR art. 33(5) asks for without the stories (policy Bijlage 2, art. 9:
// kept no longer than needed).
import type { AuditEntry } from './audit';
import type { Incident } from './incident';
import type { Person } from './report';

export const ANONYMISED = '[geanonimiseerd]';

export function isDueForAnonymisation(
  incident: Incident,
  now: Date,
  retentionDays: number,
): boolean {
  if (incident.anonymisedAt !== undefined || incident.closedAt === undefined) return false;
  return Date.parse(incident.closedAt) + retentionDays * 86_400_000 <= now.getTime();
}

/** The incident without its free text, and the audit entry that says so. */
export function anonymiseIncident(
  incident: Incident,
  now: Date,
  actor: Person,
): { incident: Incident; audit: AuditEntry } {
  const at = now.toISOString();
  const next: Incident = {
    ...incident,
    version: incident.version + 1,
    description: ANONYMISED,
    measuresTaken: incident.measuresTaken === '' ? '' : ANONYMISED,
    anonymisedAt: at,
  };
  if (incident.kindOther !== undefined) next.kindOther = ANONYMISED;
  if (incident.notNotifiableReason !== undefined) next.notNotifiableReason = ANONYMISED;
  if (incident.closingMeasures !== undefined) next.closingMeasures = ANONYMISED;
  if (incident.apNotification?.lateReason !== undefined)
    next.apNotification = { ...incident.apNotification, lateReason: ANONYMISED };
  if (incident.subjectsDecision)
    next.subjectsDecision = { ...incident.subjectsDecision, explanation: ANONYMISED };
  return {
    incident: next,
    audit: { incidentId: incident.id, at, actor, action: 'anonymised', detail: {} },
  };
}
