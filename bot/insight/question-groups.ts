// Groups scrubbed questions that ask the same thing: each question becomes the set of its content
// words' stems (stopwords and placeholders left out), and two questions are one group when those
// sets overlap by at least SAME_QUESTION (Jaccard). Deterministic: the same questions in the same
// order always give the same groups.
import { wordsOf } from '../qa/analyzer';
import { stemDutch } from '../qa/stem';
import { STOPWORDS } from '../qa/stopwords';
import { PLACEHOLDERS } from '../../shared/insight/scrub-question';

/** Share of shared stems (intersection over union) from which two questions are one group. */
const SAME_QUESTION = 0.5;

const PLACEHOLDER_WORDS = new Set(Object.values(PLACEHOLDERS).flatMap((each) => wordsOf(each)));

/**
 * The sorted, distinct stems of a scrubbed question's content words.
 * @example questionTerms('mag ik [naam] zijn dossier mailen') // ['dossier', 'mail']
 */
export function questionTerms(scrubbed: string): string[] {
  const words = wordsOf(scrubbed).filter(
    (word) => !STOPWORDS.has(word) && !PLACEHOLDER_WORDS.has(word),
  );
  return [...new Set(words.map(stemDutch))].sort();
}

/** Intersection over union of two term lists; 0 when both are empty. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const shared = b.filter((term) => left.has(term)).length;
  const union = left.size + new Set(b).size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The group a question belongs to: the most similar one at or above SAME_QUESTION, the earliest
 * on a tie; undefined when none is close enough.
 */
export function closestGroup<G extends { terms: readonly string[] }>(
  terms: readonly string[],
  groups: readonly G[],
): G | undefined {
  let best: G | undefined;
  let bestScore = SAME_QUESTION;
  for (const group of groups) {
    const score = similarity(terms, group.terms);
    if (score > bestScore || (score === bestScore && best === undefined)) {
      best = group;
      bestScore = score;
    }
  }
  return best;
}
