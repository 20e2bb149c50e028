// Escalation when a breach is not being handled in time, on top of the thread reminders: nobody took
// it on some hours after the report, no AP decision a day before the 72-hour deadline, or the
// deadline passed. Each goes to the channel and as a personal message to the privacy officer (and,
// from the second step, a board contact). Each fires once: the store claims it. Pure: no I/O.
import { hasApDecision, type Incident } from './incident';
import type { Label } from './labels';

/** In the order they fire; stored as reminder claims, so each happens once. */
export type EscalationKind = 'escalate-unassigned' | 'escalate-no-decision' | 'escalate-overdue';

export interface EscalationPolicy {
  /** No assignee this many hours after the report: escalate. */
  unassignedAfterHours: number;
  /** No AP decision this many hours before the deadline: escalate. */
  decisionHoursBeforeDeadline: number;
  /** Entra object ids of the privacy officer(s): a personal message at every step. */
  privacyOfficerUserIds: readonly string[];
  /** Entra object ids of board contacts: a personal message once the deadline is close. */
  boardUserIds: readonly string[];
}

/** The defaults; who gets a personal message is configuration only. */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  unassignedAfterHours: 12,
  decisionHoursBeforeDeadline: 24,
  privacyOfficerUserIds: [],
  boardUserIds: [],
};

const HOUR_MS = 3_600_000;

/**
 * Every escalation whose time has come, in order. Whether it was already sent is the store's
 * claim; a late report may have several due at once, and each still fires (once).
 * @example dueEscalations(newIncident, thirteenHoursLater, DEFAULT_ESCALATION_POLICY) // ['escalate-unassigned']
 */
export function dueEscalations(
  incident: Incident,
  now: Date,
  policy: EscalationPolicy,
): EscalationKind[] {
  if (hasApDecision(incident)) return [];
  const due: EscalationKind[] = [];
  const at = now.getTime();
  const deadline = Date.parse(incident.deadline);
  if (
    incident.assignee === undefined &&
    at >= Date.parse(incident.reportedAt) + policy.unassignedAfterHours * HOUR_MS
  )
    due.push('escalate-unassigned');
  if (at >= deadline - policy.decisionHoursBeforeDeadline * HOUR_MS)
    due.push('escalate-no-decision');
  if (at >= deadline) due.push('escalate-overdue');
  return due;
}

/** Who gets a personal message for this step. */
export function escalationRecipients(kind: EscalationKind, policy: EscalationPolicy): string[] {
  const people =
    kind === 'escalate-unassigned'
      ? [...policy.privacyOfficerUserIds]
      : [...policy.privacyOfficerUserIds, ...policy.boardUserIds];
  return [...new Set(people)];
}

/** The escalation's words, for the channel thread and the personal message alike. */
export function escalationText(
  incidentNumber: string,
  kind: EscalationKind,
  deadline: Label,
  reportedAt: Label,
): Label {
  switch (kind) {
    case 'escalate-unassigned':
      return {
        nl: `Escalatie ${incidentNumber}: niemand heeft dit datalek opgepakt sinds de melding (${reportedAt.nl}). De AP-deadline is ${deadline.nl}.`,
        en: `Escalation ${incidentNumber}: nobody has taken this breach on since it was reported (${reportedAt.en}). The AP deadline is ${deadline.en}.`,
      };
    case 'escalate-no-decision':
      return {
        nl: `Escalatie ${incidentNumber}: de AP-deadline (${deadline.nl}) komt dichtbij en er is nog geen besluit over melden bij de AP.`,
        en: `Escalation ${incidentNumber}: the AP deadline (${deadline.en}) is close and there is no decision on notifying the AP yet.`,
      };
    case 'escalate-overdue':
      return {
        nl: `Escalatie ${incidentNumber}: de AP-deadline (${deadline.nl}) is verstreken zonder besluit. Meld alsnog zo snel mogelijk en leg de reden van de vertraging vast (AVG art. 33 lid 1).`,
        en: `Escalation ${incidentNumber}: the AP deadline (${deadline.en}) has passed without a decision. Notify as soon as possible and record the reason for the delay (GDPR art. 33(1)).`,
      };
  }
}
