// What a staff member reports about a breach: the fields the AP asks for and GDPR art. 33(5) keeps.

export {
  DATA_KINDS,
  ENCRYPTION_STATES,
  INCIDENT_KINDS,
  SUBJECT_GROUPS,
} from '../../shared/incidents/report-fields';
import type {
  DataKind,
  EncryptionState,
  IncidentKind,
  SubjectGroup,
} from '../../shared/incidents/report-fields';
export type { DataKind, IncidentKind };

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
