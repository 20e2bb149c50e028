// Reads the label in front of a number: the last word in a piece of text that says what the
// number is ("BSN:", "factuurnr.", "Tel."), so "BSN 123456782, tel. 0612345678" labels each right.
import { fold } from './fold';

export type NumberLabel = 'citizen-number' | 'other' | 'none';

export interface LabelVocabulary {
  citizenPrefixes: readonly string[];
  citizenExact: ReadonlySet<string>;
  otherPrefixes: readonly string[];
  otherExact: ReadonlySet<string>;
  /** Words that say "another number" only with a number word after them ("case no."). */
  otherQualified: ReadonlySet<string>;
  numberWords: ReadonlySet<string>;
  /** Heads of a header that name a person's number ("Student number"), maybe a BSN's. */
  personNumberings: ReadonlySet<string>;
}

export function lastLabel(text: string, vocabulary: LabelVocabulary): NumberLabel {
  const folded = fold(text);
  const tokens = folded.split(/[^a-z0-9#-]+/);
  let isNearest = true;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = stripDashes(tokens[i] ?? '');
    if (token === '') continue;
    const label = classify(token, vocabulary);
    if (label !== 'none') return label;
    if (isQualifiedLabel(token, tokens[i + 1], vocabulary)) return 'other';
    // "vacaturenummer 104593647": a one-word numbering of something other than a person, right
    // before the number (further back it may be a word cut off at the reading window's edge).
    if (isNearest && namesOtherNumbering(token, vocabulary)) return 'other';
    isNearest = false;
  }
  const squashed = folded.replace(/[^a-z]/g, '');
  if (squashed.includes('burgerservice') || squashed.includes('citizenservice'))
    return 'citizen-number';
  return 'none';
}

function classify(token: string, vocabulary: LabelVocabulary): NumberLabel {
  const written = token.replace(/#$/, '');
  // "lidnr", "meldingsnr", "registratienr": the abbreviation of the listed "…nummer".
  const word = written.endsWith('nr') ? `${written.slice(0, -2)}nummer` : written;
  if (
    vocabulary.citizenExact.has(word) ||
    vocabulary.citizenPrefixes.some((prefix) => word.startsWith(prefix))
  ) {
    return 'citizen-number';
  }
  if (
    vocabulary.otherExact.has(written) ||
    vocabulary.otherPrefixes.some((prefix) => word.startsWith(prefix) || written.startsWith(prefix))
  ) {
    return 'other';
  }
  return 'none';
}

/**
 * Whether a column header names a numbering of its own: "Uitleennr", "Badge #", "RMA no.",
 * "Device ID". A table column is one kind of number throughout, and a header that names some
 * other numbering than a person's says what it is. Not "Student number", "Borrower ID" or
 * "Persoon nr", which may be a BSN by another name, and not a bare "ID".
 */
export function namesOtherNumbering(header: string, vocabulary: LabelVocabulary): boolean {
  const words = fold(header)
    .split(/[^a-z0-9#]+|(?=#)/)
    .filter((word) => word !== '');
  const last = words.length - 1;
  const ending = words[last] ?? '';
  const persons = vocabulary.personNumberings;
  if (ending === '#' || vocabulary.numberWords.has(ending)) {
    const head = words[last - 1];
    return head !== undefined && /^[a-z]{2,}$/.test(head) && !persons.has(head);
  }
  // One word ending on its numbering: "uitleennr", "badgenummer".
  const match = /^([a-z]{3,})(?:nr|nummer)$/.exec(ending);
  if (!match || last > 0) return false;
  const head = match[1] ?? '';
  for (const person of persons) if (head.startsWith(person) || head.endsWith(person)) return false;
  return true;
}

/** "case no", "member id", "case#": an everyday word followed by a word for "number". */
function isQualifiedLabel(
  token: string,
  next: string | undefined,
  vocabulary: LabelVocabulary,
): boolean {
  if (token.endsWith('#')) return vocabulary.otherQualified.has(token.slice(0, -1));
  return (
    vocabulary.otherQualified.has(token) &&
    next !== undefined &&
    vocabulary.numberWords.has(stripDashes(next).replace(/#$/, ''))
  );
}

function stripDashes(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && token[start] === '-') start++;
  while (end > start && token[end - 1] === '-') end--;
  return token.slice(start, end);
}

/** True when a word of the text starts with one of the prefixes or equals one of the exact words. */
export function hasWord(
  text: string,
  prefixes: readonly string[],
  exact: readonly string[] = [],
): boolean {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .some(
      (word) =>
        word !== '' && (exact.includes(word) || prefixes.some((prefix) => word.startsWith(prefix))),
    );
}
