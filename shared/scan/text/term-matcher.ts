// Finds lexicon terms in folded text in one pass over its words. Terms start at a word; "=word"
// matches the whole word (or the word before a dash or apostrophe: "=opp" finds "opp-gesprek",
// "=oliver" finds "Oliver's"); "~word" ends a
// longer word (Dutch compounds: "~kanker" finds "borstkanker"); "*stem" starts a word or any part
// of a compound ("*mishandel" finds "mishandeld", "kindermishandeling", "mishandelingsmelding").
// Candidates sit in
// a table indexed by a word's first three characters (a–z, other, end of word), split further on
// the next characters where many terms share a head; the splits are flattened into typed arrays,
// so most words cost a few number reads and no string is cut out of the text.
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
  /** The term's last character: compared first, it rejects most candidates ("van" for "van slag"). */
  lastCode: number;
  /** A phrase: its spaces also match a line break, as plain-text mail wraps lines mid-phrase. */
  isPhrase: boolean;
}

/** @example compileTerms([['=opp', 'pupil'], ['dyslexie', 'health']]).find('het opp-gesprek') */
export function compileTerms<Tag>(terms: readonly (readonly [string, Tag])[]): TermMatcher<Tag> {
  // Slot → terms as Maps: few of the 32,768 slots have terms, and three arrays that long (plus
  // their map) cost a few milliseconds per matcher, which every start of the CLI paid.
  const byHead = new Map<number, Entry<Tag>[]>();
  const byTail = new Map<number, Entry<Tag>[]>();
  const byInner = new Map<number, Entry<Tag>[]>();
  let hasInner = false;
  for (const [raw, tag] of terms) {
    if (raw.startsWith('*')) {
      // "*mishandel": a word start (below) and any inner part of a compound.
      const term = raw.slice(1);
      const key = headKey(term, 0, term.length);
      addTo(byInner, key, entryOf(term, tag, false));
      addTo(byHead, key, entryOf(term, tag, false));
      hasInner = true;
      continue;
    }
    if (raw.startsWith('~')) {
      // "~kanker" ends a compound: "borstkanker", "darmkanker".
      const term = raw.slice(1);
      const key = tailKey(term, 0, term.length);
      addTo(byTail, key, entryOf(term, tag, false));
      continue;
    }
    const isExact = raw.startsWith('=');
    const term = isExact ? raw.slice(1) : raw;
    const entry = entryOf(term, tag, isExact);
    const key = headKey(term, 0, term.length);
    addTo(byHead, key, entry);
    // A phrase whose first word is short ("is vertrokken", "1f niet") heads that short word.
    const firstWordEnd = term.indexOf(' ');
    const wordKey = firstWordEnd > 0 && firstWordEnd < 3 ? headKey(term, 0, firstWordEnd) : key;
    if (wordKey !== key) addTo(byHead, wordKey, entry);
    // A short whole-word term also heads a dashed word: "=iq" in "iq-test".
    const dashedKey = isExact && term.length < 3 ? headKey(`${term}-`, 0, term.length + 1) : key;
    if (dashedKey !== key && dashedKey !== wordKey) addTo(byHead, dashedKey, entry);
  }
  const table = flattenBuckets(
    [...byHead]
      .sort(([a], [b]) => a - b)
      .map(([slot, entries]) => [slot, bucketOf(entries, HEAD_LENGTH)] as const),
  );
  const { headNode, splitAt, firstChild, children, firstEntry, candidates } = table;
  const hasTail = presence(byTail);
  const hasInnerPart = presence(byInner);
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
        const tailSlot = i - start > MIN_SUFFIX_WORD ? tailKey(folded, start, i) : -1;
        if (tailSlot >= 0 && hasTail[tailSlot] === 1) {
          for (const entry of byTail.get(tailSlot) ?? []) {
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
            key = ((key << CLASS_BITS) & TWO_CLASS_MASK) | letterClass(folded.charCodeAt(at + 2));
            if (hasInnerPart[key] !== 1) continue;
            for (const entry of byInner.get(key) ?? []) {
              if (at + entry.term.length <= i && folded.startsWith(entry.term, at)) {
                hits.push({ term: entry.term, tag: entry.tag, start, end: i, word });
                isFound = true;
              }
            }
          }
        }
        let node = headNode[headKey(folded, start, i)] ?? -1;
        if (node >= 0) {
          let at = splitAt[node] ?? -1;
          while (at >= 0) {
            const code =
              start + at < length ? letterClass(folded.charCodeAt(start + at)) : END_CLASS;
            node = children[(firstChild[node] ?? 0) + code] ?? 0;
            at = splitAt[node] ?? -1;
          }
          const last = firstEntry[node + 1] ?? 0;
          for (let k = firstEntry[node] ?? 0; k < last; k++) {
            const entry = candidates[k];
            if (entry && matches(folded, start, i, entry))
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

/**
 * The terms that share a head, split on their next characters while many remain ("ver…" has two
 * dozen), so a word is compared with a few terms only. Every list keeps the terms' order, so hits
 * come out in the same order as from one flat list.
 */
interface Bucket<Tag> {
  /** The character (counted from the word's start) that `byClass` is indexed by. */
  at: number;
  entries: Entry<Tag>[];
  /** One bucket per class of the text's character at `at`; undefined for a leaf. */
  byClass: Bucket<Tag>[] | undefined;
}

/** Buckets with more terms reaching past the split position than this are split again. */
const MAX_UNSPLIT_BUCKET = 3;
/** Terms are told apart by at most this many leading characters. */
const MAX_SPLIT_AT = 8;

/** The bucket of `entries`, which agree (by class) on their characters before `at`. */
function bucketOf<Tag>(entries: Entry<Tag>[], at: number): Bucket<Tag> {
  const longer = entries.filter((entry) => entry.term.length > at).length;
  if (longer <= MAX_UNSPLIT_BUCKET || at >= MAX_SPLIT_AT)
    return { at, entries, byClass: undefined };
  // A term that ends before `at` matches whatever the text has there: it goes in every list, and
  // the classes no longer term has share one bucket of those shorter terms.
  const shorter: Entry<Tag>[] = [];
  const bySlot: (Entry<Tag>[] | undefined)[] = [];
  for (const entry of entries) {
    if (entry.term.length <= at) {
      shorter.push(entry);
      for (const list of bySlot) list?.push(entry);
    } else {
      const slot = letterClass(entry.term.charCodeAt(at));
      (bySlot[slot] ??= [...shorter]).push(entry);
    }
  }
  const onlyShorter: Bucket<Tag> = { at, entries: shorter, byClass: undefined };
  const byClass: Bucket<Tag>[] = [];
  for (let slot = 0; slot < CLASSES; slot++) {
    const list = bySlot[slot];
    byClass.push(list ? bucketOf(list, at + 1) : onlyShorter);
  }
  return { at, entries, byClass };
}

/**
 * The bucket trees as typed arrays, one node per bucket, so a word walks them with number reads
 * instead of chasing objects. A split node's children are the CLASSES node numbers in `children`
 * from `firstChild`; a leaf's terms are `candidates[firstEntry[node], firstEntry[node + 1])`.
 */
interface BucketTable<Tag> {
  /** The root node of each head slot, or -1 where no term has that head. */
  headNode: Int32Array;
  /** The character a split node is split on, counted from the word's start; -1 for a leaf. */
  splitAt: Int32Array;
  firstChild: Int32Array;
  children: Int32Array;
  firstEntry: Int32Array;
  candidates: Entry<Tag>[];
}

function flattenBuckets<Tag>(
  roots: readonly (readonly [slot: number, root: Bucket<Tag>])[],
): BucketTable<Tag> {
  // Most classes of a split lead to the one bucket of its shorter terms: numbering buckets, not
  // places, keeps the table a few thousand nodes instead of tens of thousands, which every start
  // of the add-in's event script and of the CLI paid for in building and collecting them.
  const nodes: Bucket<Tag>[] = [];
  const numberOf = new Map<Bucket<Tag>, number>();
  const number = (bucket: Bucket<Tag>): number => {
    let node = numberOf.get(bucket);
    if (node === undefined) {
      node = nodes.length;
      numberOf.set(bucket, node);
      nodes.push(bucket);
    }
    return node;
  };
  const headNode = new Int32Array(HEAD_SLOTS).fill(-1);
  for (const [slot, root] of roots) headNode[slot] = number(root);
  const childList: number[] = [];
  const firstChildOf: number[] = [];
  // `nodes` grows while it is walked: every bucket is numbered before its own children are.
  for (let node = 0; node < nodes.length; node++) {
    const byClass = nodes[node]?.byClass;
    if (!byClass) continue;
    firstChildOf[node] = childList.length;
    for (const child of byClass) childList.push(number(child));
  }
  const splitAt = new Int32Array(nodes.length).fill(-1);
  const firstChild = new Int32Array(nodes.length);
  const firstEntry = new Int32Array(nodes.length + 1);
  const candidates: Entry<Tag>[] = [];
  for (let node = 0; node < nodes.length; node++) {
    const bucket = nodes[node];
    firstEntry[node] = candidates.length;
    if (!bucket) continue;
    if (bucket.byClass) {
      splitAt[node] = bucket.at;
      firstChild[node] = firstChildOf[node] ?? 0;
    } else for (const entry of bucket.entries) candidates.push(entry);
  }
  firstEntry[nodes.length] = candidates.length;
  return {
    headNode,
    splitAt,
    firstChild,
    children: Int32Array.from(childList),
    firstEntry,
    candidates,
  };
}

/** 1 where a slot has terms: a byte read rejects most slots before the map is read. */
function presence(slots: ReadonlyMap<number, readonly unknown[]>): Uint8Array {
  const has = new Uint8Array(HEAD_SLOTS);
  for (const [slot, list] of slots) if (list.length > 0) has[slot] = 1;
  return has;
}

function addTo<Tag>(slots: Map<number, Entry<Tag>[]>, slot: number, entry: Entry<Tag>): void {
  const list = slots.get(slot);
  if (list) list.push(entry);
  else slots.set(slot, [entry]);
}

/** Plain word lists tagged with themselves. */
export function compileWordList(terms: readonly string[]): TermMatcher<string> {
  return compileTerms(terms.map((term) => [term, term] as const));
}

function entryOf<Tag>(term: string, tag: Tag, isExact: boolean): Entry<Tag> {
  return {
    term,
    tag,
    isExact,
    lastCode: term.charCodeAt(term.length - 1),
    isPhrase: term.includes(' '),
  };
}

function matches<Tag>(folded: string, start: number, end: number, entry: Entry<Tag>): boolean {
  const length = entry.term.length;
  if (folded.charCodeAt(start + length - 1) !== entry.lastCode) return false;
  if (!entry.isExact) return startsWithTerm(folded, start, entry);
  if (end - start === length) return startsWithTerm(folded, start, entry);
  // "=opp" also finds "opp-gesprek": the whole word up to a dash; "=oliver" finds "Oliver's".
  const after = folded.charCodeAt(start + length);
  return end - start > length && isJoiner(after) && startsWithTerm(folded, start, entry);
}

/** "weer aan de drank" also in "weer aan de\ndrank": a phrase's space matches one line break. */
function startsWithTerm<Tag>(folded: string, start: number, entry: Entry<Tag>): boolean {
  if (folded.startsWith(entry.term, start)) return true;
  if (!entry.isPhrase) return false;
  const { term } = entry;
  for (let k = 0; k < term.length; k++) {
    const code = folded.charCodeAt(start + k);
    if (code === term.charCodeAt(k)) continue;
    if (term.charCodeAt(k) !== 32 || code !== 10) return false;
  }
  return true;
}

/** Words this long may be compounds with an inner part to look up ("*stem" terms). */
const MIN_COMPOUND_WORD = 9;
/** The shortest first part of a compound, and the shortest inner term. */
const MIN_PART = 3;

/** Words this short cannot end in a compound ending and skip the tail look-up. */
const MIN_SUFFIX_WORD = 5;

/** A head is a word's first three characters. */
const HEAD_LENGTH = 3;
/** Character classes of a head: a–z are 0–25, anything else 26, past the end of the word 27. */
const CLASSES = 28;
const END_CLASS = 27;
/** A slot packs three classes in 5 bits each: shifts and masks, no multiply or modulo per letter. */
const CLASS_BITS = 5;
const HEAD_SLOTS = 1 << (3 * CLASS_BITS);
/** Keeps a slot's last two classes, shifted up, when the key rolls one letter on. */
const TWO_CLASS_MASK = (1 << (3 * CLASS_BITS)) - (1 << CLASS_BITS);

function charClass(text: string, index: number, end: number): number {
  if (index >= end) return END_CLASS;
  return letterClass(text.charCodeAt(index));
}

function letterClass(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}

/** The slot of a word's (or term's) last three characters. */
function tailKey(text: string, start: number, end: number): number {
  return (
    (((charClass(text, end - 3, end) << CLASS_BITS) | charClass(text, end - 2, end)) <<
      CLASS_BITS) |
    charClass(text, end - 1, end)
  );
}

/** The slot of a word's (or term's) first three characters. */
function headKey(text: string, start: number, end: number): number {
  return (
    (((charClass(text, start, end) << CLASS_BITS) | charClass(text, start + 1, end)) <<
      CLASS_BITS) |
    charClass(text, start + 2, end)
  );
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39; // - '
}
