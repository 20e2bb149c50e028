// The Dutch text pipeline for question answering: fold, split into words, drop stopwords, map
// synonyms, split compounds, stem. The index and the questions go through the same pipeline.
import { fold } from '../../shared/scan/text/fold';
import { createCompoundSplitter } from './compounds';
import { stemDutch } from './stem';
import { createLexicon, type Lexicon } from './lexicon';
import {
  englishFormCandidates,
  informalFormCandidates,
  longVowelForms,
  verbFormCandidates,
} from './verb-forms';

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

/**
 * Mail's address line as staff say it: "alle ouders in de 'aan' zetten" puts them in the To field
 * ("aanveld"). "Aan" is a preposition, never a noun after "de", save in "de aan- en afmelding".
 * @example withAddressLineNames(['ouders', 'in', 'de', 'aan', 'zetten']) // ['ouders', 'in', 'aanveld', 'zetten']
 */
export function withAddressLineNames(words: readonly string[]): string[] {
  const named: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const isPairWithOff =
      ['en', 'of'].includes(words[at + 2] ?? '') && (words[at + 3] ?? '').startsWith('af');
    const isAddressLine = words[at] === 'de' && words[at + 1] === 'aan' && !isPairWithOff;
    if (isAddressLine) at += 1;
    named.push(isAddressLine ? 'aanveld' : (words[at] as string));
  }
  return named;
}

/** The terms of one folded word; both empty for a stopword. */
interface WordTerms {
  /** The stem of the word (or of its synonym's index word) first, then its own stem. */
  whole: string[];
  /** For a compound, the terms of each part, as `whole` is for the word. */
  parts: string[][];
  /**
   * The term found only by reading the word as spoken register ("opsturen" as "sturen"): not
   * enough to make a particle and a verb far apart one word ("op … fotos" is no "opfotos").
   */
  spoken?: string;
}

export interface TextAnalyzer {
  analyse(word: string): WordTerms;
  /** Every index term of one folded word: its whole terms, then those of its parts. */
  termsOf(word: string): string[];
}

/**
 * An analyzer whose compound splitting knows the given vocabulary (folded words).
 * @param lexicon Synonyms and stopwords, the board's words among them.
 */
export function createAnalyzer(
  vocabulary: ReadonlySet<string>,
  { canonicalWord, isStopword, fillers }: Lexicon = createLexicon(),
): TextAnalyzer {
  // The board's name is a part too, and a filler: "kindanteleveranciers" asks about suppliers.
  const splitCompound = createCompoundSplitter(
    fillers.size === 0 ? vocabulary : new Set([...vocabulary, ...fillers]),
  );
  const mainStem = (word: string) => stemDutch(canonicalWord(word) ?? word);
  const knownStems = new Set([...vocabulary].map(mainStem));
  // The same words come back all the time, in the index and in questions: analyse each once.
  const cache = new Map<string, { analysed: WordTerms; terms: string[] }>();
  /** The word's terms, and the one found only by reading it as spoken register (if any). */
  const termsOfOne = (each: string, isPart = false): { terms: string[]; spoken?: string } => {
    const canonical = canonicalWord(each);
    const main = stemDutch(canonical ?? each);
    const terms = canonical === undefined ? [main] : [main, stemDutch(each)];
    if (knownStems.has(main)) return { terms };
    // "bewaart", "gestuurd": try the form without -t/-d or ge- that the index knows; then
    // "reported", "decides": the English base form.
    const isKnown = (candidate: string) => knownStems.has(mainStem(candidate));
    const form = [
      ...verbFormCandidates(each),
      ...englishFormCandidates(each),
      ...longVowelForms(each),
    ].find(isKnown);
    if (form !== undefined) return { terms: [...new Set([...terms, mainStem(form)])] };
    // "opsturen", "belde", "bsns": the verb without its particle, the weak past tense, an
    // abbreviation's plural. Not for a compound's part: "afbeelde" is no "bellen".
    const spoken = isPart ? undefined : informalFormCandidates(each).find(isKnown);
    if (spoken === undefined) return { terms };
    return { terms: [...new Set([...terms, mainStem(spoken)])], spoken: mainStem(spoken) };
  };
  const wholeOf = (word: string) => {
    const { terms, spoken } = termsOfOne(word);
    return spoken === undefined ? { whole: terms } : { whole: terms, spoken };
  };
  const lookUp = (word: string) => {
    let found = cache.get(word);
    if (found === undefined) {
      const analysed: WordTerms = isStopword(word)
        ? { whole: [], parts: [] }
        : {
            ...wholeOf(word),
            parts: splitCompound(word)
              .filter((part) => !isStopword(part))
              .map((part) => termsOfOne(part, true).terms),
          };
      found = { analysed, terms: [...new Set([...analysed.whole, ...analysed.parts.flat()])] };
      // Bounded: questions bring endless new words, and a long-running bot must not grow.
      if (cache.size < MAX_CACHED_WORDS) cache.set(word, found);
    }
    return found;
  };
  return {
    analyse: (word) => lookUp(word).analysed,
    termsOf: (word) => lookUp(word).terms,
  };
}
