// The names people read for kinds, data, groups and statuses, Dutch and English.
import type { IncidentStatus } from './incident';

export {
  DATA_KIND_LABELS,
  ENCRYPTION_LABELS,
  KIND_LABELS,
  SUBJECT_GROUP_LABELS,
  type Label,
} from '../../shared/incidents/report-fields';
import type { Label } from '../../shared/incidents/report-fields';

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
