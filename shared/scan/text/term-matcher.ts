// Finds lexicon terms in folded text in one pass over its words. Terms start at a word; "=word"
// matches the whole word (or the word before a dash: "=opp" finds "opp-gesprek").
import { isAlphanumeric } from './chars';

export interface TermHit {
  term: string;
  start: number;
  end: number;
}

export interface TermMatcher {
  find(folded: string): TermHit[];
}

const INDEX_LENGTH = 3;

export function compileTerms(terms: readonly string[]): TermMatcher {
  const exact = new Map<string, string>();
  const byHead = new Map<string, string[]>();
  const shortPrefixes: string[] = [];
  for (const raw of terms) {
    if (raw.startsWith('=')) {
      exact.set(raw.slice(1), raw.slice(1));
    } else if (raw.length < INDEX_LENGTH) {
      shortPrefixes.push(raw);
    } else {
      const head = raw.slice(0, INDEX_LENGTH);
      byHead.set(head, [...(byHead.get(head) ?? []), raw]);
    }
  }
  return {
    find(folded: string): TermHit[] {
      const hits: TermHit[] = [];
      forEachWord(folded, (start, end) => {
        const word = folded.slice(start, end);
        const dash = word.indexOf('-');
        const whole = exact.get(word) ?? (dash > 0 ? exact.get(word.slice(0, dash)) : undefined);
        if (whole !== undefined) {
          hits.push({ term: whole, start, end });
          return;
        }
        const candidates = byHead.get(folded.slice(start, start + INDEX_LENGTH));
        const prefix =
          candidates?.find((term) => folded.startsWith(term, start)) ??
          shortPrefixes.find((term) => folded.startsWith(term, start));
        if (prefix !== undefined)
          hits.push({ term: prefix, start, end: Math.max(end, start + prefix.length) });
      });
      return hits;
    },
  };
}

/** Calls back with the bounds of each word: letters and digits, joined by inner dashes or apostrophes. */
export function forEachWord(folded: string, onWord: (start: number, end: number) => void): void {
  let i = 0;
  const length = folded.length;
  while (i < length) {
    while (i < length && !isWordChar(folded.charCodeAt(i))) i++;
    if (i >= length) return;
    const start = i;
    while (
      i < length &&
      (isWordChar(folded.charCodeAt(i)) ||
        (isJoiner(folded.charCodeAt(i)) && isWordChar(folded.charCodeAt(i + 1))))
    )
      i++;
    onWord(start, i);
  }
}

function isWordChar(code: number): boolean {
  return isAlphanumeric(code);
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39; // - '
}
