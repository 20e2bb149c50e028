// Lower-case and strip accents so "Ziekmelding", "ziekmélding" and "ZIEKMELDING" compare equal.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** @example fold('Geïnformeerd') // 'geinformeerd' */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}
