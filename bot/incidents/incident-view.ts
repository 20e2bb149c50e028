// The view models cards are drawn from: everything already worded and formatted, user text
// neutralised, so card builders only lay out.
import { immediateAdvice, type Advice } from './advice';
import { authorityViews, type Authority, type AuthorityView } from './authorities';
import { breachAssessmentView, type BreachAssessmentView } from './breach-assessment-view';
import type { BreachDecision } from './breach-decision';
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import { describeTimeLeft, timeLeft } from '../../shared/incidents/deadline';
import { allowedVerbs, type StatusVerb } from './incident-actions';
import { hasApDecision, type Incident } from './incident';
import {
  DATA_KIND_LABELS,
  ENCRYPTION_LABELS,
  KIND_LABELS,
  SUBJECT_GROUP_LABELS,
  type Label,
} from './labels';
import { STATUS_LABELS, type IncidentStatus } from '../../shared/incidents/incident-status';
import { neutraliseUserLine, neutraliseUserText } from './neutralise-text';

/** What a card shows of the reporter's description: enough to act on, small enough for Teams. */
const SUMMARY_LENGTH = 600;

export interface IncidentCardView {
  incidentId: string;
  number: string;
  kind: Label;
  summary: string;
  dataKinds: Label[];
  subjectGroups: Label[];
  affectedCount: number;
  encrypted: Label;
  measuresTaken: string;
  occurredAt: Label;
  discoveredAt: Label;
  deadline: Label;
  timeLeft: Label;
  isOverdue: boolean;
  hasApDecision: boolean;
  status: IncidentStatus;
  statusLabel: Label;
  reporterName: string;
  assigneeName?: string;
  apReference?: string;
  decisionText?: string;
  verbs: StatusVerb[];
  /** A mail to a wrong recipient: the request to delete it can be drafted. */
  isWrongRecipient: boolean;
  /** Severity, the two suggestions and the recorded decision; only for those who handle it. */
  assessment?: BreachAssessmentView;
  /** Other authorities the config says apply, and whether ICT informed them; handlers only. */
  authorities?: AuthorityView[];
  /** Why the AP was notified late, when it was. */
  lateReason?: string;
}

const both = (iso: string): Label => ({
  nl: formatAmsterdam(iso, 'nl'),
  en: formatAmsterdam(iso, 'en'),
});

/**
 * `decision` is the register's latest breach decision, if any; without it the level is
 * provisional. `authorities` are the configured other authorities (those that apply are shown).
 */
export function incidentCardView(
  incident: Incident,
  now: Date,
  decision?: BreachDecision,
  authorities: readonly Authority[] = [],
): IncidentCardView {
  const applicable = authorityViews(incident, authorities);
  const left = timeLeft(incident.deadline, now);
  const kind =
    incident.kind === 'other' && incident.kindOther
      ? {
          nl: `Anders: ${neutraliseUserLine(incident.kindOther, 200)}`,
          en: `Other: ${neutraliseUserLine(incident.kindOther, 200)}`,
        }
      : KIND_LABELS[incident.kind];
  // The latest decision's words: closing measures, else the people decision, else the AP reason.
  const decisionWords =
    incident.closingMeasures ??
    incident.subjectsDecision?.explanation ??
    incident.notNotifiableReason;
  return {
    incidentId: incident.id,
    number: incident.number,
    kind,
    summary: neutraliseUserText(incident.description, SUMMARY_LENGTH),
    dataKinds: incident.dataKinds.map((item) => DATA_KIND_LABELS[item]),
    subjectGroups: incident.subjectGroups.map((item) => SUBJECT_GROUP_LABELS[item]),
    affectedCount: incident.affectedCount,
    encrypted: ENCRYPTION_LABELS[incident.encrypted],
    measuresTaken: neutraliseUserText(incident.measuresTaken, SUMMARY_LENGTH),
    occurredAt: both(incident.occurredAt),
    discoveredAt: both(incident.discoveredAt),
    deadline: both(incident.deadline),
    timeLeft: describeTimeLeft(left),
    isOverdue: left.isOverdue,
    hasApDecision: hasApDecision(incident),
    status: incident.status,
    statusLabel: STATUS_LABELS[incident.status],
    reporterName: neutraliseUserLine(incident.reporter.name, 100),
    ...(incident.assignee ? { assigneeName: neutraliseUserLine(incident.assignee.name, 100) } : {}),
    ...(incident.apNotification
      ? { apReference: neutraliseUserLine(incident.apNotification.reference, 100) }
      : {}),
    ...(decisionWords ? { decisionText: neutraliseUserText(decisionWords, SUMMARY_LENGTH) } : {}),
    verbs: allowedVerbs(incident.status),
    isWrongRecipient: incident.kind === 'wrong-recipient',
    assessment: breachAssessmentView(incident, decision),
    ...(applicable.length > 0 ? { authorities: applicable } : {}),
    ...(incident.apNotification?.lateReason
      ? { lateReason: neutraliseUserText(incident.apNotification.lateReason, SUMMARY_LENGTH) }
      : {}),
  };
}

export interface ReceiptView {
  incidentId: string;
  number: string;
  kind: Label;
  deadline: Label;
  advice: Advice;
}

export function receiptView(incident: Incident): ReceiptView {
  return {
    incidentId: incident.id,
    number: incident.number,
    kind: KIND_LABELS[incident.kind],
    deadline: both(incident.deadline),
    advice: immediateAdvice(incident.kind),
  };
}
