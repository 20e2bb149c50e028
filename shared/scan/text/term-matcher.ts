// Finds lexicon terms in folded text in one pass over its words. Terms start at a word; "=word"
// matches the whole word (or the word before a dash or apostrophe: "=opp" finds "opp-gesprek",
// "=oliver" finds "Oliver's"); "~word" ends a
// longer word (Dutch compounds: "~kanker" finds "borstkanker"); "*stem" starts a word or any part
// of a compound ("*mishandel" finds "mishandeld", "kindermishandeling", "mishandelingsmelding").
// Candidates sit in
// an array indexed by a word's first three characters (a–z, other, end of word), so most words
// cost one array read and no string is cut out of the text.
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
  const byHead: (Entry<Tag>[] | undefined)[] = new Array<Entry<Tag>[] | undefined>(HEAD_SLOTS);
  const byTail: (Entry<Tag>[] | undefined)[] = new Array<Entry<Tag>[] | undefined>(HEAD_SLOTS);
  const byInner: (Entry<Tag>[] | undefined)[] = new Array<Entry<Tag>[] | undefined>(HEAD_SLOTS);
  let hasInner = false;
  for (const [raw, tag] of terms) {
    if (raw.startsWith('*')) {
      // "*mishandel": a word start (below) and any inner part of a compound.
      const term = raw.slice(1);
      const key = headKey(term, 0, term.length);
      byInner[key] = [...(byInner[key] ?? []), { term, tag, isExact: false }];
      byHead[key] = [...(byHead[key] ?? []), { term, tag, isExact: false }];
      hasInner = true;
      continue;
    }
    if (raw.startsWith('~')) {
      // "~kanker" ends a compound: "borstkanker", "darmkanker".
      const term = raw.slice(1);
      const key = tailKey(term, 0, term.length);
      byTail[key] = [...(byTail[key] ?? []), { term, tag, isExact: false }];
      continue;
    }
    const isExact = raw.startsWith('=');
    const term = isExact ? raw.slice(1) : raw;
    const entry = { term, tag, isExact };
    const keys = new Set([headKey(term, 0, term.length)]);
    // A phrase whose first word is short ("is vertrokken", "1f niet") heads that short word.
    const firstWordEnd = term.indexOf(' ');
    if (firstWordEnd > 0 && firstWordEnd < 3) keys.add(headKey(term, 0, firstWordEnd));
    // A short whole-word term also heads a dashed word: "=iq" in "iq-test".
    if (isExact && term.length < 3) keys.add(headKey(`${term}-`, 0, term.length + 1));
    for (const key of keys) byHead[key] = [...(byHead[key] ?? []), entry];
  }
  return {
    find(folded: string): TermHit<Tag>[] {
      const hits: TermHit<Tag>[] = [];
      const length = folded.length;
      let word = 0;
      let i = 0;
      // Words: letters and digits, joined by inner dashes or apostrophes. The engine's hottest loop.
      while (i < length) {
        while (i < length && !isAlphanumeric(folded.charCodeAt(i))) i++;
        if (i >= length) break;
        const start = i;
        while (i < length) {
          const code = folded.charCodeAt(i);
          if (
            !isAlphanumeric(code) &&
            !(isJoiner(code) && isAlphanumeric(folded.charCodeAt(i + 1)))
          )
            break;
          i++;
        }
        // Compound endings ("~kanker") are five letters or more, so short words skip this look-up.
        const endings = i - start > MIN_SUFFIX_WORD ? byTail[tailKey(folded, start, i)] : undefined;
        if (endings) {
          for (const entry of endings) {
            if (i - start > entry.term.length && folded.endsWith(entry.term, i))
              hits.push({ term: entry.term, tag: entry.tag, start, end: i, word });
          }
        }
        // Compound parts ("kinder|mishandeling"): every inner position of a long word, one array
        // read each, from the third letter on (a part is at least three letters before it).
        if (hasInner && i - start >= MIN_COMPOUND_WORD) {
          let isFound = false;
          // The head key rolls one letter on per position: the three letters always lie inside the
          // word here, so no "end of word" class and no fresh three-letter read per position.
          let key = headKey(folded, start + MIN_PART - 1, i);
          for (let at = start + MIN_PART; at <= i - MIN_PART && !isFound; at++) {
            key = (key % (CLASSES * CLASSES)) * CLASSES + letterClass(folded.charCodeAt(at + 2));
            const inner = byInner[key];
            if (!inner) continue;
            for (const entry of inner) {
              if (at + entry.term.length <= i && folded.startsWith(entry.term, at)) {
                hits.push({ term: entry.term, tag: entry.tag, start, end: i, word });
                isFound = true;
              }
            }
          }
        }
        const candidates = byHead[headKey(folded, start, i)];
        if (candidates) {
          for (const entry of candidates) {
            if (matches(folded, start, i, entry))
              hits.push({
                term: entry.term,
                tag: entry.tag,
                start,
                end: Math.max(i, start + entry.term.length),
                word,
              });
          }
        }
        word++;
      }
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
  // "=opp" also finds "opp-gesprek": the whole word up to a dash; "=oliver" finds "Oliver's".
  const after = folded.charCodeAt(start + length);
  return end - start > length && isJoiner(after) && folded.startsWith(entry.term, start);
}

/** Words this long may be compounds with an inner part to look up ("*stem" terms). */
const MIN_COMPOUND_WORD = 9;
/** The shortest first part of a compound, and the shortest inner term. */
const MIN_PART = 3;

/** Words this short cannot end in a compound ending and skip the tail look-up. */
const MIN_SUFFIX_WORD = 5;

/** Character classes of a head: a–z are 0–25, anything else 26, past the end of the word 27. */
const CLASSES = 28;
const HEAD_SLOTS = CLASSES * CLASSES * CLASSES;

function charClass(text: string, index: number, end: number): number {
  if (index >= end) return 27;
  return letterClass(text.charCodeAt(index));
}

function letterClass(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}

/** The slot of a word's (or term's) last three characters. */
function tailKey(text: string, start: number, end: number): number {
  return (
    (charClass(text, end - 3, end) * CLASSES + charClass(text, end - 2, end)) * CLASSES +
    charClass(text, end - 1, end)
  );
}

/** The slot of a word's (or term's) first three characters. */
function headKey(text: string, start: number, end: number): number {
  return (
    (charClass(text, start, end) * CLASSES + charClass(text, start + 1, end)) * CLASSES +
    charClass(text, start + 2, end)
  );
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39; // - '
}
