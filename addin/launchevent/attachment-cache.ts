// What the add-in learned from each attachment's content, kept in the item's session data between
// events. One session-data key per attachment, so event instances that run at the same time (compose
// opened, attachments changed, send) each write their own key and never overwrite each other's.
// Compact on purpose (Outlook allows 50,000 characters per add-in before Mailbox 1.16): per rule and
// place only the rule, the masked excerpt and the file name; never the file's text.
import {
  findingMessages,
  noticeMessage,
  policySectionOf,
} from '../../shared/i18n/finding-messages';
import type { PrescannedAttachments } from '../../shared/scan/engine';
import {
  CONTENT_RULES,
  NOTICE_CODES,
  type Finding,
  type Notice,
  type NoticeCode,
  type RuleId,
} from '../../shared/scan/types';
import type { ListedAttachment } from './attachment-source';

/** Session-data keys of the cache start with this; other keys belong to something else. */
export const CACHE_KEY_PREFIX = 'privacywacht.a:';

/** One attachment's content findings and notices, as stored. */
export interface CacheEntry {
  /** rule, place ("lijst.xlsx" or "fw.eml › lijst.csv"), severity, masked excerpt, onderwijsnummer */
  f: { r: RuleId; n: string; s: Finding['severity']; x?: string; o?: 1 }[];
  /** notice code and place */
  w: { c: NoticeCode; n: string }[];
}

/** Id, name and size: a file replaced by another of the same name is a new entry. */
export function cacheKey(attachment: ListedAttachment): string {
  return `${CACHE_KEY_PREFIX}${attachment.size}|${attachment.name}|${attachment.id}`;
}

/** Keeps the first finding per rule and place: enough to decide and to say what was found. */
export function compactEntry(scan: PrescannedAttachments): CacheEntry {
  const seen = new Set<string>();
  const f: CacheEntry['f'] = [];
  for (const finding of scan.findings) {
    if (finding.location.part !== 'attachment' || !CONTENT_RULES.includes(finding.rule)) continue;
    const place = `${finding.rule}|${finding.location.name}`;
    if (seen.has(place)) continue;
    seen.add(place);
    f.push({
      r: finding.rule,
      n: finding.location.name,
      s: finding.severity,
      ...(finding.excerpt === undefined ? {} : { x: finding.excerpt }),
      // The detector's explanation starts with the kind ("onderwijsnummer checksum, …").
      ...(finding.explanation.startsWith('onderwijsnummer') ? { o: 1 as const } : {}),
    });
  }
  return { f, w: scan.notices.map((notice) => ({ c: notice.code, n: notice.attachment })) };
}

/** The findings and notices an entry stands for, with their messages rebuilt from the rule. */
export function expandEntries(entries: readonly CacheEntry[]): PrescannedAttachments {
  const findings = entries.flatMap((entry) => entry.f.map(expandFinding));
  const notices = entries.flatMap((entry) =>
    entry.w.map((stored): Notice => ({
      code: stored.c,
      attachment: stored.n,
      message: noticeMessage(stored.c, stored.n),
    })),
  );
  return { findings, notices };
}

function expandFinding(stored: CacheEntry['f'][number]): Finding {
  // The bsn excerpt ends with the masked number: "Naam;BSN Daan;******863".
  const last = stored.x?.split(/[\s;:,(]/).pop() ?? '';
  const masked = last.includes('*') ? last.slice(last.indexOf('*')) : last;
  const message =
    stored.r === 'bsn'
      ? findingMessages.citizenNumber(stored.o ? 'onderwijsnummer' : 'bsn', masked)
      : stored.r === 'pupil-file'
        ? findingMessages.pupilFile()
        : findingMessages.sensitivePersonal();
  return {
    rule: stored.r,
    severity: stored.s,
    message,
    location: { part: 'attachment', name: stored.n },
    ...(stored.x === undefined ? {} : { excerpt: stored.x }),
    explanation: 'read from the attachment earlier in this compose session',
    policySection: policySectionOf(stored.r),
  };
}

/** Session data another add-in version, or a broken write, may have left: parse, never trust. */
export function parseCacheEntry(text: unknown): CacheEntry | undefined {
  if (typeof text !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // Checked by hand rather than with a schema library: the event script must stay small.
  const entry = value as Partial<CacheEntry> | null;
  const severities: readonly unknown[] = ['info', 'warning', 'critical'];
  const isFinding = (item: Partial<CacheEntry['f'][number]> | null) =>
    CONTENT_RULES.includes(item?.r as RuleId) &&
    typeof item?.n === 'string' &&
    severities.includes(item.s) &&
    (item.x === undefined || typeof item.x === 'string');
  const isNotice = (item: Partial<CacheEntry['w'][number]> | null) =>
    NOTICE_CODES.includes(item?.c as NoticeCode) && typeof item?.n === 'string';
  if (!entry || !Array.isArray(entry.f) || !Array.isArray(entry.w)) return undefined;
  if (!entry.f.every(isFinding) || !entry.w.every(isNotice)) return undefined;
  return entry as CacheEntry;
}

/** Where entries live: the item's session data (addin/office/attachment-cache-store.ts). */
export interface AttachmentCacheStore {
  /** Every entry on the item, by key. */
  load(): Promise<Map<string, CacheEntry>>;
  /** False when Outlook refused the write (e.g. over its size limit): the file is then not cached. */
  save(key: string, entry: CacheEntry): Promise<boolean>;
  remove(keys: readonly string[]): Promise<void>;
}
