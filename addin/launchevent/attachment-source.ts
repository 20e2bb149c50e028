// What the event handlers need from Outlook about attachments, as plain data: the list on the draft
// and each file's bytes. addin/office/attachments.ts implements it with Office.js.

/** A file attached to the draft (inline images excluded): what getAttachmentsAsync reports. */
export interface ListedAttachment {
  /** Valid only in this compose session. */
  id: string;
  name: string;
  size: number;
}

/** Why no bytes: over the read limit, or Outlook did not give them (error, cloud link, too late). */
export type AttachmentContent =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'not-given' };

export interface AttachmentSource {
  list(): Promise<ListedAttachment[]>;
  /** Never rejects: a failure is `{ ok: false, reason: 'not-given' }`. */
  read(attachment: ListedAttachment): Promise<AttachmentContent>;
}
