// What a staff member reports about a breach: the fields the AP asks for and GDPR art. 33(5) keeps.

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

/** A person as Teams (or the identity layer) knows them; never typed by the reporter. */
export interface Person {
  /** Entra object id (aadObjectId). */
  id: string;
  name: string;
  email?: string;
}

/** A validated report, times as UTC ISO strings. */
export interface IncidentReport {
  kind: IncidentKind;
  /** What "other" means, when kind is "other". */
  kindOther?: string;
  occurredAt: string;
  discoveredAt: string;
  dataKinds: DataKind[];
  subjectGroups: SubjectGroup[];
  /** The reporter's estimate of how many people are affected. */
  affectedCount: number;
  encrypted: EncryptionState;
  measuresTaken: string;
  description: string;
}

/** Upper bounds that keep cards small (Teams messages stay well under 80 KB). */
export const REPORT_LIMITS = {
  kindOther: 200,
  measuresTaken: 1000,
  description: 2000,
  affectedMin: 1,
  affectedMax: 1_000_000,
} as const;
