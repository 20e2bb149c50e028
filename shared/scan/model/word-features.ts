// Reads a text's words once into the learned model's features, as 32-bit hashes in reused typed
// arrays (no string or object per word): the word's first letters (a cheap stem that also finds
// Dutch compounds by their head: "medicatiegebruik"), a long word's last letters (the compound's
// tail: "borstkanker"), the pair with the word before, and whether a capital marks a name.
// Given names become one token, "#name": the model learns that a person is named, not which one.
import { FIRST_NAMES } from '../../policy/lexicon/first-names';
import { isAlphanumeric } from '../text/chars';
import { fold } from '../text/fold';

/** Letters of a word kept as its stem ("medicatie" → "medica"). */
const PREFIX_LETTERS = 6;
/** Letters of a long word's end kept as its compound tail ("borstkanker" → "anker"). */
const TAIL_LETTERS = 5;
/** Words at least this long get a tail feature. */
const MIN_TAIL_WORD = 9;

const SEED_UNIGRAM = 0x811c9dc5;
const SEED_TAIL = 0x2f4a7c15;
const SEED_WORD = 0x6b43a9b5;

/**
 * Each UTF-16 code as fold() writes it ("É" → "e"), so the reader folds as it goes instead of
 * allocating a folded copy of the text. Codes past Latin Extended are no letters here and stay.
 */
const FOLDED_CODE = new Uint16Array(65536);
for (let code = 0; code < 65536; code++) FOLDED_CODE[code] = code;
for (let code = 0; code < 0x250; code++)
  FOLDED_CODE[code] = fold(String.fromCharCode(code)).charCodeAt(0);
/**
 * FOLDED_CODE where that is a letter or digit, else 0. Words start and go on where this is not 0:
 * "Ɓ" is a Latin letter whose folded "ɓ" is none, and a word starting on it would be empty.
 */
const WORD_CODE = new Uint16Array(65536);
for (let code = 0; code < 65536; code++) {
  const folded = FOLDED_CODE[code] ?? 0;
  WORD_CODE[code] = isAlphanumeric(folded) ? folded : 0;
}

/**
 * The folded letter or digit at `i`, a dash or apostrophe between letters ("burn-out",
 * "Oliver's"), or 0 where the word ends.
 */
function wordCodeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const wordCode = WORD_CODE[code] ?? 0;
  if (wordCode !== 0 || !(code === 45 || code === 39)) return wordCode;
  return isAlphanumeric(text.charCodeAt(i + 1)) ? code : 0;
}

/** FNV-1a over the folded `text[start, end)`; never 0, which marks "no feature". */
function foldedHash(text: string, start: number, end: number, seed: number): number {
  let hash = seed;
  for (let i = start; i < end; i++)
    hash = Math.imul(hash ^ (FOLDED_CODE[text.charCodeAt(i)] ?? 0), 16777619);
  return hash === 0 ? 1 : hash;
}

/** FNV-1a over `text[start, end)`; never 0, which marks "no feature". */
function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = seed;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash === 0 ? 1 : hash;
}

/** Two word hashes into the hash of the pair, order-sensitive. */
function pairHash(first: number, second: number): number {
  let hash = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
  hash = Math.imul(hash ^ (hash >>> 15), 0xc2b2ae35);
  hash ^= hash >>> 13;
  return hash === 0 ? 1 : hash;
}

const NAME_TOKEN = '#name';
const NUMBER_TOKEN = '#num';
const NAME_HASH = hashRange(NAME_TOKEN, 0, NAME_TOKEN.length, SEED_UNIGRAM);
const NUMBER_HASH = hashRange(NUMBER_TOKEN, 0, NUMBER_TOKEN.length, SEED_UNIGRAM);
/** A capitalised word inside a sentence that no name list knows: a surname, a place, a service. */
const CAPITAL_HASH = hashRange('#cap', 0, 4, SEED_TAIL);
const NAME_HASHES = hashSet(
  FIRST_NAMES.map((name) => {
    const folded = fold(name);
    return hashRange(folded, 0, folded.length, SEED_WORD);
  }),
);

/**
 * Hashes (never 0) in an open-addressing table: a Set of numbers boxes every hash beyond 31 bits
 * and hashes it again on each look-up.
 */
