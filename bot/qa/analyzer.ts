// The Dutch text pipeline for question answering: fold, split into words, drop stopwords, map
// synonyms, split compounds, stem. The index and the questions go through the same pipeline.
import { fold } from '../../shared/scan/text/fold';
import { createCompoundSplitter } from './compounds';
import { stemDutch } from './stem';
import { STOPWORDS } from './stopwords';
import { canonicalWord } from './synonyms';

const MAX_CACHED_WORDS = 50_000;
const APOSTROPHES = ["'", '’', '‘', '`'];
const NON_WORD = /[^a-z0-9]+/;

/**
 * Folded words of a text: lower case, no accents, apostrophes and hyphens dropped so that
 * "foto's" is "fotos" and "e-mail" is "email".
 * @example wordsOf("Mag ik foto's e-mailen?") // ['mag', 'ik', 'fotos', 'emailen']
 */
export function wordsOf(text: string): string[] {
  let folded = fold(text).replaceAll('-', '');
  for (const apostrophe of APOSTROPHES) folded = folded.replaceAll(apostrophe, '');
  return folded.split(NON_WORD).filter((word) => word.length > 1 || /\d/.test(word));
}

export interface TextAnalyzer {
  /**
   * Index terms of one folded word, most telling first: the stem of the word (or of its
   * synonym's index word), then its own stem and those of its compound parts. None for a stopword.
   */
  termsOf(word: string): string[];
}

/** An analyzer whose compound splitting knows the given vocabulary (folded words). */
export function createAnalyzer(vocabulary: ReadonlySet<string>): TextAnalyzer {
  const splitCompound = createCompoundSplitter(vocabulary);
  // The same words come back all the time, in the index and in questions: analyse each once.
  const cache = new Map<string, string[]>();
  const analyse = (word: string): string[] => {
    if (STOPWORDS.has(word)) return [];
    const terms = new Set<string>();
    const add = (each: string) => {
      const canonical = canonicalWord(each);
      terms.add(stemDutch(canonical ?? each));
      if (canonical !== undefined) terms.add(stemDutch(each));
    };
    add(word);
    for (const part of splitCompound(word)) if (!STOPWORDS.has(part)) add(part);
    return [...terms];
  };
  const termsOf = (word: string): string[] => {
    let terms = cache.get(word);
    if (terms === undefined) {
      terms = analyse(word);
      // Bounded: questions bring endless new words, and a long-running bot must not grow.
      if (cache.size < MAX_CACHED_WORDS) cache.set(word, terms);
    }
    return terms;
  };
  return { termsOf };
}
