// The fields of a breach report that every surface offers as choices (the Teams card, the tab, the
// Outlook add-in's report form, the API), with the names people read, Dutch and English.

export const INCIDENT_KINDS = [
  'lost-device',
  'stolen-device',
  'paper-lost',
  'wrong-recipient',
  'hacked-account',
  'unauthorised-access',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const DATA_KINDS = [
  'names-addresses',
  'bsn',
  'special-categories',
  'pupil-file',
  'results',
  'photos',
  'passwords',
  'other',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export const SUBJECT_GROUPS = ['pupils', 'parents', 'staff'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export const ENCRYPTION_STATES = ['yes', 'no', 'unknown'] as const;
export type EncryptionState = (typeof ENCRYPTION_STATES)[number];

export interface Label {
  nl: string;
  en: string;
}

export const KIND_LABELS: Record<IncidentKind, Label> = {
  'lost-device': { nl: 'Apparaat verloren', en: 'Device lost' },
  'stolen-device': { nl: 'Apparaat gestolen', en: 'Device stolen' },
  'paper-lost': { nl: 'Papieren dossier kwijt', en: 'Paper file lost' },
  'wrong-recipient': { nl: 'Mail aan verkeerde ontvanger', en: 'Mail to the wrong recipient' },
  'hacked-account': { nl: 'Account gehackt', en: 'Account hacked' },
  'unauthorised-access': { nl: 'Onbevoegde toegang', en: 'Unauthorised access' },
  other: { nl: 'Anders', en: 'Other' },
};

export const DATA_KIND_LABELS: Record<DataKind, Label> = {
  'names-addresses': { nl: 'Namen en adressen', en: 'Names and addresses' },
  bsn: { nl: 'BSN of onderwijsnummer', en: 'Citizen number (BSN)' },
  'special-categories': {
    nl: 'Gezondheid of andere bijzondere gegevens',
    en: 'Health or other special categories',
  },
  'pupil-file': { nl: 'Leerlingdossier', en: 'Pupil file' },
  results: { nl: 'Resultaten en toetsen', en: 'Results and tests' },
  photos: { nl: "Foto's of video's", en: 'Photos or videos' },
  passwords: { nl: 'Wachtwoorden of inloggegevens', en: 'Passwords or login details' },
  other: { nl: 'Andere gegevens', en: 'Other data' },
};

export const SUBJECT_GROUP_LABELS: Record<SubjectGroup, Label> = {
  pupils: { nl: 'Leerlingen', en: 'Pupils' },
  parents: { nl: 'Ouders', en: 'Parents' },
  staff: { nl: 'Medewerkers', en: 'Staff' },
};

export const ENCRYPTION_LABELS: Record<EncryptionState, Label> = {
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  unknown: { nl: 'Weet ik niet', en: "Don't know" },
};
