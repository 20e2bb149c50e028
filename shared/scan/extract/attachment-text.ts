// Turns an attachment's bytes into text for the detectors: text, HTML, RTF, PDF, Word, Excel,
// OpenDocument and attached mails, all within the mail's one read budget. Whatever is not read in
// full (damaged, a password, a scan, an old format, over budget, nested too deep) yields a
// problem naming the file and the reason, never an exception.
import { attachmentKind } from './attachment-kind';
import { decodeCharset } from './charset';
import { docxPartOrder, docxXmlToText, isDocxPart } from './docx';
import { parseMimeMessage } from './mime';
import { ODF_PARTS, odfXmlToText } from './odf';
import { readPdf } from './pdf/read-pdf';
import type { ReadBudget } from './read-budget';
import { rtfToText } from './rtf';
import { isSheetPart, readSharedStrings, SHARED_STRINGS_PART, sheetXmlToText } from './xlsx';
import { readZipTexts, type ZipProblem } from './zip';
import { htmlToText } from '../text/html-to-text';
import type { MailAttachment, NoticeCode } from '../types';

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

/** An attached mail inside an attached mail is read; one level further is not. */
const MAX_NESTING = 2;

/** Reads one attachment; `readLimit` bounds one file, `budget` the whole mail. */
export function readAttachment(
  attachment: MailAttachment,
  readLimit: number,
  budget: ReadBudget,
): AttachmentReading {
  const reading: AttachmentReading = { texts: [], innerNames: [], problems: [] };
  if (attachment.content)
    readInto(
      reading,
      attachment.name,
      attachment.contentType,
      attachment.content,
      readLimit,
      budget,
      0,
    );
  return reading;
}

function readInto(
  reading: AttachmentReading,
  name: string,
  contentType: string | undefined,
  content: Uint8Array,
  readLimit: number,
  budget: ReadBudget,
  depth: number,
): void {
  const kind = attachmentKind(name, contentType, content);
  if (kind === 'image' || (kind === 'other' && content.length === 0)) return;
  const problem = (code: NoticeCode): void => {
    reading.problems.push({ name, code });
  };
  if (kind === 'other' || kind === 'legacy-office') return problem('attachment-unsupported');
  if (!budget.takePart()) return problem('attachment-over-budget');
  const isTruncated = content.length > readLimit;
  const bytes = isTruncated ? content.subarray(0, readLimit) : content;
  const addText = (text: string) => reading.texts.push({ name, text });
  try {
    switch (kind) {
      case 'text':
      case 'html':
      case 'rtf': {
        if (!budget.takeBytes(bytes.length)) return problem('attachment-over-budget');
        if (isTruncated) problem('attachment-truncated');
        const charset = /charset="?([\w-]{1,40})/i.exec(contentType ?? '')?.[1];
        const text = kind === 'rtf' ? rtfToText(bytes) : decodeCharset(bytes, charset);
        addText(kind === 'html' ? htmlToText(text) : text);
        return;
      }
      case 'pdf':
        return readPdfInto(reading, name, content, readLimit, budget);
      case 'docx':
        return readZipInto(reading, name, content, readLimit, budget, isDocxPart, (parts) =>
          [...parts.entries()]
            .sort(([a], [b]) => docxPartOrder(a) - docxPartOrder(b))
            .map(([, xml]) => docxXmlToText(xml))
            .join('\n'),
        );
      case 'xlsx':
        return readZipInto(
          reading,
          name,
          content,
          readLimit,
          budget,
          (path) => path === SHARED_STRINGS_PART || isSheetPart(path),
          spreadsheetText,
        );
      case 'odt':
      case 'ods':
        return readZipInto(
          reading,
          name,
          content,
          readLimit,
          budget,
          (path) => ODF_PARTS.has(path),
          // Headers and footers (styles.xml) first: a reader meets the header before the body.
          (parts) =>
            ['styles.xml', 'content.xml']
              .map((part) => odfXmlToText(parts.get(part) ?? ''))
              .join('\n'),
        );
      case 'eml':
        if (!budget.takeBytes(bytes.length)) return problem('attachment-over-budget');
        if (isTruncated) problem('attachment-truncated');
        return readMail(reading, name, bytes, readLimit, budget, depth);
    }
  } catch {
    problem('attachment-unreadable');
  }
}

function readPdfInto(
  reading: AttachmentReading,
  name: string,
  content: Uint8Array,
  readLimit: number,
  budget: ReadBudget,
): void {
  // A PDF cannot be read from its beginning (its index sits at the end): too large means unread.
  if (content.length > readLimit || !budget.takeBytes(content.length)) {
    reading.problems.push({ name, code: 'attachment-over-budget' });
    return;
  }
  const pdf = readPdf(content, budget);
  if (pdf.ok) {
    reading.texts.push({ name, text: pdf.text });
    if (pdf.isTruncated) reading.problems.push({ name, code: 'attachment-over-budget' });
    return;
  }
  const codes = {
    password: 'attachment-password',
    'image-only': 'attachment-image-only',
    damaged: 'attachment-unreadable',
    'over-budget': 'attachment-over-budget',
  } as const satisfies Record<typeof pdf.reason, NoticeCode>;
  reading.problems.push({ name, code: codes[pdf.reason] });
}

const ZIP_PROBLEMS: Record<ZipProblem, NoticeCode> = {
  'over-budget': 'attachment-over-budget',
  truncated: 'attachment-truncated',
  damaged: 'attachment-unreadable',
};

function readZipInto(
  reading: AttachmentReading,
  name: string,
  content: Uint8Array,
  readLimit: number,
  budget: ReadBudget,
  wanted: (path: string) => boolean,
  toText: (parts: Map<string, string>) => string,
): void {
  const zip = readZipTexts(content, wanted, budget, readLimit);
  for (const code of new Set(zip.problems.map((problem) => ZIP_PROBLEMS[problem])))
    reading.problems.push({ name, code });
  if (zip.parts.size > 0) reading.texts.push({ name, text: toText(zip.parts) });
}

function readMail(
  reading: AttachmentReading,
  name: string,
  bytes: Uint8Array,
  readLimit: number,
  budget: ReadBudget,
  depth: number,
): void {
  const message = parseMimeMessage(bytes);
  reading.texts.push({ name, text: `${message.subject}\n${message.text}` });
  for (const inner of message.attachments) {
    const innerName = `${name} › ${inner.name}`;
    reading.innerNames.push(innerName);
    if (depth < MAX_NESTING)
      readInto(reading, innerName, inner.contentType, inner.content, readLimit, budget, depth + 1);
    else if (attachmentKind(inner.name, inner.contentType, inner.content) !== 'image')
      reading.problems.push({ name: innerName, code: 'attachment-too-deep' });
  }
}

/** Every sheet in workbook order, hidden ones included: hiding a sheet does not remove its data. */
function spreadsheetText(parts: Map<string, string>): string {
  const sharedXml = parts.get(SHARED_STRINGS_PART);
  const shared = sharedXml ? readSharedStrings(sharedXml) : [];
  return [...parts.entries()]
    .filter(([path]) => isSheetPart(path))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, xml]) => sheetXmlToText(xml, shared))
    .join('\n\n');
}
