// What the task pane needs from Outlook, as plain data and promises. The Office.js implementation
// lives in addin/office/taskpane-host.ts; tests pass their own, so the React app runs without Outlook.
import type { Language } from '../../shared/i18n/smart-alert-text';
import type { FixKind } from '../../shared/i18n/taskpane-text';
import type { FeatureName } from '../../shared/insight/finding-features';
import type { RuleId, ScanResult, Text } from '../../shared/scan/types';
import type { NewMessage } from './model/deletion-request';
import type { ReportRequest } from './model/report-draft';

export type ThemeKind = 'light' | 'dark';

export interface FixOutcome {
  /** Steps the sender must take by hand (the "instructions" encryption method, e.g. Cryptshare). */
  instructions?: string;
}

/** What a sent mail's report may carry: who, when, which files. Never subject, body or file content. */
export interface SentItemFacts {
  recipients: string[];
  sentAt?: Date;
  attachmentNames: string[];
}

/** What the register answered to a breach report from the add-in. */
export type ReportOutcome =
  | { ok: true; number: string; deadline: Text; advice: { nl: string[]; en: string[] } }
  | { ok: false; reason: 'invalid'; problems: { path: string; nl: string; en: string }[] }
  /** The register could not be reached, or the sender could not be signed in: report in Teams. */
  | { ok: false; reason: 'unavailable' | 'sign-in' };

export interface TaskpaneHost {
  mode: 'compose' | 'read';
  language: Language;
  theme: ThemeKind;
  scanDraft(): Promise<ScanResult>;
  applyFix(fix: FixKind): Promise<FixOutcome>;
  readSentItem(): Promise<SentItemFacts>;
  submitBreachReport(request: ReportRequest): Promise<ReportOutcome>;
  /** The organisation as the configuration names it: the sender of the letters the pane drafts. */
  organisationName: string;
  /** Opens Outlook's new-message form, filled in, for the user to send; false when it could not. */
  openNewMessage(message: NewMessage): Promise<boolean>;
  /** Counts an "Onterecht" press (rule and feature names only); false when it could not be kept. */
  reportFalseAlarm(rule: RuleId, features: readonly FeatureName[]): Promise<boolean>;
  /** The main fix of these rules was applied: the draft's next Send counts them as fixed. */
  noteMainFix(rules: readonly RuleId[]): Promise<void>;
}
