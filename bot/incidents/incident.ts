// An incident in the register: the report plus what the ICT domain decided and did.
import type { IncidentStatus } from '../../shared/incidents/incident-status';
import type { IncidentReport, Person } from './report';

/** Where the incident's card lives in the ICT channel, once posted. */
export interface ChannelMessageRef {
  conversationId: string;
  activityId: string;
}

export interface Incident extends IncidentReport {
  id: string;
  /** DL-YYYY-NNNN. */
  number: string;
  /** Bumped on every change; the store refuses an update from a stale copy. */
  version: number;
  status: IncidentStatus;
  reporter: Person;
  reportedAt: string;
  /** The AP deadline: 72 hours after discovery (GDPR art. 33(1)). */
  deadline: string;
  assignee?: Person;
  apNotification?: {
    reference: string;
    notifiedAt: string;
    /** Why the AP was notified after the 72-hour deadline (GDPR art. 33(1) asks for it). */
    lateReason?: string;
  };
  notNotifiableReason?: string;
  subjectsDecision?: { informed: boolean; explanation: string };
  closingMeasures?: string;
  closedAt?: string;
  anonymisedAt?: string;
  channelMessage?: ChannelMessageRef;
  /** Other authorities (from the config) that ICT recorded as informed, oldest first. */
  authoritiesInformed?: AuthorityInformed[];
}

interface AuthorityInformed {
  /** The configured authority's id, e.g. "inspectie". */
  authorityId: string;
  informedAt: string;
  by: Person;
}

/** An AP decision has been recorded: reminders stop. */
export function hasApDecision(incident: Incident): boolean {
  return incident.status !== 'new' && incident.status !== 'in-progress';
}
