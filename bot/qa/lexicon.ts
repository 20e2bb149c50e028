// The vocabulary one answerer reads questions with: the product's language resources and informal
// register, plus the board's own words from its pack (words.md). Built once per pack, so two
// boards served by one process never share a word list.
import { NO_PACK_WORDS, type PackWords } from '../../shared/policy/pack/words-file';
import {
  createOffTopicFinder,
  createPrivacyTopicFinder,
  type OffTopicFinder,
} from './out-of-scope';
import { STOPWORDS } from './stopwords';
import { createSynonyms, synonymWords } from './synonyms';

export interface Lexicon {
  /** The index word of a synonym ("gejat" → "gestolen"), else undefined. */
  canonicalWord: (word: string) => string | undefined;
  /** A word that says nothing about the topic: a stopword or a chat filler. */
  isStopword: (word: string) => boolean;
  /** The board's own filler words (its name): also the head of a compound ("Kindante-leveranciers"). */
  fillers: ReadonlySet<string>;
  /** Every word of the synonym groups: words staff ask with, which a typo may be a slip of. */
  synonymWords: ReadonlySet<string>;
  offTopicWords: OffTopicFinder;
  /** Whether the (folded) words name a privacy topic outright, or one of the board's in-scope words. */
  namesPrivacyTopic: (words: readonly string[]) => boolean;
}

/**
 * Names of the policy's subject itself, which every school board's policy is about: "IBP"
 * (informatiebeveiliging en privacy) and information security. A question naming one asks about
 * the policy ("activiteitenkalender IBP", "reikwijdte IBP-beleid"), as one naming "privacy" does,
 * and keeps a labour word beside it in scope ("Hoe komt IBP aan bod bij de aanstelling?").
 */
const SUBJECT_WORDS: readonly string[] = [
  'ibp',
  'ibpbeleid',
  'informatiebeveiliging',
  'informatiebeveiligingsbeleid',
];

/** @example createLexicon({ ...NO_PACK_WORDS, synonyms: { intern: ['iber'] } }).canonicalWord('iber') // 'intern' */
export function createLexicon(board: PackWords = NO_PACK_WORDS): Lexicon {
  const canonicalWord = createSynonyms(board.synonyms);
  const fillers = new Set(board.fillers);
  return {
    canonicalWord,
    isStopword: (word) => STOPWORDS.has(word) || fillers.has(word),
    fillers,
    synonymWords: synonymWords(board.synonyms),
    offTopicWords: createOffTopicFinder(
      { ...board, inScope: [...board.inScope, ...SUBJECT_WORDS] },
      canonicalWord,
    ),
    namesPrivacyTopic: createPrivacyTopicFinder(
      { inScope: [...board.inScope, ...SUBJECT_WORDS] },
      canonicalWord,
    ),
  };
}
