// Turns a dropped .eml into a draft for the preview, in the browser: the engine's own MIME reader
// for subject, text and attachments; the address headers read here, since the reader skips them.
import { parseMimeMessage } from '../../shared/scan/extract/mime';
import type { FakeDraft } from './office-host/fake-mailbox';

type Recipient = FakeDraft['to'][number];

/** Builds a compose draft from the bytes of a message; throws when the bytes hold no mail. */
export function draftFromEml(bytes: Uint8Array): FakeDraft {
  const headers = topHeaders(new TextDecoder('latin1').decode(bytes.slice(0, 64 * 1024)));
  if (!headers.has('from') && !headers.has('subject') && !headers.has('to'))
    throw new Error('no mail headers');
  const message = parseMimeMessage(bytes);
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

function topHeaders(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  const text = (end >= 0 ? raw.slice(0, end) : raw).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits on commas that are not inside a quoted display name. */
function splitOutsideQuotes(header: string): string[] {
  const parts: string[] = [];
  let current = '';
  let isQuoted = false;
  for (const char of header) {
    if (char === '"') isQuoted = !isQuoted;
    if (char === ',' && !isQuoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

/** `Name <a@b.nl>, c@d.nl` → recipients; commas inside quoted names are kept with the name. */
function addresses(header: string | undefined): Recipient[] {
  if (!header) return [];
  const parts = splitOutsideQuotes(header);
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
  const escape = (line: string) =>
    line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r?\n/)
    .map((line) => `<p>${escape(line) || '<br>'}</p>`)
    .join('');
}
