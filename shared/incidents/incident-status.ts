// Where an incident stands in the register, and the name people read for it (Dutch and English).
// Pure data, shared by the server and the tab.
import type { Label } from './report-fields';

export const INCIDENT_STATUSES = [
  'new',
  'in-progress',
  'notified-ap',
  'not-notifiable',
  'subjects-decided',
  'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const STATUS_LABELS: Record<IncidentStatus, Label> = {
  new: { nl: 'Nieuw', en: 'New' },
  'in-progress': { nl: 'In behandeling', en: 'In progress' },
  'notified-ap': { nl: 'Gemeld bij de AP', en: 'Notified to the AP' },
  'not-notifiable': { nl: 'Niet meldplichtig', en: 'Not notifiable' },
  'subjects-decided': {
    nl: 'Besluit over betrokkenen genomen',
    en: 'Decision on informing people made',
  },
  closed: { nl: 'Afgesloten', en: 'Closed' },
};
