// Turns an attachment's bytes into text for the detectors: txt, csv, html, docx, xlsx and attached
// mails. PDFs and images are judged by name only. A broken or oversized file yields a notice, never
// an exception, and reading stops at the configured byte limit.
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import type { MailAttachment, NoticeCode } from '../types';
import { bytesToText } from './bytes-to-text';
import { docxXmlToText, isDocxPart } from './docx';
import { parseMimeMessage } from './mime';
import { isSheetPart, readSharedStrings, SHARED_STRINGS_PART, sheetXmlToText } from './xlsx';
import { htmlToText } from '../text/html-to-text';

type AttachmentKind = 'text' | 'html' | 'docx' | 'xlsx' | 'eml' | 'name-only';

interface AttachmentText {
  /** Display path: "verslag.eml › cijfers.xlsx" for files inside an attached mail. */
  name: string;
  text: string;
}

export interface AttachmentReading {
  texts: AttachmentText[];
  /** Files inside attached mails, judged by name like the mail's own attachments. */
  innerNames: string[];
  problems: { name: string; code: NoticeCode }[];
}

const MAX_NESTING = 2;

function attachmentKind(name: string, contentType = ''): AttachmentKind {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const type = contentType.toLowerCase();
  if (
    ['txt', 'csv', 'tsv', 'text', 'md', 'ics', 'vcf'].includes(extension) ||
    type === 'text/plain' ||
    type === 'text/csv'
  )
    return 'text';
  if (['html', 'htm'].includes(extension) || type === 'text/html') return 'html';
  if (extension === 'docx' || extension === 'docm' || type.includes('wordprocessingml'))
    return 'docx';
  if (extension === 'xlsx' || extension === 'xlsm' || type.includes('spreadsheetml')) return 'xlsx';
  if (extension === 'eml' || type === 'message/rfc822') return 'eml';
  return 'name-only';
}

/** Reads one attachment; `readLimit` bounds the bytes (or unzipped bytes) looked at. */
export function readAttachment(attachment: MailAttachment, readLimit: number): AttachmentReading {
  const reading: AttachmentReading = { texts: [], innerNames: [], problems: [] };
  if (attachment.content)
    readInto(reading, attachment.name, attachment.contentType, attachment.content, readLimit, 0);
  return reading;
}

function readInto(
  reading: AttachmentReading,
  name: string,
  contentType: string | undefined,
  content: Uint8Array,
  readLimit: number,
  depth: number,
): void {
  const kind = attachmentKind(name, contentType);
  if (kind === 'name-only') return;
  try {
    const isTruncated =
      (kind === 'text' || kind === 'html' || kind === 'eml') && content.length > readLimit;
    const bytes = isTruncated ? content.subarray(0, readLimit) : content;
    if (isTruncated) reading.problems.push({ name, code: 'attachment-truncated' });
    switch (kind) {
      case 'text':
        reading.texts.push({ name, text: bytesToText(bytes) });
        return;
      case 'html':
        reading.texts.push({ name, text: htmlToText(bytesToText(bytes)) });
        return;
      case 'docx':
        reading.texts.push({
          name,
          text: readZipParts(reading, name, bytes, readLimit, isDocxPart)
            .map(docxXmlToText)
            .join('\n'),
        });
        return;
      case 'xlsx':
        reading.texts.push({ name, text: readSpreadsheet(reading, name, bytes, readLimit) });
        return;
      case 'eml':
        readMail(reading, name, bytes, readLimit, depth);
        return;
    }
  } catch {
    reading.problems.push({ name, code: 'attachment-unreadable' });
  }
}

function readMail(
  reading: AttachmentReading,
  name: string,
  bytes: Uint8Array,
  readLimit: number,
  depth: number,
): void {
  let raw = '';
  for (let i = 0; i < bytes.length; i += 8192)
    raw += String.fromCharCode(...bytes.subarray(i, i + 8192));
  const message = parseMimeMessage(raw);
  reading.texts.push({ name, text: `${message.subject}\n${message.text}` });
  for (const inner of message.attachments) {
    const innerName = `${name} › ${inner.name}`;
    reading.innerNames.push(innerName);
    if (depth < MAX_NESTING)
      readInto(reading, innerName, inner.contentType, inner.content, readLimit, depth + 1);
  }
}

function readSpreadsheet(
  reading: AttachmentReading,
  name: string,
  bytes: Uint8Array,
  readLimit: number,
): string {
  const parts = unzipParts(
    reading,
    name,
    bytes,
    readLimit,
    (path) => path === SHARED_STRINGS_PART || isSheetPart(path),
  );
  const sharedXml = parts.get(SHARED_STRINGS_PART);
  const shared = sharedXml ? readSharedStrings(sharedXml) : [];
  return [...parts.entries()]
    .filter(([path]) => isSheetPart(path))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, xml]) => sheetXmlToText(xml, shared))
    .join('\n\n');
}

function readZipParts(
  reading: AttachmentReading,
  name: string,
  bytes: Uint8Array,
  readLimit: number,
  wanted: (path: string) => boolean,
): string[] {
  return [...unzipParts(reading, name, bytes, readLimit, wanted).values()];
}

/** Unzips only the wanted parts, and only while their unpacked sizes fit in the read limit (zip bombs). */
function unzipParts(
  reading: AttachmentReading,
  name: string,
  bytes: Uint8Array,
  readLimit: number,
  wanted: (path: string) => boolean,
): Map<string, string> {
  let budget = readLimit;
  let isTruncated = false;
  const files = unzipSync(bytes, {
    filter(file: UnzipFileInfo) {
      if (!wanted(file.name)) return false;
      if (file.originalSize > budget) {
        isTruncated = true;
        return false;
      }
      budget -= file.originalSize;
      return true;
    },
  });
  if (isTruncated) reading.problems.push({ name, code: 'attachment-truncated' });
  const parts = new Map<string, string>();
  // OOXML parts are UTF-8 by definition.
  for (const [path, data] of Object.entries(files)) parts.set(path, strFromU8(data));
  return parts;
}
