// The Dutch text pipeline for question answering: fold, split into words, drop stopwords, map
// synonyms, split compounds, stem. The index and the questions go through the same pipeline.
import { fold } from '../../shared/scan/text/fold';
import { createCompoundSplitter } from './compounds';
import { stemDutch } from './stem';
import { STOPWORDS } from './stopwords';
import { canonicalWord } from './synonyms';

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
  const termsOf = (word: string): string[] => {
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
  return { termsOf };
}
