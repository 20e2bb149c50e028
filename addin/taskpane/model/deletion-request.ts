// The new message that asks a wrong recipient to delete a sent mail: the register's own request
// text (shared/incidents/deletion-request.ts) as a mail the sender reviews and sends. Nothing from
// the sent mail goes in it but when it was sent; several recipients go in Bcc, so the request does
// not show them each other's address (Bijlage 7, e-mail).
import { draftDeletionRequest } from '../../../shared/incidents/deletion-request';
import { letterHtml } from '../../../shared/incidents/letter-html';

/** What Outlook's new-message form is filled with (Office.MessageForm, plain data). */
export interface NewMessage {
  toRecipients: string[];
  bccRecipients: string[];
  subject: string;
  htmlBody: string;
}

export interface DeletionRequestInput {
  /** The addresses the sender marked as wrong; at least one. */
  wrongRecipients: readonly string[];
  organisationName: string;
  /** The incident's number once the breach is reported here. */
  incidentNumber?: string;
  sentAt?: Date;
}

export function deletionRequestMessage(input: DeletionRequestInput): NewMessage {
  const letter = draftDeletionRequest(
    {
      ...(input.incidentNumber ? { number: input.incidentNumber } : {}),
      ...(input.sentAt ? { sentAt: input.sentAt } : {}),
    },
    input.organisationName,
  );
  const recipients = [...new Set(input.wrongRecipients)];
  const isSingle = recipients.length === 1;
  return {
    toRecipients: isSingle ? recipients : [],
    bccRecipients: isSingle ? [] : recipients,
    // The recipient's language is unknown: the subject in Dutch, the body in Dutch and English.
    subject: letter.subject.nl,
    htmlBody: letterHtml(letter),
  };
}
