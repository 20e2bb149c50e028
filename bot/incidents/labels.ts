// The names people read for kinds, data and groups, Dutch and English.

export {
  DATA_KIND_LABELS,
  ENCRYPTION_LABELS,
  KIND_LABELS,
  SUBJECT_GROUP_LABELS,
  type Label,
} from '../../shared/incidents/report-fields';
