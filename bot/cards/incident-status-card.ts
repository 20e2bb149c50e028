// Tells the reporter, in their 1:1 chat, that their report moved on.
import { STATUS_LABELS, type IncidentStatus } from '../../shared/incidents/incident-status';
import {
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type Language,
} from './incident-card-elements';

export function buildStatusNotificationCard(
  incidentNumber: string,
  status: IncidentStatus,
  language: Language,
): IncidentAdaptiveCard {
  const label = STATUS_LABELS[status][language];
  return incidentAdaptiveCard(language, [
    textRuns(
      language === 'nl'
        ? `Je melding ${incidentNumber} heeft een nieuwe status: ${label}.`
        : `Your report ${incidentNumber} has a new status: ${label}.`,
    ),
  ]);
}
