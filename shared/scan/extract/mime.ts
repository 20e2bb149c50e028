// A small reader for attached mails (message/rfc822, .eml): headers, the text parts and the
// attachments inside, enough to scan them. The CLI reads top-level files with postal-mime; this one
// is small enough for the add-in's event bundle, which Outlook loads before every send.
import { decodeBase64 } from './base64';
import { decodeCharset, latin1 } from './charset';
import { htmlToText } from '../text/html-to-text';

export interface MimeMessage {
  /** The top-level header fields, names lower-cased, folded lines joined. */
  headers: ReadonlyMap<string, string>;
  subject: string;
  text: string;
  attachments: { name: string; contentType: string; content: Uint8Array }[];
}

const MAX_DEPTH = 4;

/** Parses a message from its bytes (each byte kept as one char until its charset is known). */
export function parseMimeMessage(bytes: Uint8Array): MimeMessage {
  const raw = latin1(bytes);
  const { headers, body } = splitHeaders(raw);
  const message: MimeMessage = { headers, subject: '', text: '', attachments: [] };
  message.subject = decodeEncodedWords(headers.get('subject') ?? '');
  const texts: string[] = [];
  readPart(headers, body, message, texts, 0);
  message.text = texts.join('\n');
  return message;
}

function readPart(
  headers: Map<string, string>,
  body: string,
  message: MimeMessage,
  texts: string[],
  depth: number,
): void {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const boundary = parameter(contentType, 'boundary');
  if (mediaType.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    for (const part of splitMultipart(body, boundary)) {
      const inner = splitHeaders(part);
      readPart(inner.headers, inner.body, message, texts, depth + 1);
    }
    return;
  }
  const bytes = decodeTransfer(body, headers.get('content-transfer-encoding'));
  const disposition = headers.get('content-disposition') ?? '';
  const name =
    extendedParameter(disposition, 'filename') ??
    extendedParameter(contentType, 'name') ??
    decodeEncodedWords(parameter(disposition, 'filename') ?? parameter(contentType, 'name') ?? '');
  const charset = parameter(contentType, 'charset');
  const isAttachment =
    disposition.toLowerCase().startsWith('attachment') ||
    (name !== '' && !mediaType.startsWith('text/'));
  if (!isAttachment && mediaType === 'text/plain') texts.push(decodeCharset(bytes, charset));
  else if (!isAttachment && mediaType === 'text/html')
    texts.push(htmlToText(decodeCharset(bytes, charset)));
  else
    message.attachments.push({
      name: name || 'bijlage',
      contentType: charset ? `${mediaType}; charset=${charset}` : mediaType,
      content: bytes,
    });
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const headerText = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break;
    const next = body.indexOf(delimiter, afterDelimiter);
    const lineEnd = body.indexOf('\n', afterDelimiter);
    if (lineEnd === -1) break;
    parts.push(body.slice(lineEnd + 1, next === -1 ? body.length : next));
    start = next;
  }
  return parts;
}

/**
 * RFC 2231 parameters: `name*=utf-8''a%20b` and continuations `name*0*=…; name*1*=…`.
 * Undefined when the header has no extended form of `name`.
 */
function extendedParameter(header: string, name: string): string | undefined {
  const pieces: { index: number; value: string; isEncoded: boolean }[] = [];
  for (const part of headerParameters(header)) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    if (!key.startsWith(`${name}*`)) continue;
    const rest = key.slice(name.length + 1);
    const isEncoded = rest.endsWith('*') || rest === '';
    const index = Number(rest.replace('*', '') || '0');
    const value = part
      .slice(equals + 1)
      .trim()
      .replace(/^"|"$/g, '');
    if (Number.isInteger(index)) pieces.push({ index, value, isEncoded });
  }
  if (pieces.length === 0) return undefined;
  pieces.sort((a, b) => a.index - b.index);
  const first = pieces[0]?.value ?? '';
  const quote = first.indexOf("'");
  const secondQuote = quote === -1 ? -1 : first.indexOf("'", quote + 1);
  const charset = pieces[0]?.isEncoded && secondQuote !== -1 ? first.slice(0, quote) : undefined;
  const bytes: number[] = [];
  pieces.forEach((piece, i) => {
    const value =
      i === 0 && secondQuote !== -1 && piece.isEncoded
        ? piece.value.slice(secondQuote + 1)
        : piece.value;
    for (let k = 0; k < value.length; k++) {
      const hex = piece.isEncoded && value[k] === '%' ? value.slice(k + 1, k + 3) : '';
      if (/^[0-9a-f]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        k += 2;
      } else bytes.push(value.charCodeAt(k) & 0xff);
    }
  });
  return decodeCharset(Uint8Array.from(bytes), charset);
}

function parameter(header: string, name: string): string | undefined {
  for (const part of headerParameters(header)) {
    const equals = part.indexOf('=');
    if (equals === -1 || part.slice(0, equals).trim().toLowerCase() !== name) continue;
    const value = part.slice(equals + 1).trim();
    return value.startsWith('"') ? value.slice(1, value.endsWith('"') ? -1 : undefined) : value;
  }
  return undefined;
}

/** The `key=value` pieces after a header's first `;`. */
function headerParameters(header: string): string[] {
  return splitOutsideQuotes(header, ';').slice(1);
}

/** Splits on `separator` where it is not inside double quotes: `a; name="x;y"`, `"B, A" <a@b>, c@d`. */
export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let isQuoted = false;
  for (const char of text) {
    if (char === '"') isQuoted = !isQuoted;
    if (char === separator && !isQuoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  const kind = (encoding ?? '').trim().toLowerCase();
  if (kind === 'base64') return decodeBase64(body);
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  return latin1Bytes(body);
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const unfolded = text.replace(/=\r?\n/g, '');
  const out = new Uint8Array(unfolded.length);
  let length = 0;
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded[i];
    const hex = char === '=' ? unfolded.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      out[length++] = parseInt(hex, 16);
      i += 2;
    } else {
      out[length++] = unfolded.charCodeAt(i) & 0xff;
    }
  }
  return out.subarray(0, length);
}

/** The raw message arrives as a byte-per-char string; keep the bytes for the charset decoding. */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** RFC 2047 words in headers: =?utf-8?B?…?= and =?iso-8859-1?Q?…?=. Read with indexOf, not a regex. */
function decodeEncodedWords(value: string): string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const start = value.indexOf('=?', i);
    const charsetEnd = start === -1 ? -1 : value.indexOf('?', start + 2);
    const kind = charsetEnd === -1 ? '' : (value[charsetEnd + 1] ?? '').toLowerCase();
    const end =
      charsetEnd === -1 || value[charsetEnd + 2] !== '?' ? -1 : value.indexOf('?=', charsetEnd + 3);
    if (start === -1 || end === -1 || (kind !== 'b' && kind !== 'q')) {
      out.push(value.slice(i));
      return out.join('');
    }
    const gap = value.slice(i, start);
    if (out.length === 0 || gap.trim() !== '') out.push(gap); // spaces between encoded words vanish
    const data = value.slice(charsetEnd + 3, end);
    out.push(
      decodeCharset(
        kind === 'b' ? decodeBase64(data) : decodeQuotedPrintable(data.replace(/_/g, ' ')),
        value.slice(start + 2, charsetEnd),
      ),
    );
    i = end + 2;
  }
}