function hashSet(hashes: readonly number[]): Int32Array {
  let size = 1;
  while (size < hashes.length * 4) size *= 2;
  const table = new Int32Array(size);
  for (const hash of hashes) {
    let slot = hash & (size - 1);
    while (table[slot] !== 0 && table[slot] !== hash) slot = (slot + 1) & (size - 1);
    table[slot] = hash;
  }
  return table;
}

function hasHash(table: Int32Array, hash: number): boolean {
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const key = table[slot] ?? 0;
    if (key === hash) return true;
    if (key === 0) return false;
  }
}

/**
 * The hash of a feature as the model file writes it: "u:medica" (stem), "t:anker" (tail),
 * "b:mijn zoon" (pair of stems), "c:#cap"; "#name" and "#num" stand for names and numbers.
 * @example featureHash('u:medica') === hashes of the word "medicatie" read by WordFeatures
 */
export function featureHash(key: string): number {
  const body = key.slice(2);
  if (key.startsWith('u:')) return hashRange(body, 0, body.length, SEED_UNIGRAM);
  if (key.startsWith('t:')) return hashRange(body, 0, body.length, SEED_TAIL);
  if (key === 'c:#cap') return CAPITAL_HASH;
  const space = body.indexOf(' ');
  if (key.startsWith('b:') && space > 0)
    return pairHash(
      hashRange(body, 0, space, SEED_UNIGRAM),
      hashRange(body, space + 1, body.length, SEED_UNIGRAM),
    );
  throw new Error(`not a model feature: ${key}`);
}

/**
 * Header labels of a quoted or forwarded message whose value is people, addresses or a date (the
 * subject line, "Onderwerp:", says what the mail is about and is read).
 */
const HEADER_LABELS = [
  'van:',
  'from:',
  'aan:',
  'to:',
  'cc:',
  'verzonden:',
  'sent:',
  'datum:',
  'date:',
];
/** The longest attribution line read ("Op di 4 mrt 2025 om 19:02 schreef Hanna … <…>:"). */
const ATTRIBUTION_MAX = 200;

/**
 * Where the header line starting at `start` ends (its newline or the text's end), or `start` when
 * the line is no header: a label of HEADER_LABELS, or an attribution "Op … schreef …:",
 * "On … wrote:".
 */
function headerLineEnd(text: string, start: number): number {
  const lead = text.charCodeAt(start) | 32;
  // Every header starts with one of these letters: most lines are decided here.
  if (lead !== 118 && lead !== 102 && lead !== 97 && lead !== 116 && lead !== 99 && lead !== 115)
    if (lead !== 100 && lead !== 111) return start;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  const head = text.slice(start, Math.min(end, start + 12)).toLowerCase();
  if (HEADER_LABELS.some((label) => head.startsWith(label))) return end;
  if (end - start > ATTRIBUTION_MAX || !(head.startsWith('op ') || head.startsWith('on ')))
    return start;
  const line = text.slice(start, end).trimEnd();
  if (!line.endsWith(':')) return start;
  const lower = line.toLowerCase();
  return lower.includes(' schreef') || lower.includes(' wrote') ? end : start;
}

/** Bits of WordFeatures.flags. */
const Flag = { Name: 1, Number: 2, Capital: 4 } as const;

/**
 * The words of the last text read, as parallel arrays (grown, never shrunk, reused per call).
 * Feature hashes are 0 where a word has none.
 */
export class WordFeatures {
  count = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  unigram = new Int32Array(256);
  tail = new Int32Array(256);
  bigram = new Int32Array(256);
  capital = new Int32Array(256);
  flags = new Uint8Array(256);

  /** Where reading stopped: the character after the last word read. */
  next = 0;
  /** The last word's stem hash and whether a sentence had ended after it, to read on from `next`. */
  private previous = 0;
  private isAfterSentence = true;

