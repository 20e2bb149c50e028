// One incident as the tab's detail view shows it: the card's view model (user text neutralised),
// the audit trail in words, and for handlers the AP draft and the steps they may take now.
import type { ApDraft } from '../incidents/ap-draft';
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import type { AuditAction, AuditEntry } from '../incidents/audit';
import type { BreachDecision } from '../incidents/breach-decision';
import type { IncidentVerb } from '../incidents/incident-actions';
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
  /** The steps the caller may take now; empty for a reporter. */
  verbs: IncidentVerb[];
}

export function incidentDetail(
  incident: Incident,
  audit: readonly AuditEntry[],
  now: Date,
  handler: { apDraft: ApDraft } | undefined,
  decision?: BreachDecision,
): IncidentDetail {
  // A reporter sees the status, not the privacy officer's assessment and reasoning.
  const { assessment, ...shared } = incidentCardView(incident, now, decision);
  const card = handler && assessment ? { ...shared, assessment } : shared;
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
    verbs: handler ? card.verbs : [],
  };
}
