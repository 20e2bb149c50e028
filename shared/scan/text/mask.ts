// Masking for anything shown to a person: never a full citizen number.

/** @example maskNumber('123456782') // '******782' */
export function maskNumber(digits: string): string {
  return '*'.repeat(Math.max(0, digits.length - 3)) + digits.slice(-3);
}

/** Masks every run of five or more digits (with separators) in a piece of context text. */
export function maskDigitRuns(text: string): string {
  return text.replace(/\d(?:[ .-]?\d){4,}/g, (run) => maskNumber(run.replace(/\D/g, '')));
}
