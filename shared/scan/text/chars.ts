// Character classes for the hand-written scanners (faster than regex and linear by construction).

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII and Latin-1 letters: enough to tell "A123456782" (a code) from " 123456782". */
export function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 192 && code <= 591 && code !== 215 && code !== 247)
  );
}

export function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isLetter(code);
}
