// The breach report the add-in sends for a mail that went wrong: prefilled from the mail's metadata
// (when it was sent, to whom, which files) and never its content. Times are Amsterdam wall-clock
// time, as the register's API expects.
import type { Language } from '../../../shared/i18n/smart-alert-text';
import type {
  DataKind,
  EncryptionState,
  IncidentKind,
  SubjectGroup,
} from '../../../shared/incidents/report-fields';
import { amsterdamParts } from '../../../shared/time/amsterdam-time';
import type { SentItemFacts } from '../taskpane-host';
import { sentItemSummary } from './sent-item-summary';

export interface ReportDraft {
  kind: IncidentKind;
  occurredDate: string;
  occurredTime: string;
  discoveredDate: string;
  discoveredTime: string;
  dataKinds: DataKind[];
  subjectGroups: SubjectGroup[];
  /** As typed; checked by the API (whole number, in range). */
  affectedCount: string;
  encrypted: EncryptionState;
  measuresTaken: string;
  description: string;
}

/** The API's request body: one submission id per form, so sending twice makes one incident. */
export interface ReportRequest extends Omit<ReportDraft, 'affectedCount'> {
  submissionId: string;
  affectedCount: number;
}

export function initialReport(facts: SentItemFacts, now: Date, language: Language): ReportDraft {
  const sent = amsterdamDateTime(facts.sentAt ?? now);
  const discovered = amsterdamDateTime(now);
  return {
    kind: 'wrong-recipient',
    occurredDate: sent.date,
    occurredTime: sent.time,
    discoveredDate: discovered.date,
    discoveredTime: discovered.time,
    dataKinds: [],
    subjectGroups: [],
    affectedCount: '',
    // A mail that went out through Outlook is not end-to-end encrypted unless the sender chose so.
    encrypted: 'unknown',
    measuresTaken: '',
    description: sentItemSummary(facts, language),
  };
}

export function reportRequest(draft: ReportDraft, submissionId: string): ReportRequest {
  const count = Number(draft.affectedCount.trim());
  return {
    ...draft,
    submissionId,
    // Anything not a number goes to the API as 0, which it refuses with its own field message.
    affectedCount: Number.isInteger(count) ? count : 0,
  };
}

/** "2026-11-27" and "15:05" as a clock in Amsterdam shows them. */
function amsterdamDateTime(instant: Date): { date: string; time: string } {
  const { year, month, day, hour, minute } = amsterdamParts(instant);
  const two = (value: number) => String(value).padStart(2, '0');
  return { date: `${year}-${two(month)}-${two(day)}`, time: `${two(hour)}:${two(minute)}` };
}
