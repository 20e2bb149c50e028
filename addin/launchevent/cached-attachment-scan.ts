// What the attachments-changed handler found in the attachments' content, kept in the item's
// session data for the send handler. Only findings (masked excerpts) and names: never content.
import { z } from 'zod/mini';
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

const cacheShape = z.object({
  attachmentKeys: z.array(z.string()),
  findings: z.array(z.any()),
  notices: z.array(z.any()),
});

/** Session data is a string another add-in version may have written: parse it, never trust it. */
export function parseCachedAttachmentScan(text: string): CachedAttachmentScan | undefined {
  try {
    const parsed = cacheShape.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data) : undefined;
  } catch {
    return undefined;
  }
}
