// Turns a dropped .eml into a draft for the preview, in the browser: the engine's own MIME reader
// for headers, subject, text and attachments; only the address lists are read here.
import { escapeHtml } from '../../shared/html/escape-html';
import { parseMimeMessage, splitOutsideQuotes } from '../../shared/scan/extract/mime';
import type { FakeDraft } from './office-host/fake-mailbox';

type Recipient = FakeDraft['to'][number];

/** Builds a compose draft from the bytes of a message; throws when the bytes hold no mail. */
export function draftFromEml(bytes: Uint8Array): FakeDraft {
  const message = parseMimeMessage(bytes);
  const headers = message.headers;
  if (!headers.has('from') && !headers.has('subject') && !headers.has('to'))
    throw new Error('no mail headers');
  const [from] = addresses(headers.get('from'));
  const draft: FakeDraft = {
    subject: message.subject,
    body: textToHtml(message.text),
    to: addresses(headers.get('to')),
    cc: addresses(headers.get('cc')),
    bcc: [],
    attachments: message.attachments.map((attachment) => ({
      name: attachment.name,
      size: attachment.content.length,
      content: attachment.content,
      format: attachment.contentType.startsWith('message/rfc822') ? 'eml' : 'base64',
    })),
  };
  if (from) draft.from = { displayName: from.displayName ?? '', emailAddress: from.emailAddress };
  return draft;
}

/** `Name <a@b.nl>, c@d.nl` → recipients; commas inside quoted names are kept with the name. */
function addresses(header: string | undefined): Recipient[] {
  if (!header) return [];
  const parts = splitOutsideQuotes(header, ',').filter((part) => part.trim() !== '');
  return parts.flatMap((part): Recipient[] => {
    const open = part.lastIndexOf('<');
    const close = part.indexOf('>', open);
    const isAngled = open >= 0 && close > open;
    const emailAddress = (isAngled ? part.slice(open + 1, close) : part).trim();
    if (!emailAddress.includes('@')) return [];
    const name = isAngled ? part.slice(0, open).trim().replace(/^"|"$/g, '') : '';
    return [name ? { displayName: name, emailAddress } : { emailAddress }];
  });
}

function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line) || '<br>'}</p>`)
    .join('');
}
