// Is this a question about the policy at all? A small logistic model over what the search found —
// how much of the question the best entry covers, whether it matches what that entry is about or
// only incidental words, how much of the question the knowledge base never uses, how telling a
// word it leaves unmatched is, whether a privacy or an outside topic is named, how much its words
// are those staff use when they ask what the policy does not cover (outside-words.ts) — trained
// offline on the tuning questions (test/train/train-scope-gate.ts) and shipped as data
// (scope-gate.json). A domain list alone misses the outside topic it does not list ("de printer
// geeft strepen"); the gate asks for positive evidence instead.
import type { QueryWord } from './knowledge-index';
import { weightOf, type Ranked } from './rank-hits';
import model from './scope-gate.json';

/** What the answerer knows about its best entry for a question, as the gate reads it. */
export interface ScopeEvidence {
  /** Share of the question's weight the best entry matches. */
  coverage: number;
  /** That weight, and the question's whole weight. */
  matched: number;
  total: number;
  /** Share of the question's weight in words the knowledge base never uses. */
  unknownShare: number;
  /** Share of the question's weight matched by what the best entry is about (its core terms). */
  coreShare: number;
  /** Weight of the most telling word matched by a core term, 0–4. */
  coreMax: number;
  /** Share of the question's weight matched in the best entry's title. */
  titleShare: number;
  /**
   * Weight of the most telling known word the best entry does not match, 0–4: "stoort" in "mag ik
   * een leerling die stoort uit de klas sturen" is what the question is about, and no entry has it.
   */
  unmatchedMax: number;
  /** How far the best entry ranks ahead of the runner-up. */
  margin: number;
  /** A topic outside the policy is named (the lexicon's domains, the board's out-of-scope words). */
  isOffTopic: boolean;
  /** A privacy topic is named outright (the lexicon's privacy words, the board's in-scope words). */
  isPrivacy: boolean;
  /** A long situation, its question in one sentence. */
  isStory: boolean;
  /** How much its words are those of out-of-scope questions (outside-words.ts), −4 to 4. */
  outsideScore: number;
  /** How many content words the question has. */
  words: number;
}

/**
 * The question's words a candidate matches with what its entry is about (its core terms), and
 * those its title names.
 */
export function topicWordsOf(
  candidate: Ranked,
  queryWords: readonly QueryWord[],
  coreTerms: ReadonlySet<string>,
): { coreWords: QueryWord[]; titleWords: QueryWord[] } {
  const { termCredit, titleTerms } = candidate.hit;
  return {
    coreWords: queryWords.filter((word) =>
      word.terms.some((term) => coreTerms.has(term) && (termCredit.get(term) ?? 0) > 0),
    ),
    titleWords: queryWords.filter((word) => word.terms.some((term) => titleTerms.has(term))),
  };
}

/**
 * The evidence for the best of `ranked` (ordered best first), or undefined when nothing was found.
 * @param facts What the best entry is about (its core terms), and what the lexicon saw in the question.
 */
export function scopeEvidenceOf(
  ranked: readonly Ranked[],
  queryWords: readonly QueryWord[],
  facts: Pick<ScopeEvidence, 'isOffTopic' | 'isPrivacy' | 'isStory' | 'outsideScore'> & {
    coreTerms: ReadonlySet<string>;
  },
): ScopeEvidence | undefined {
  const [best, second] = ranked;
  if (!best) return undefined;
  const total = weightOf(queryWords);
  const share = (words: readonly QueryWord[]) => (total === 0 ? 0 : weightOf(words) / total);
  const isMatched = (term: string) => (best.hit.termCredit.get(term) ?? 0) > 0;
  const { coreWords, titleWords } = topicWordsOf(best, queryWords, facts.coreTerms);
  return {
    coverage: best.coverage,
    matched: best.matched,
    total,
    unknownShare: share(queryWords.filter((word) => !word.isKnown)),
    coreShare: share(coreWords),
    coreMax: Math.max(0, ...coreWords.map((word) => word.weight)),
    titleShare: share(titleWords),
    unmatchedMax: Math.max(
      0,
      ...queryWords
        .filter((word) => word.isKnown && !word.terms.some(isMatched))
        .map((word) => word.weight),
    ),
    margin: second ? best.rank - second.rank : 1,
    isOffTopic: facts.isOffTopic,
    isPrivacy: facts.isPrivacy,
    isStory: facts.isStory,
    outsideScore: facts.outsideScore,
    words: queryWords.length,
  };
}

/** The features, in the order of the model's weights (after the intercept). */
export function scopeFeatures(evidence: ScopeEvidence): number[] {
  return [
    evidence.coverage,
    Math.log1p(evidence.matched),
    Math.log1p(evidence.total),
    evidence.unknownShare,
    evidence.coreShare,
    evidence.coreMax / 4,
    evidence.titleShare,
    Math.min(evidence.margin, 1),
    evidence.isOffTopic ? 1 : 0,
    evidence.isPrivacy ? 1 : 0,
    evidence.isStory ? 1 : 0,
    Math.min(evidence.words, 20) / 10,
    evidence.unmatchedMax / 4,
    evidence.outsideScore / 4,
  ];
}

export interface ScopeModel {
  /** Intercept first, then one weight per feature of scopeFeatures. */
  weights: readonly number[];
  /** At or above this probability the question is in scope. */
  threshold: number;
}

/** Probability that the question is about the policy. */
export function inScopeProbability(evidence: ScopeEvidence, scope: ScopeModel = model): number {
  const features = scopeFeatures(evidence);
  let sum = scope.weights[0] ?? 0;
  features.forEach((value, at) => (sum += value * (scope.weights[at + 1] ?? 0)));
  return 1 / (1 + Math.exp(-sum));
}

/**
 * Positive evidence of a policy question, which no gate overrules: the question matches something
 * its best entry is about (its core terms) or names a privacy topic. "Can I claim travel expenses
 * for the training day?" shares only "training" and "day" with an entry.
 */
export function hasPolicyEvidence(evidence: ScopeEvidence): boolean {
  return evidence.coreShare > 0 || evidence.isPrivacy;
}

/** Decides whether a question with this evidence is in scope; injectable for training and tests. */
export type ScopeGate = (evidence: ScopeEvidence) => boolean;

/** The shipped model's decision. */
export const shippedScopeGate: ScopeGate = (evidence) =>
  inScopeProbability(evidence) >= model.threshold;
