// The small cards posted as replies in an incident's thread: a step someone took, and a deadline
// reminder. Names and numbers go in TextRuns like all register text.
import type { AuditAction } from '../incidents/audit';
import type { ReminderKind } from '../incidents/reminders';
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

/** The reminder's words, also usable as plain text. */
export function reminderText(incidentNumber: string, kind: ReminderKind, deadline: Label): Label {
  switch (kind) {
    case 'before-48h':
      return {
        nl: `Herinnering ${incidentNumber}: nog 48 uur tot de AP-deadline (${deadline.nl}) en er is nog geen besluit over melden.`,
        en: `Reminder ${incidentNumber}: 48 hours left until the AP deadline (${deadline.en}) and no decision on notifying yet.`,
      };
    case 'before-12h':
      return {
        nl: `Herinnering ${incidentNumber}: nog 12 uur tot de AP-deadline (${deadline.nl}). Besluit nu of de melding bij de AP moet.`,
        en: `Reminder ${incidentNumber}: 12 hours left until the AP deadline (${deadline.en}). Decide now whether the AP must be notified.`,
      };
    case 'overdue':
      return {
        nl: `De AP-deadline van ${incidentNumber} is verstreken (${deadline.nl}) zonder besluit. Meld alsnog zo snel mogelijk en leg de reden van de vertraging vast.`,
        en: `The AP deadline of ${incidentNumber} has passed (${deadline.en}) without a decision. Notify as soon as possible and record the reason for the delay.`,
      };
  }
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
