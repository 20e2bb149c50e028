// Cheap compound splitting for Dutch: "wachtwoordlijst" → "wachtwoord" + "lijst" when both parts
// are words the knowledge base uses. Dutch glues nouns together freely, so a question's compound
// is often absent from the entries while its parts are there.

/** Parts shorter than this are too likely to be accidents ("ers", "ing"), unless listed below. */
const MIN_PART = 4;
const SHORT_PARTS: ReadonlySet<string> = new Set([
  'usb',
  'bsn',
  'map',
  'app',
  'oso',
  'ict',
  'pc',
  'ibp',
  // questions-train-28: "de juiste ESIS-rol aanvragen".
  'rol',
]);
const MIN_SHORT_PART = Math.min(...[...SHORT_PARTS].map((part) => part.length));
/** A head alone (its tail unknown) must be at least this long to count. */
const MIN_KNOWN_HEAD = 5;
/** A tail alone (its head unknown) must be at least this long to count. */
const MIN_KNOWN_TAIL = 6;
/** Compounds shorter than this are rarely compounds at all. */
const MIN_WORD = 7;
/**
 * Prefixes that make a new word rather than a compound: a "voorbeeld" is an example, no "beeld"
 * (read as a photo), a "voorwaarde" a condition. A word the vocabulary knows whole with such a
 * prefix as its head is not split.
 */
const PREFIX_HEADS: ReadonlySet<string> = new Set(['voor']);

/**
 * Returns a splitter that knows the given vocabulary (folded words).
 * @example createCompoundSplitter(new Set(['wachtwoord', 'lijst']))('wachtwoordlijst') // ['wachtwoord', 'lijst']
 */
export function createCompoundSplitter(
  vocabulary: ReadonlySet<string>,
): (word: string) => string[] {
  const isPart = (part: string) =>
    vocabulary.has(part) && (part.length >= MIN_PART || SHORT_PARTS.has(part));

  const split = (word: string, depth: number): string[] => {
    if (word.length < MIN_WORD || depth > 2) return [];
    // Longest head first: "verwerkersovereenkomst" is "verwerkers" + "overeenkomst", not "verwerk" + ….
    // The shortest tail is a listed short part ("schoolpc" is "school" + "pc").
    for (let cut = word.length - MIN_SHORT_PART; cut >= 3; cut--) {
      const head = headPart(word.slice(0, cut), isPart);
      const tail = word.slice(cut);
      if (head === undefined) continue;
      const whole = tailPart(tail, isPart);
      if (whole !== undefined) return [head, whole];
      const tailParts = split(tail, depth + 1);
      if (tailParts.length > 0) return [head, ...tailParts];
    }
    // A known long head is worth having even when the rest is new: "verzuimregistratie" →
    // "verzuim" + "registratie"; the new part stays, so the word counts as only half matched.
    for (let cut = word.length - MIN_PART; cut >= MIN_KNOWN_HEAD; cut--) {
      const head = headPart(word.slice(0, cut), isPart);
      if (head !== undefined) return [head, word.slice(cut)];
    }
    // Likewise a known long tail, the part a Dutch compound is about: a "verjaardagskaartje" is a
    // "kaartje", an "overblijfmoeder" a "moeder".
    for (let cut = MIN_PART; cut <= word.length - MIN_KNOWN_TAIL; cut++) {
      const tail = word.slice(cut);
      if (isPart(tail)) return [word.slice(0, cut), tail];
    }
    return [];
  };
  return (word) => {
    const parts = split(word, 0);
    const isPrefixed = parts.length === 2 && PREFIX_HEADS.has(parts[0] as string);
    return isPrefixed && vocabulary.has(word) ? [] : parts;
  };
}

/**
 * The head as a word, allowing the Dutch linking "s" (bewarings-termijn, verwerkers-overeenkomst)
 * and "en" (activiteiten-kalender, whose head is the plural of a known "activiteit").
 */
function headPart(head: string, isPart: (part: string) => boolean): string | undefined {
  if (isPart(head)) return head;
  if (head.endsWith('s') && isPart(head.slice(0, -1))) return head.slice(0, -1);
  if (head.endsWith('en') && isPart(head.slice(0, -2))) return head.slice(0, -2);
  return undefined;
}

/**
 * The tail as a word, also in the plural the vocabulary lacks: "fotoformulieren" ends in
 * "formulier", "schoolpc's" in "pc".
 */
function tailPart(tail: string, isPart: (part: string) => boolean): string | undefined {
  if (isPart(tail)) return tail;
  for (const ending of ["'s", 'en', 's'])
    if (tail.endsWith(ending) && isPart(tail.slice(0, -ending.length)))
      return tail.slice(0, -ending.length);
  return undefined;
}
