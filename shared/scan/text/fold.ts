// Lower-case and strip accents so "Ziekmelding", "ziekmélding" and "ZIEKMELDING" compare equal.
// Keeps the length, so positions in the folded text are positions in the original.

// Accented letters, and the typographic apostrophe Outlook and phones type ("it’s", "I’m"),
// which reads as the plain one: one pass over the text for both.
const ACCENTED = /[\u00c0-\u024f\u2019]/g;
const BASE_LETTERS = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code++) {
  const char = String.fromCharCode(code);
  const base = char.normalize('NFD').charAt(0);
  if (base !== char && base.length === 1) BASE_LETTERS.set(char, base);
}

// Letters without a decomposition that still read as a base letter in names: "Aydın", "Łukasz", "Søren".
for (const [char, base] of [
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['\u2019', "'"],
] as const)
  BASE_LETTERS.set(char, base);

/** @example fold('Geïnformeerd') // 'geinformeerd' */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  // "İbrahim": the Turkish capital İ is the one letter whose lower case is two characters (i and a
  // combining dot), which would shift every later position; it folds to a plain i instead.
  if (lower.length !== text.length) lower = text.replace(/\u0130/g, 'I').toLowerCase();
  return lower.replace(ACCENTED, (char) => BASE_LETTERS.get(char) ?? char);
}
