// Finds mod-97-valid IBANs ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300") so that their digit
// groups are never read as citizen numbers.
import { isAlphanumeric, isDigit, isLetter } from './chars';

const MIN_IBAN_LENGTH = 15;
const MAX_IBAN_LENGTH = 34;

/** Returns the text with every valid IBAN's characters replaced by "x" (same length, same offsets). */
export function blankOutIbans(text: string): string {
  const parts: string[] = [];
  let copiedUpTo = 0;
  // Candidates: two letters and two digits (native regex search, then checked by hand).
  const starts = /[a-z]{2}\d{2}/gi;
  for (let found = starts.exec(text); found; found = starts.exec(text)) {
    const i = found.index;
    if (i < copiedUpTo || !isIbanStart(text, i)) {
      starts.lastIndex = i + 1;
      continue;
    }
    const end = validIbanEnd(text, i);
    if (end === undefined) {
      starts.lastIndex = i + 1;
      continue;
    }
    parts.push(text.slice(copiedUpTo, i), 'x'.repeat(end - i));
    copiedUpTo = end;
    starts.lastIndex = end;
  }
  if (copiedUpTo === 0) return text;
  parts.push(text.slice(copiedUpTo));
  return parts.join('');
}

function isIbanStart(text: string, i: number): boolean {
  return (
    isLetter(text.charCodeAt(i)) &&
    isLetter(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    (i === 0 || !isAlphanumeric(text.charCodeAt(i - 1)))
  );
}

/**
 * Reads alphanumerics (single spaces allowed between them) and returns the end offset of the longest
 * prefix that passes ISO 13616 mod 97. The remainder is built up incrementally, so each start costs
 * at most 34 steps.
 */
function validIbanEnd(text: string, start: number): number | undefined {
  const head = text.slice(start, start + 4).toUpperCase();
  const headValue = ibanDigits(head);
  const headScale = 10 ** headValue.length;
  let remainder = 0;
  let length = 4;
  let best: number | undefined;
  let i = start + 4;
  while (i < text.length && length < MAX_IBAN_LENGTH) {
    const code = text.charCodeAt(i);
    if (code === 32 && isAlphanumeric(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (!isAlphanumeric(code)) break;
    remainder = appendChar(remainder, code);
    length++;
    i++;
    if (length >= MIN_IBAN_LENGTH && !isAlphanumeric(text.charCodeAt(i))) {
      if ((remainder * (headScale % 97) + Number(headValue)) % 97 === 1) best = i;
    }
  }
  return best;
}

function appendChar(remainder: number, code: number): number {
  if (isDigit(code)) return (remainder * 10 + (code - 48)) % 97;
  return (remainder * 100 + ((code | 32) - 87)) % 97;
}

function ibanDigits(head: string): string {
  let digits = '';
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    digits += isDigit(code) ? head[i] : String((code | 32) - 87);
  }
  return digits;
}
