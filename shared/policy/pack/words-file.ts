// Reads a pack's words.md: the board's own words for the question answerer, on top of the product's
// informal register (shared/policy/lexicon/informal-words.ts) — staff's words for what the entries
// call otherwise, chat fillers, topics the board's policy does not cover and words that keep a
// question in scope. Lists in the front matter; the body is free text for whoever edits the file.
import { fold } from '../../scan/text/fold';
import { readFrontMatter } from './front-matter';
import type { PackError } from './pack-error';

export const WORDS_FILE = 'words.md';

/** The board's additions to the answerer's vocabulary; every list may be empty. Words are folded. */
export interface PackWords {
  /** A word the entries use → the words staff use for it ("intern" → "iber", "ib"). */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** Words that carry no topic ("ff", "gwn"): dropped like stopwords. */
  fillers: readonly string[];
  /** Topics the policy does not cover: a question naming one is declined unless it names an `inScope` word. */
  outOfScope: readonly string[];
  /** Words naming a topic the policy covers: they keep a question in scope, and lift an out-of-scope word of the product. */
  inScope: readonly string[];
}

export const NO_PACK_WORDS: PackWords = Object.freeze({
  synonyms: Object.freeze({}),
  fillers: Object.freeze([]),
  outOfScope: Object.freeze([]),
  inScope: Object.freeze([]),
});

const KEYS = ['synonyms', 'fillers', 'out-of-scope', 'in-scope'] as const;
type Key = (typeof KEYS)[number];
type ListField = 'fillers' | 'outOfScope' | 'inScope';
const FIELDS: Readonly<Record<Exclude<Key, 'synonyms'>, ListField>> = {
  fillers: 'fillers',
  'out-of-scope': 'outOfScope',
  'in-scope': 'inScope',
};

/** One word as the answerer reads it: lower case, no accents, apostrophes or hyphens ("ib'er" → "iber"). */
function foldWord(text: string): string {
  return fold(text.trim()).replace(/['’‘`-]/gu, '');
}
const ONE_WORD = /^[a-z0-9]+$/u;

export type WordsFileResult = { ok: true; words: PackWords } | { ok: false; errors: PackError[] };

/**
 * @example readWordsFile('words.md', '---\nsynonyms:\n  - intern: iber, ib\n---\n') // { ok: true, words: { synonyms: { intern: ['iber', 'ib'] }, … } }
 */
export function readWordsFile(file: string, text: string): WordsFileResult {
  const front = readFrontMatter(file, text);
  if (!front.ok) return front;
  const errors: PackError[] = [];
  const synonyms: Record<string, string[]> = {};
  const lists: Record<ListField, string[]> = { fillers: [], outOfScope: [], inScope: [] };
  /** Where each staff word was given, so a word mapped to two entry words is caught. */
  const mappedAt = new Map<string, { to: string; line: number }>();
  for (const [key, { value, line }] of front.fields) {
    const known = KEYS.find((each) => each === key);
    if (known === undefined) {
      errors.push({
        file,
        line,
        message: `unknown key "${key}"; allowed keys: ${KEYS.join(', ')}`,
      });
      continue;
    }
    if (!Array.isArray(value)) {
      errors.push({
        file,
        line,
        message: `${key}: expected a list, one "  - …" line each${key === 'synonyms' ? ', e.g. "  - intern: iber, ib"' : ''}`,
      });
      continue;
    }
    const lines = itemLines(text, line, value.length);
    value.forEach((item, at) => {
      const itemLine = lines[at] ?? line;
      const bad = (message: string) =>
        errors.push({ file, line: itemLine, message: `${key}: ${message}` });
      const checked = (raw: string): string | undefined => {
        const word = foldWord(raw);
        if (word === '') bad(`an empty word in "${item}"`);
        else if (!ONE_WORD.test(word))
          bad(
            `"${raw.trim()}" is not one word: write it joined ("${word.replace(/[^a-z0-9]+/gu, '')}") or leave it out`,
          );
        else return word;
        return undefined;
      };
      if (known !== 'synonyms') {
        const word = checked(item);
        if (word !== undefined) lists[FIELDS[known]].push(word);
        return;
      }
      const colon = item.indexOf(':');
      if (colon === -1) {
        bad(`expected "word the entries use: staff's word, other word", got "${item}"`);
        return;
      }
      const target = checked(item.slice(0, colon));
      const others = item
        .slice(colon + 1)
        .split(',')
        .filter((each) => each.trim() !== '');
      if (others.length === 0) bad(`no words after "${item.slice(0, colon).trim()}:"`);
      const mapped = others.map(checked).filter((each): each is string => each !== undefined);
      if (target === undefined) return;
      for (const word of mapped) {
        const earlier = mappedAt.get(word);
        if (word === target) bad(`"${word}" is mapped to itself`);
        else if (earlier && earlier.to !== target)
          bad(
            `"${word}" is mapped to "${target}" here and to "${earlier.to}" on line ${earlier.line}: keep one`,
          );
        else mappedAt.set(word, { to: target, line: itemLine });
      }
      synonyms[target] = [...new Set([...(synonyms[target] ?? []), ...mapped])];
    });
  }
  const inScope = new Set(lists.inScope);
  for (const word of lists.outOfScope)
    if (inScope.has(word))
      errors.push({
        file,
        line: front.fields.get('out-of-scope')?.line,
        message: `out-of-scope: "${word}" is also listed under in-scope: keep one`,
      });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, words: { synonyms, ...lists } };
}

/** 1-based lines of the `count` list items under the key on `keyLine`. */
function itemLines(text: string, keyLine: number, count: number): number[] {
  const lines = text.split(/\r?\n/);
  const found: number[] = [];
  for (let at = keyLine; at < lines.length && found.length < count; at++)
    if (/^ +- /u.test(lines[at] ?? '')) found.push(at + 1);
  return found;
}
