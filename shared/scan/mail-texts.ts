// Gathers everything in a mail that a person could read: subject, body (the HTML as text when there
// is one, as Outlook's add-in reads it; else the plain text) and the text of readable attachments,
// each with where it was found.
import { noticeMessage } from '../i18n/finding-messages';
import { readAttachment } from './extract/attachment-text';
import { ReadBudget, type ReadLimits } from './extract/read-budget';
import { htmlToText } from './text/html-to-text';
import type { Location, MailInput, Notice } from './types';

interface MailText {
  location: Location;
  text: string;
}

export interface MailContent {
  texts: MailText[];
  /** Attachment names, including files inside attached mails, for the name-based checks. */
  attachmentNames: string[];
  notices: Notice[];
}

export function collectMailContent(
  mail: MailInput,
  readLimitBytes: number,
  mailReadLimits: ReadLimits,
): MailContent {
  const budget = new ReadBudget(mailReadLimits);
  const texts: MailText[] = [{ location: { part: 'subject' }, text: mail.subject }];
  const body = mail.bodyHtml?.trim() ? htmlToText(mail.bodyHtml) : (mail.bodyText ?? '');
  texts.push({ location: { part: 'body' }, text: body });
  const attachmentNames: string[] = [];
  const notices: Notice[] = [];
  for (const attachment of mail.attachments) {
    attachmentNames.push(attachment.name);
    const reading = readAttachment(attachment, readLimitBytes, budget);
    for (const { name, text } of reading.texts)
      texts.push({ location: { part: 'attachment', name }, text });
    attachmentNames.push(...reading.innerNames);
    for (const problem of reading.problems) {
      notices.push({
        code: problem.code,
        attachment: problem.name,
        message: noticeMessage(problem.code, problem.name),
      });
    }
  }
  return { texts, attachmentNames, notices };
}
