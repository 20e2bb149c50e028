// Finds lexicon terms in folded text in one pass over its words. Terms start at a word; "=word"
// matches the whole word (or the word before a dash: "=opp" finds "opp-gesprek"). Candidates are
// looked up by a number made of a word's first three characters, so most words cost one Map look-up
// and no string is cut out of the text.
import { isAlphanumeric } from './chars';

export interface TermHit<Tag> {
  term: string;
  tag: Tag;
  start: number;
  end: number;
  /** Index of the word the hit starts at, counting from 0. */
  word: number;
}

export interface TermMatcher<Tag> {
  find(folded: string): TermHit<Tag>[];
}

interface Entry<Tag> {
  term: string;
  tag: Tag;
  isExact: boolean;
}

/** @example compileTerms([['=opp', 'pupil'], ['dyslexie', 'health']]).find('het opp-gesprek') */
export function compileTerms<Tag>(terms: readonly (readonly [string, Tag])[]): TermMatcher<Tag> {
  const byHead = new Map<number, Entry<Tag>[]>();
  for (const [raw, tag] of terms) {
    const isExact = raw.startsWith('=');
    const term = isExact ? raw.slice(1) : raw;
    const entry = { term, tag, isExact };
    const keys = new Set([headKey(term, 0, term.length)]);
    // A short whole-word term also heads a dashed word: "=iq" in "iq-test".
    if (isExact && term.length < 3) keys.add(headKey(`${term}-`, 0, term.length + 1));
    for (const key of keys) byHead.set(key, [...(byHead.get(key) ?? []), entry]);
  }
  return {
    find(folded: string): TermHit<Tag>[] {
      const hits: TermHit<Tag>[] = [];
      let word = 0;
      forEachWord(folded, (start, end) => {
        const key = headKey(folded, start, end);
        const candidates = byHead.get(key);
        if (candidates) {
          for (const entry of candidates) {
            if (matches(folded, start, end, entry)) {
              hits.push({ term: entry.term, tag: entry.tag, start, end: Math.max(end, start + entry.term.length), word });
            }
          }
        }
        word++;
      });
      return hits;
    },
  };
}

/** Plain word lists tagged with themselves. */
export function compileWordList(terms: readonly string[]): TermMatcher<string> {
  return compileTerms(terms.map((term) => [term, term] as const));
}

function matches<Tag>(folded: string, start: number, end: number, entry: Entry<Tag>): boolean {
  const length = entry.term.length;
  if (!entry.isExact) return folded.startsWith(entry.term, start);
  if (end - start === length) return folded.startsWith(entry.term, start);
  // "=opp" also finds "opp-gesprek": the whole word up to a dash.
  return end - start > length && folded.charCodeAt(start + length) === 45 && folded.startsWith(entry.term, start);
}

/** The first three characters (fewer for short words) as one number. */
function headKey(text: string, start: number, end: number): number {
  const length = Math.min(3, end - start);
  let key = length;
  for (let i = 0; i < length; i++) key = key * 65536 + text.charCodeAt(start + i);
  return key;
}

/** Calls back with the bounds of each word: letters and digits, joined by inner dashes or apostrophes. */
export function forEachWord(folded: string, onWord: (start: number, end: number) => void): void {
  let i = 0;
  const length = folded.length;
  while (i < length) {
    while (i < length && !isAlphanumeric(folded.charCodeAt(i))) i++;
    if (i >= length) return;
    const start = i;
    while (i < length && (isAlphanumeric(folded.charCodeAt(i)) || (isJoiner(folded.charCodeAt(i)) && isAlphanumeric(folded.charCodeAt(i + 1))))) i++;
    onWord(start, i);
  }
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39; // - '
}
