// One row of "Mijn meldingen" or the register: status, deadline and time left already worded, so
// the tab only lays out. Free text stays out of rows; the detail view has it.
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import { describeTimeLeft, timeLeft } from '../../shared/incidents/deadline';
import { hasApDecision, type Incident } from '../incidents/incident';
import { KIND_LABELS, type Label } from '../incidents/labels';
import { STATUS_LABELS, type IncidentStatus } from '../../shared/incidents/incident-status';
import { schoolOf } from './reporter-record';

/** Under this much time left the register shows the deadline as urgent. */
const URGENT_HOURS = 24;

type DeadlineState = 'done' | 'ok' | 'urgent' | 'overdue';

export interface IncidentSummary {
  id: string;
  number: string;
  status: IncidentStatus;
  statusLabel: Label;
  kind: Label;
  reportedAt: string;
  reportedAtLabel: Label;
  deadline: string;
  /** "nog 47 u 30 min"; empty once the AP decision is recorded. */
  timeLeft: Label;
  deadlineState: DeadlineState;
  school: string;
  reporterName: string;
  assigneeName?: string;
}

export function incidentSummary(incident: Incident, now: Date): IncidentSummary {
  const left = timeLeft(incident.deadline, now);
  const isDecided = hasApDecision(incident);
  const deadlineState: DeadlineState = isDecided
    ? 'done'
    : left.isOverdue
      ? 'overdue'
      : left.hours < URGENT_HOURS
        ? 'urgent'
        : 'ok';
  return {
    id: incident.id,
    number: incident.number,
    status: incident.status,
    statusLabel: STATUS_LABELS[incident.status],
    kind: KIND_LABELS[incident.kind],
    reportedAt: incident.reportedAt,
    reportedAtLabel: {
      nl: formatAmsterdam(incident.reportedAt, 'nl'),
      en: formatAmsterdam(incident.reportedAt, 'en'),
    },
    deadline: incident.deadline,
    timeLeft: isDecided ? { nl: '', en: '' } : describeTimeLeft(left),
    deadlineState,
    school: schoolOf(incident),
    reporterName: incident.reporter.name,
    ...(incident.assignee ? { assigneeName: incident.assignee.name } : {}),
  };
}
