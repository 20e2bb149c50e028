// Recognises mod-97-valid IBANs ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300") so that their
// digit groups are never read as citizen numbers.
import { isAlphanumeric, isDigit, isLetter } from './chars';

const MIN_IBAN_LENGTH = 15;
const MAX_IBAN_LENGTH = 34;

/** Characters an IBAN can span, with its single spaces. */
const MAX_IBAN_SPAN = 42;

/**
 * Whether [start, end) lies inside a valid IBAN. Asked only for numbers that already passed the
 * eleven-test, so the text is never searched for IBANs as a whole.
 */
export function isInsideIban(text: string, start: number, end: number): boolean {
  for (let i = start - 4; i >= 0 && start - i <= MAX_IBAN_SPAN; i--) {
    if (!isIbanStart(text, i)) continue;
    const ibanEnd = validIbanEnd(text, i);
    if (ibanEnd !== undefined && ibanEnd >= end) return true;
  }
  return false;
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
