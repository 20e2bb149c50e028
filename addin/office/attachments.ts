// The draft's attachments through Office.js (Mailbox 1.8): the list, and each file's bytes as the
// engine reads them. Inline images are part of the body, not files the sender attached.
import { strToU8 } from 'fflate';
import { decodeBase64 } from '../../shared/scan/extract/base64';
import type {
  AttachmentContent,
  AttachmentSource,
  ListedAttachment,
} from '../launchevent/attachment-source';
import { call } from './office-call';

function draft(): Office.MessageCompose {
  return Office.context.mailbox.item as Office.MessageCompose;
}

export async function listAttachments(): Promise<ListedAttachment[]> {
  if (!Office.context.requirements.isSetSupported('Mailbox', '1.8')) return [];
  const details = await call<Office.AttachmentDetailsCompose[]>((done) =>
    draft().getAttachmentsAsync(done),
  );
  return details
    .filter((entry) => !entry.isInline)
    .map((entry) => ({ id: entry.id, name: entry.name, size: entry.size }));
}

/**
 * A file's bytes, up to `limitBytes`: files (base64), attached mails (eml) and invitations
 * (iCalendar). A cloud attachment (url) is a link whose file Outlook does not give.
 */
export async function readAttachmentContent(
  attachment: ListedAttachment,
  limitBytes: number,
): Promise<AttachmentContent> {
  if (attachment.size > limitBytes) return { ok: false, reason: 'too-large' };
  const formats: Record<'Base64' | 'Eml' | 'ICalendar', string> =
    Office.MailboxEnums.AttachmentContentFormat;
  try {
    const content = await call<Office.AttachmentContent>((done) =>
      draft().getAttachmentContentAsync(attachment.id, done),
    );
    const format: string = content.format;
    if (format === formats.Base64) return { ok: true, bytes: decodeBase64(content.content) };
    if (format === formats.Eml || format === formats.ICalendar)
      return { ok: true, bytes: strToU8(content.content) };
  } catch {
    // InvalidAttachmentId, AttachmentTypeNotSupported, a lost connection: not given.
  }
  return { ok: false, reason: 'not-given' };
}

export function officeAttachments(limitBytes: number): AttachmentSource {
  return {
    list: listAttachments,
    read: (attachment) => readAttachmentContent(attachment, limitBytes),
  };
}
