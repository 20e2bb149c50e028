// The small cards posted as replies in an incident's thread: a step someone took, and a deadline
// reminder. Names and numbers go in TextRuns like all register text.
import type { AuditAction } from '../incidents/audit';
import type { Label } from '../incidents/labels';
import { neutraliseUserLine } from '../incidents/neutralise-text';
import {
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type Language,
} from './incident-card-elements';

const STEPS: Record<AuditAction, Label> = {
  reported: { nl: 'heeft het datalek gemeld', en: 'reported the breach' },
  taken: { nl: 'heeft de melding opgepakt', en: 'took the incident on' },
  'decided-notifiable': {
    nl: 'heeft de melding bij de AP vastgelegd',
    en: 'recorded the AP notification',
  },
  'decided-not-notifiable': {
    nl: 'heeft besloten: niet meldplichtig',
    en: 'decided: not notifiable',
  },
  'decided-subjects': {
    nl: 'heeft besloten over het informeren van de betrokkenen',
    en: 'decided on informing the people concerned',
  },
  'decided-breach': {
    nl: 'heeft de ernst beoordeeld en besloten over melden',
    en: 'assessed the severity and decided on notification',
  },
  'informed-authority': {
    nl: 'heeft vastgelegd dat een andere instantie is geïnformeerd',
    en: 'recorded that another authority was informed',
  },
  escalated: { nl: 'heeft de melding geëscaleerd', en: 'escalated the incident' },
  closed: { nl: 'heeft de melding afgesloten', en: 'closed the incident' },
  anonymised: {
    nl: 'heeft de vrije tekst geanonimiseerd (bewaartermijn)',
    en: 'anonymised the free text (retention)',
  },
};

/** "Petra de Vries heeft de melding opgepakt." */
export function buildStepCard(
  incidentNumber: string,
  actorName: string,
  step: AuditAction,
  language: Language,
): IncidentAdaptiveCard {
  return incidentAdaptiveCard(language, [
    textRuns(`${incidentNumber}: ${neutraliseUserLine(actorName, 100)} ${STEPS[step][language]}.`),
  ]);
}

export function buildReminderCard(text: Label, language: Language): IncidentAdaptiveCard {
  return incidentAdaptiveCard(language, [textRuns(text[language], { weight: 'Bolder' })]);
}

/** A personal escalation message: the escalation in bold above the incident's own card. */
export function buildEscalationCard(
  text: Label,
  incidentCard: IncidentAdaptiveCard,
  language: Language,
): IncidentAdaptiveCard {
  return {
    ...incidentCard,
    body: [textRuns(text[language], { weight: 'Bolder' }), ...incidentCard.body],
  };
}
