// Reads Rich Text Format: text with \par and \line as line breaks, \cell and \tab as tabs, \'hh
// bytes in the document's ANSI code page (Windows-1252), \uN characters, and without the font,
// colour, style and picture tables.
import { windows1252Char } from './charset';

/** Destinations whose content is not document text. */
const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'xmlnstbl',
  'revtbl',
  'filetbl',
  'header_info',
]);

const MAX_GROUP_DEPTH = 256;

export function rtfToText(bytes: Uint8Array): string {
  const out: string[] = [];
  /** Per group: whether its text is skipped, and how many bytes follow a \uN (\ucN). */
  const stack: { isSkipped: boolean; unicodeSkip: number }[] = [];
  let isSkipped = false;
  let unicodeSkip = 1;
  let pendingSkip = 0;
  const emit = (text: string) => {
    if (!isSkipped) out.push(text);
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x7b) {
      if (stack.length < MAX_GROUP_DEPTH) stack.push({ isSkipped, unicodeSkip });
      continue;
    }
    if (byte === 0x7d) {
      ({ isSkipped, unicodeSkip } = stack.pop() ?? { isSkipped, unicodeSkip });
      continue;
    }
    if (byte === 0x0d || byte === 0x0a) continue;
    if (byte !== 0x5c) {
      if (pendingSkip > 0) pendingSkip--;
      else emit(windows1252Char(byte));
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    if (next === 0x27) {
      const code = parseInt(String.fromCharCode(bytes[i + 2] ?? 0, bytes[i + 3] ?? 0), 16);
      i += 3;
      if (pendingSkip > 0) pendingSkip--;
      else if (!Number.isNaN(code)) emit(windows1252Char(code));
      continue;
    }
    if (!isLetter(next)) {
      i++;
      if (next === 0x2a)
        isSkipped = true; // \* : an optional destination we do not know
      else if (next === 0x7e) emit('\u00a0');
      else if (next === 0x0a || next === 0x0d) emit('\n');
      else if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
      continue;
    }
    let k = i + 1;
    while (isLetter(bytes[k] ?? 0)) k++;
    const word = String.fromCharCode(...bytes.subarray(i + 1, k));
    let numberEnd = k;
    if (bytes[numberEnd] === 0x2d) numberEnd++;
    while ((bytes[numberEnd] ?? 0) >= 0x30 && (bytes[numberEnd] ?? 0) <= 0x39) numberEnd++;
    const parameter =
      numberEnd > k ? Number(String.fromCharCode(...bytes.subarray(k, numberEnd))) : undefined;
    i = bytes[numberEnd] === 0x20 ? numberEnd : numberEnd - 1;
    pendingSkip = 0;
    if (SKIPPED.has(word)) isSkipped = true;
    else if (
      word === 'par' ||
      word === 'line' ||
      word === 'row' ||
      word === 'sect' ||
      word === 'page'
    )
      emit('\n');
    else if (word === 'tab' || word === 'cell') emit('\t');
    else if (word === 'uc') unicodeSkip = parameter ?? 1;
    else if (word === 'u' && parameter !== undefined) {
      emit(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
      pendingSkip = unicodeSkip;
    } else if (word === 'emdash') emit('\u2014');
    else if (word === 'endash') emit('\u2013');
    else if (word === 'lquote') emit('\u2018');
    else if (word === 'rquote') emit('\u2019');
    else if (word === 'ldblquote') emit('\u201c');
    else if (word === 'rdblquote') emit('\u201d');
    else if (word === 'bullet') emit('\u2022');
  }
  return out.join('');
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}
