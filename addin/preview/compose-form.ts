// The compose window's fields, drawn from the live draft and written back to it as the user types,
// as Outlook's own form would; the add-in reads and writes the same draft through the fake host.
import type { FakeDraft } from './office-host/fake-mailbox';

type Recipient = FakeDraft['to'][number];
type RecipientField = 'to' | 'cc' | 'bcc';

export function formatRecipients(list: readonly Recipient[] = []): string {
  return list
    .map((entry) =>
      entry.displayName ? `${entry.displayName} <${entry.emailAddress}>` : entry.emailAddress,
    )
    .join('; ');
}

/** `Name <a@b.nl>; c@d.nl` → recipients; entries without an address are dropped. */
export function parseRecipients(text: string): Recipient[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .flatMap((part): Recipient[] => {
      const open = part.lastIndexOf('<');
      if (open >= 0 && part.endsWith('>')) {
        const displayName = part.slice(0, open).trim();
        const emailAddress = part.slice(open + 1, -1).trim();
        return displayName ? [{ displayName, emailAddress }] : [{ emailAddress }];
      }
      return part.includes('@') ? [{ emailAddress: part }] : [];
    });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];
