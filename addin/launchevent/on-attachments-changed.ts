// OnMessageAttachmentsChanged: the heavy work of reading attachment content happens here, while the
// sender is still writing, and is kept for the send handler; the information bar says what was found.
import type { Language } from '../../shared/i18n/smart-alert-text';
import { composeNoticeText } from '../../shared/i18n/compose-notice-text';
import type { PrescannedAttachments } from '../../shared/scan/engine';
import type { MailAttachment } from '../../shared/scan/types';
import { attachmentKey, type CachedAttachmentScan } from './cached-attachment-scan';

export interface ComposeEvent {
  completed(): void;
}

export interface AttachmentsChangedDependencies {
  readAttachmentFiles: () => Promise<MailAttachment[]>;
  prescan: (attachments: MailAttachment[]) => PrescannedAttachments;
  saveScan: (scan: CachedAttachmentScan) => Promise<void>;
  showNotice: (text: string | undefined) => Promise<void>;
  language: Language;
}

export async function handleAttachmentsChanged(
  event: ComposeEvent,
  dependencies: AttachmentsChangedDependencies,
): Promise<void> {
  try {
    const attachments = await dependencies.readAttachmentFiles();
    const scan = dependencies.prescan(attachments);
    await dependencies.saveScan({
      attachmentKeys: attachments.filter((attachment) => attachment.content).map(attachmentKey),
      findings: [...scan.findings],
      notices: [...scan.notices],
    });
    await dependencies.showNotice(composeNoticeText(scan.findings, dependencies.language));
  } catch {
    // Nothing is lost: the send handler still checks names and sizes.
  }
  event.completed();
}
