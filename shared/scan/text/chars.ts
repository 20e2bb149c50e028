// Character classes for the hand-written scanners (faster than regex and linear by construction).

/**
 * 1 for ASCII letters and digits and for Latin-1/Latin Extended letters (not × and ÷). Covers all
 * UTF-16 code units, so a look-up never reads past the end (which V8 handles on a slow path).
 */
const ALPHANUMERIC = new Uint8Array(65536);
for (let code = 0; code < 592; code++) {
  const isAsciiAlphanumeric =
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  ALPHANUMERIC[code] = isAsciiAlphanumeric || (code >= 192 && code !== 215 && code !== 247) ? 1 : 0;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII and Latin letters: enough to tell "A123456782" (a code) from " 123456782". */
export function isLetter(code: number): boolean {
  return ALPHANUMERIC[code] === 1 && !(code >= 48 && code <= 57);
}

/** A–Z and the Latin-1 capitals ("É" in "É.K.", not ×): an original text's capital letters. */
export function isUpperLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** "K." at `at`: a capital and a full stop, as an initial is written. */
export function isInitialAt(original: string, at: number): boolean {
  return isUpperLetter(original.charCodeAt(at)) && original.charCodeAt(at + 1) === 46;
}

/** a–z: the letters of folded text, where "ë" is already "e". */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isAlphanumeric(code: number): boolean {
  return ALPHANUMERIC[code] === 1;
}

/** The characters JavaScript's `\s` and `trim()` treat as white space, for scanners that match them. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
