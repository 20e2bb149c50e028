// Lower-case and strip accents so "Ziekmelding", "ziekmélding" and "ZIEKMELDING" compare equal.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\0-\x7f]/;

/** @example fold('Geïnformeerd') // 'geinformeerd' */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most mail is plain ASCII; only the rest needs decomposing.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}
