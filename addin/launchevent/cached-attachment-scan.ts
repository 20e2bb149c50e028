// What the attachments-changed handler found in the attachments' content, kept in the item's
// session data for the send handler. Only findings (masked excerpts) and names: never content.
import type { PrescannedAttachments } from '../../shared/scan/engine';
import type { Finding, Notice } from '../../shared/scan/types';

export interface CachedAttachmentScan {
  /** "name|size" of each attachment that was read, to tell whether the cache still fits the mail. */
  attachmentKeys: string[];
  findings: Finding[];
  notices: Notice[];
}

export function attachmentKey(attachment: { name: string; size: number }): string {
  return `${attachment.name}|${attachment.size}`;
}

/** The cached findings that still apply: those of attachments that are still on the mail. */
export function stillApplies(
  cache: CachedAttachmentScan | undefined,
  current: { name: string; size: number }[],
): PrescannedAttachments | undefined {
  if (!cache) return undefined;
  const names = new Set(
    current
      .filter((attachment) => cache.attachmentKeys.includes(attachmentKey(attachment)))
      .map((attachment) => attachment.name),
  );
  const onMail = (name: string) => names.has(name.split(' › ')[0] ?? name);
  return {
    findings: cache.findings.filter(
      (finding) => finding.location.part === 'attachment' && onMail(finding.location.name),
    ),
    notices: cache.notices.filter((notice) => onMail(notice.attachment)),
  };
}

/** Session data is a string another add-in version may have written: parse it, never trust it. */
export function parseCachedAttachmentScan(text: string): CachedAttachmentScan | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // Checked by hand rather than with a schema library: the event script must stay small to load
  // inside Outlook's five-second window.
  const candidate = value as Partial<Record<keyof CachedAttachmentScan, unknown>> | null;
  const isStringList = (list: unknown) =>
    Array.isArray(list) && list.every((entry) => typeof entry === 'string');
  const isFindingList = (list: unknown) =>
    Array.isArray(list) &&
    list.every(
      (entry: Partial<Finding> | null) =>
        typeof entry?.rule === 'string' && entry.location?.part === 'attachment',
    );
  const isNoticeList = (list: unknown) =>
    Array.isArray(list) &&
    list.every((entry: Partial<Notice> | null) => typeof entry?.attachment === 'string');
  if (
    !candidate ||
    !isStringList(candidate.attachmentKeys) ||
    !isFindingList(candidate.findings) ||
    !isNoticeList(candidate.notices)
  ) {
    return undefined;
  }
  return candidate as CachedAttachmentScan;
}
