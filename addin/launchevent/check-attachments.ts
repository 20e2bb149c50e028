// Judges every attachment on the draft by its content: from the cache when an earlier event read
// it, else read now (within the time given). An attachment whose content is not read in time, or
// that Outlook does not give, becomes a notice — never a silent pass.
import { noticeMessage } from '../../shared/i18n/finding-messages';
import type { PrescannedAttachments } from '../../shared/scan/engine';
import type { MailAttachment, Notice } from '../../shared/scan/types';
import { cacheKey, compactEntry, expandEntries, type CacheEntry } from './attachment-cache';
import type { AttachmentSource, ListedAttachment } from './attachment-source';

export interface AttachmentCheck {
  /** Findings and notices for every listed attachment. */
  prescanned: PrescannedAttachments;
  /** Entries for the attachments read now, to keep for later events. */
  fresh: [key: string, entry: CacheEntry][];
}

export interface AttachmentCheckDependencies {
  source: AttachmentSource;
  prescan: (attachments: MailAttachment[]) => PrescannedAttachments;
  /** Resolves when reading must stop; attachments not read by then get a notice. */
  deadline?: Promise<void>;
}

export async function checkAttachments(
  listed: readonly ListedAttachment[],
  cached: ReadonlyMap<string, CacheEntry>,
  { source, prescan, deadline }: AttachmentCheckDependencies,
): Promise<AttachmentCheck> {
  const known = listed.flatMap((attachment) => cached.get(cacheKey(attachment)) ?? []);
  const missing = listed.filter((attachment) => !cached.has(cacheKey(attachment)));
  const late = deadline?.then(() => ({ ok: false, reason: 'not-given' }) as const);
  const contents = await Promise.all(
    missing.map((attachment) =>
      late ? Promise.race([source.read(attachment), late]) : source.read(attachment),
    ),
  );
  const fresh: AttachmentCheck['fresh'] = [];
  const unread: Notice[] = [];
  missing.forEach((attachment, index) => {
    const content = contents[index];
    if (content?.ok) {
      const { name, size } = attachment;
      fresh.push([
        cacheKey(attachment),
        compactEntry(prescan([{ name, size, content: content.bytes }])),
      ]);
    } else {
      const code =
        content?.reason === 'too-large' ? 'attachment-over-budget' : 'attachment-not-read';
      unread.push({
        code,
        attachment: attachment.name,
        message: noticeMessage(code, attachment.name),
      });
    }
  });
  const expanded = expandEntries([...known, ...fresh.map(([, entry]) => entry)]);
  return {
    prescanned: { findings: expanded.findings, notices: [...expanded.notices, ...unread] },
    fresh,
  };
}
