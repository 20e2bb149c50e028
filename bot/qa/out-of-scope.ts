// Questions about what the privacy policy does not cover — holidays, salary, contracts, broken
// printers — are declined before any entry can look like their answer. The word lists are
// policy-pack data (shared/policy/lexicon/informal-words.ts).
import { OUT_OF_SCOPE_WORDS, PRIVACY_WORDS } from '../../shared/policy/lexicon/informal-words';
import { canonicalWord } from './synonyms';

const OUT_OF_SCOPE = new Set(OUT_OF_SCOPE_WORDS);
const PRIVACY = new Set(PRIVACY_WORDS);

/**
 * True when a folded word names a topic outside the policy and no word names a privacy topic.
 * @example isOutOfScope(['hoeveel', 'vakantiedagen']) // true
 */
export function isOutOfScope(words: readonly string[]): boolean {
  const isPrivacyWord = (word: string) =>
    PRIVACY.has(word) || PRIVACY.has(canonicalWord(word) ?? '');
  if (words.some(isPrivacyWord)) return false;
  return words.some((word) => OUT_OF_SCOPE.has(word));
}
