// The engine's contract: a mail as plain data in, a verdict with explained findings out.

/** Rule ids are a contract: the CLI, the add-in and the config print and accept exactly these. */
export const RULE_IDS = [
  'bsn',
  'pupil-file',
  'sensitive-personal',
  'bcc',
  'private-forward',
  'attachment-size',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Rules about what the mail says; an encrypted send satisfies them. */
export const CONTENT_RULES: readonly RuleId[] = ['bsn', 'pupil-file', 'sensitive-personal'];

export const VERDICTS = ['allow', 'warn', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];

type Severity = 'info' | 'warning' | 'critical';

export interface Address {
  name?: string;
  address: string;
}

export interface MailAttachment {
  name: string;
  contentType?: string;
  /** Size in bytes as the client reports it. */
  size: number;
  /** The file's bytes, when the client gives them. */
  content?: Uint8Array;
}

export interface MailInput {
  from?: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  bodyText?: string;
  bodyHtml?: string;
  attachments: MailAttachment[];
  /** Internet headers the sender's client will add (used by the internet-header encryption method). */
  internetHeaders?: Record<string, string>;
  /** The sensitivity label applied to the draft, if any. */
  sensitivityLabelId?: string;
}

export type Location =
  | { part: 'subject' }
  | { part: 'body' }
  | { part: 'recipients' }
  | { part: 'attachments' }
  | { part: 'attachment'; name: string };

export interface Text {
  nl: string;
  en: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: Text;
  location: Location;
  /** A short excerpt with every citizen number masked; absent for recipient rules. */
  excerpt?: string;
  /** Why the detector fired: pattern, checksum, context word. For people, never content. */
  explanation: string;
  /** The section of the organisation's policy the rule rests on. */
  policySection: string;
}

/** Why (part of) an attachment was not checked; each has a message in i18n/finding-messages. */
export const NOTICE_CODES = [
  'attachment-unreadable',
  'attachment-truncated',
  'attachment-over-budget',
  'attachment-too-deep',
  'attachment-password',
  'attachment-image-only',
  'attachment-unsupported',
  'attachment-not-read',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** Something the engine could not check fully; never an exception. */
export interface Notice {
  code: NoticeCode;
  attachment: string;
  message: Text;
}

export interface ScanResult {
  verdict: Verdict;
  findings: Finding[];
  notices: Notice[];
  /** The mail carries the configured encrypted-send marking. */
  isMarkedEncrypted: boolean;
}
