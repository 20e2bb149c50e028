// One incident as the tab's detail view shows it: the card's view model (user text neutralised),
// the audit trail in words, and for handlers the AP draft and the steps they may take now.
import type { ApDraft } from '../../shared/incidents/ap-draft-marks';
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import type { AuditAction, AuditEntry } from '../incidents/audit';
import type { Authority } from '../incidents/authorities';
import type { BreachDecision } from '../incidents/breach-decision';
import type { StatusVerb } from '../incidents/incident-actions';
import type { Incident } from '../incidents/incident';
import { incidentCardView, type IncidentCardView } from '../incidents/incident-view';
import type { Label } from '../incidents/labels';
import { incidentSummary, type IncidentSummary } from './incident-summary';

const AUDIT_LABELS: Record<AuditAction, Label> = {
  reported: { nl: 'Gemeld', en: 'Reported' },
  taken: { nl: 'In behandeling genomen', en: 'Taken on' },
  'decided-notifiable': { nl: 'Gemeld bij de AP', en: 'Notified to the AP' },
  'decided-not-notifiable': { nl: 'Besloten: niet meldplichtig', en: 'Decided: not notifiable' },
  'decided-subjects': {
    nl: 'Besloten over informeren betrokkenen',
    en: 'Decided on informing the people concerned',
  },
  'decided-breach': {
    nl: 'Ernst beoordeeld en besloten over melden',
    en: 'Severity assessed and notification decided',
  },
  'informed-authority': {
    nl: 'Andere instantie geïnformeerd',
    en: 'Other authority informed',
  },
  escalated: { nl: 'Geëscaleerd (deadline in gevaar)', en: 'Escalated (deadline at risk)' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
  anonymised: { nl: 'Vrije tekst geanonimiseerd', en: 'Free text anonymised' },
};

export interface AuditLine {
  at: string;
  atLabel: Label;
  actorName: string;
  action: AuditAction;
  actionLabel: Label;
  detail: Record<string, string | boolean>;
}

export interface IncidentDetail {
  summary: IncidentSummary;
  card: IncidentCardView;
  audit: AuditLine[];
  /** Only for the ICT domain and the privacy officer. */
  apDraft?: ApDraft;
  /** The follow-up notice (vervolgmelding), once the AP has been notified; handlers only. */
  apFollowUpDraft?: ApDraft;
  /** The steps the caller may take now; empty for a reporter. */
  verbs: StatusVerb[];
}

export function incidentDetail(
  incident: Incident,
  audit: readonly AuditEntry[],
  now: Date,
  handler: { apDraft: ApDraft; apFollowUpDraft?: ApDraft } | undefined,
  decision?: BreachDecision,
  authorities: readonly Authority[] = [],
): IncidentDetail {
  // A reporter sees the status, not the privacy officer's assessment, reasoning and follow-up.
  const {
    assessment,
    authorities: applicable,
    lateReason,
    ...shared
  } = incidentCardView(incident, now, decision, authorities);
  const card = handler
    ? {
        ...shared,
        ...(assessment ? { assessment } : {}),
        ...(applicable ? { authorities: applicable } : {}),
        ...(lateReason ? { lateReason } : {}),
      }
    : shared;
  return {
    summary: incidentSummary(incident, now),
    card,
    audit: audit.map((entry) => ({
      at: entry.at,
      atLabel: { nl: formatAmsterdam(entry.at, 'nl'), en: formatAmsterdam(entry.at, 'en') },
      actorName: entry.actor.name,
      action: entry.action,
      actionLabel: AUDIT_LABELS[entry.action],
      detail: entry.detail,
    })),
    ...(handler ? { apDraft: handler.apDraft } : {}),
    ...(handler?.apFollowUpDraft ? { apFollowUpDraft: handler.apFollowUpDraft } : {}),
    verbs: handler ? card.verbs : [],
  };
}