  /**
   * Reads `original` from character `from` (0: the start; else where the last call stopped) for at
   * most `limit` words, and returns the number of words read. Folds as it reads.
   */
  read(original: string, from = 0, limit = Infinity): number {
    const length = original.length;
    let count = 0;
    let previous = from === 0 ? 0 : this.previous;
    let isSentenceStart = from === 0 ? true : this.isAfterSentence;
    let i = from;
    let isLineStart = from === 0 || original.charCodeAt(from - 1) === 10;
    // Local references: the arrays change only when grown.
    let { starts, ends, flags: flagArray, unigram: unigrams, tail, bigram, capital } = this;
    while (i < length && count < limit) {
      // Between words: a full stop, line break or quote mark starts a sentence.
      while (i < length) {
        const code = original.charCodeAt(i);
        if (WORD_CODE[code] !== 0) break;
        if (code === 46 || code === 33 || code === 63 || code === 10 || code === 62 || code === 58)
          isSentenceStart = true;
        if (code === 10) isLineStart = true;
        i++;
      }
      if (i >= length) break;
      // "Van: Ruud Lemmens <r.lemmens@…>", "Verzonden: zondag 18 mei 2025 22:15", "On Tue, …
      // Daniel Brooks wrote:": a quoted message's header says who and when, never what happened.
      if (isLineStart) {
        isLineStart = false;
        const lineEnd = headerLineEnd(original, i);
        if (lineEnd > i) {
          i = lineEnd;
          continue;
        }
      }
      const start = i;
      let prefixHash = SEED_UNIGRAM;
      let isNumber = true;
      // The stem's letters are hashed; the rest of the word is only walked to its end.
      const stemEnd = Math.min(length, start + PREFIX_LETTERS);
      while (i < stemEnd) {
        const code = wordCodeAt(original, i);
        if (code === 0) break;
        prefixHash = Math.imul(prefixHash ^ code, 16777619);
        if (code < 48 || code > 57) isNumber = false;
        i++;
      }
      if (i === stemEnd) {
        while (i < length) {
          const code = wordCodeAt(original, i);
          if (code === 0) break;
          if (code < 48 || code > 57) isNumber = false;
          i++;
        }
      }
      if (count === starts.length) {
        this.grow();
        ({ starts, ends, flags: flagArray, unigram: unigrams, tail, bigram, capital } = this);
      }
      const first = original.charCodeAt(start);
      const second = original.charCodeAt(start + 1);
      const isCapitalised = first >= 65 && first <= 90 && !(second >= 65 && second <= 90);
      let flags = 0;
      let unigram = prefixHash === 0 ? 1 : prefixHash;
      if (isNumber) {
        unigram = NUMBER_HASH;
        flags = Flag.Number;
      } else if (isCapitalised && hasHash(NAME_HASHES, foldedHash(original, start, i, SEED_WORD))) {
        unigram = NAME_HASH;
        flags = Flag.Name;
      } else if (isCapitalised && !isSentenceStart) flags = Flag.Capital;
      starts[count] = start;
      ends[count] = i;
      flagArray[count] = flags;
      unigrams[count] = unigram;
      tail[count] =
        i - start >= MIN_TAIL_WORD && !isNumber
          ? foldedHash(original, i - TAIL_LETTERS, i, SEED_TAIL)
          : 0;
      bigram[count] = previous === 0 ? 0 : pairHash(previous, unigram);
      capital[count] = flags === Flag.Capital ? CAPITAL_HASH : 0;
      previous = unigram;
      isSentenceStart = false;
      count++;
    }
    this.count = count;
    this.next = i;
    this.previous = previous;
    this.isAfterSentence = isSentenceStart;
    return count;
  }

  /** Whether word `index` was read as a given name or an unknown capitalised word. */
  isNameLike(index: number): boolean {
    return ((this.flags[index] ?? 0) & (Flag.Name | Flag.Capital)) !== 0;
  }

  /**
   * The feature keys of word `index` as the model file writes them, for training and for tests
   * (slices strings: not for the scan's hot path).
   */
  keysOf(folded: string, index: number): string[] {
    const token = (at: number): string => {
      const flags = this.flags[at] ?? 0;
      if (flags & Flag.Number) return NUMBER_TOKEN;
      if (flags & Flag.Name) return NAME_TOKEN;
      const start = this.starts[at] ?? 0;
      return folded.slice(start, Math.min(this.ends[at] ?? 0, start + PREFIX_LETTERS));
    };
    const keys = [`u:${token(index)}`];
    if (this.tail[index])
      keys.push(`t:${folded.slice((this.ends[index] ?? 0) - TAIL_LETTERS, this.ends[index])}`);
    if (this.bigram[index]) keys.push(`b:${token(index - 1)} ${token(index)}`);
    if (this.capital[index]) keys.push('c:#cap');
    return keys;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.unigram = grown(this.unigram);
    this.tail = grown(this.tail);
    this.bigram = grown(this.bigram);
    this.capital = grown(this.capital);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
  }
}
