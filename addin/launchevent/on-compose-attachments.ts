// OnMessageCompose and OnMessageAttachmentsChanged: reads the attachments' content while the sender
// is still writing — those already on a forward, a reply or a reopened draft when the form opens, and
// those added later — and keeps what it found for the send handler. The information bar says it.
import { composeNoticeText } from '../../shared/i18n/compose-notice-text';
import type { Language } from '../../shared/i18n/smart-alert-text';
import { cacheKey, type AttachmentCacheStore } from './attachment-cache';
import { checkAttachments, type AttachmentCheckDependencies } from './check-attachments';

export interface ComposeEvent {
  completed(): void;
  /** OnMessageAttachmentsChanged only: "added" or "removed", and which attachment. */
  attachmentStatus?: string;
  attachmentDetails?: unknown;
}

export interface ComposeAttachmentsDependencies extends AttachmentCheckDependencies {
  cache: AttachmentCacheStore;
  showNotice: (text: string | undefined) => Promise<void>;
  language: Language;
}

export async function handleComposeAttachments(
  event: ComposeEvent,
  dependencies: ComposeAttachmentsDependencies,
): Promise<void> {
  try {
    const { source, cache } = dependencies;
    const removed = removedAttachmentKey(event);
    if (removed) await cache.remove([removed]);
    const [listed, cached] = await Promise.all([source.list(), cache.load()]);
    const check = await checkAttachments(listed, cached, dependencies);
    // One write per attachment: a write over Outlook's limit loses only that file's entry,
    // which the send handler then reads itself.
    for (const [key, entry] of check.fresh) await cache.save(key, entry);
    await dependencies.showNotice(
      composeNoticeText(check.prescanned.findings, dependencies.language),
    );
  } catch {
    // Nothing is lost: the send handler reads whatever is not cached.
  }
  event.completed();
}

/**
 * A removed attachment takes its entry with it. Only the event that says so removes anything: an
 * instance that listed the attachments a moment earlier must not delete what another just wrote.
 */
function removedAttachmentKey(event: ComposeEvent): string | undefined {
  if (event.attachmentStatus?.toLowerCase() !== 'removed') return undefined;
  const details = event.attachmentDetails as Partial<Record<'id' | 'name' | 'size', unknown>>;
  const { id, name, size } = details ?? {};
  return typeof id === 'string' && typeof name === 'string' && typeof size === 'number'
    ? cacheKey({ id, name, size })
    : undefined;
}
