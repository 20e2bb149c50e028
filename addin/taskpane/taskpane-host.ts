// What the task pane needs from Outlook, as plain data and promises. The Office.js implementation
// lives in addin/office/taskpane-host.ts; tests pass their own, so the React app runs without Outlook.
import type { Language } from '../../shared/i18n/smart-alert-text';
import type { FixKind } from '../../shared/i18n/taskpane-text';
import type { ScanResult } from '../../shared/scan/types';

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

export interface TaskpaneHost {
  mode: 'compose' | 'read';
  language: Language;
  theme: ThemeKind;
  scanDraft(): Promise<ScanResult>;
  applyFix(fix: FixKind): Promise<FixOutcome>;
  readSentItem(): Promise<SentItemFacts>;
}
