// The Outlook clients the preview can stand in for: what Office.onReady reports and the highest
// Mailbox requirement set, which decides what a Smart Alert can show (1.14: the main fix button and
// "Send anyway" by override; 1.15: Markdown text).
export type ClientKind = 'classic-windows' | 'new-outlook-web' | 'mac';

export const CLIENT_KINDS: readonly { kind: ClientKind; platform: string; label: string }[] = [
  { kind: 'classic-windows', platform: 'PC', label: 'Outlook classic (Windows)' },
  { kind: 'new-outlook-web', platform: 'OfficeOnline', label: 'Nieuwe Outlook / web' },
  { kind: 'mac', platform: 'Mac', label: 'Outlook (Mac)' },
];

export const MAILBOX_VERSIONS = ['1.12', '1.13', '1.14', '1.15'] as const;

export type MailboxVersion = (typeof MAILBOX_VERSIONS)[number];

export interface ClientProfile {
  kind: ClientKind;
  mailboxVersion: MailboxVersion;
}

export function platformOf(kind: ClientKind): string {
  return CLIENT_KINDS.find((client) => client.kind === kind)?.platform ?? 'OfficeOnline';
}

/** What the Smart Alert dialog of this client can show. */
export function alertSupport(profile: ClientProfile): {
  hasTakeAction: boolean;
  hasMarkdown: boolean;
} {
  const minor = Number(profile.mailboxVersion.split('.')[1]);
  return { hasTakeAction: minor >= 14, hasMarkdown: minor >= 15 };
}
