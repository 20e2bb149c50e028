// Orders the search hits for a question by how much of it each covers, and decides whether the
// best one is trusted enough to answer from.
import type { Hit, QueryWord } from './knowledge-index';

/**
 * Below this share of the question's weight matched by the best entry, the answer is not trusted.
 * An off-topic question ("wat wordt het weer morgen?") has most of its weight in words the policy
 * never uses.
 */
const MIN_COVERAGE = 0.4;
/** …and the matched words together must carry this much weight: more than any one word. */
const MIN_MATCHED_WEIGHT = 4.5;
/** A short question that names an entry's title topic needs this coverage and weight. */
const MIN_TOPIC_COVERAGE = 0.65;
const MIN_TOPIC_WEIGHT = 1.5;
/**
 * Below confidence but above these, the question is in scope: it is answered from the best entry
 * with the next ones offered ("Bedoel je"), instead of a dead end.
 */
const MIN_SCOPE_COVERAGE = 0.2;
const MIN_SCOPE_WEIGHT = 4.5;
/**
 * A story ("gisteren …, moet ik …?") says much more than its question, and what it says is about
 * school, so a little less matched weight puts it in scope: off-topic questions are short.
 */
const MIN_STORY_SCOPE_WEIGHT = 3.5;
/**
 * A long story whose best entry matches many telling words is in scope with less coverage: the
 * story's details ("de jassenkapstok", "a taxi in Maastricht") weigh on the total, and its asking
 * sentence ("Hoe voorkomen we dit?", "What should I do?") names no topic of its own. The weight is
 * that of one word as telling as a word can be (MAX_WORD_WEIGHT): "voorkomen" alone puts "…, de
 * uitdraai lag de hele middag in de bak. Hoe voorkomen we dit?" in scope, answered with "Bedoel je"
 * and still subject to the scope gate (tuning: 5 declined three train-6 stories, 4 changes nothing
 * on the other tuning files).
 */
const MIN_LONG_STORY_COVERAGE = 0.13;
const MIN_LONG_STORY_WEIGHT = 4;
/** How many search hits are reordered by coverage. */
const RERANK_DEPTH = 10;
/** Weight of the (relative) search score next to coverage when reordering. */
const SCORE_SHARE = 0.3;
/**
 * Weight of how much of the asking sentence an entry covers, for a story: "…, de map staat nog
 * open. Hoe melden we dit?" asks how to report, whatever else the story matches.
 */
const FOCUS_SHARE = 0.3;

/**
 * Confident when the entry covers enough of the question with enough telling words, or when the
 * question is short and names the entry's own topic ("Hoe werkt Cryptshare?").
 */
export function isConfident(best: Ranked, queryWords: QueryWord[]): boolean {
  if (best.matched >= MIN_MATCHED_WEIGHT && best.coverage >= MIN_COVERAGE) return true;
  const namesTopic = queryWords.some((word) =>
    word.terms.some((term) => best.hit.titleTerms.has(term)),
  );
  return namesTopic && best.coverage >= MIN_TOPIC_COVERAGE && best.matched >= MIN_TOPIC_WEIGHT;
}

/**
 * In scope: the best entry matches several telling words of the question, even when the question
 * says much more (a long situation, `isStory`): one matched word alone is too often a coincidence.
 */
export function isInScope(best: Ranked, isStory = false): boolean {
  const minWeight = isStory ? MIN_STORY_SCOPE_WEIGHT : MIN_SCOPE_WEIGHT;
  if (isStory && best.matched >= MIN_LONG_STORY_WEIGHT && best.coverage >= MIN_LONG_STORY_COVERAGE)
    return true;
  return best.matched >= minWeight && best.coverage >= MIN_SCOPE_COVERAGE;
}

/** The weight of some of a question's words together. */
export function weightOf(words: readonly QueryWord[]): number {
  return words.reduce((sum, word) => sum + word.weight, 0);
}

/**
 * How well an entry matches one word, 0–1: the word itself, or else its compound parts on
 * average, so "ouderavond" matched only by "ouder" counts half.
 */
export function wordCredit(word: QueryWord, hit: Hit): number {
  const credit = (terms: string[]) =>
    Math.max(0, ...terms.map((term) => hit.termCredit.get(term) ?? 0));
  const whole = credit(word.whole);
  if (word.parts.length === 0) return whole;
  const parts = word.parts.reduce((sum, terms) => sum + credit(terms), 0) / word.parts.length;
  return Math.max(whole, parts);
}

export interface Ranked {
  hit: Hit;
  /** Weight of the question's words the entry matches. */
  matched: number;
  /** That weight as a share of the question's whole weight. */
  coverage: number;
  /** Coverage plus a share of the relative search score: the order of the answer candidates. */
  rank: number;
}

/**
 * Reorders the best hits by how much of the question each one covers, with the search score as
 * the tie-breaker: an entry that matches every telling word beats one that matches one word often.
 * With `focusWords` (the asking sentence of a story), covering those counts extra.
 */
export function rankHits(
  queryWords: QueryWord[],
  hits: Hit[],
  focusWords: readonly QueryWord[] = [],
): Ranked[] {
  const total = weightOf(queryWords);
  const focusTotal = weightOf(focusWords);
  const topScore = hits[0]?.score ?? 1;
  const ranked = hits.slice(0, RERANK_DEPTH).map((hit) => {
    const matchedOf = (words: readonly QueryWord[]) =>
      words.reduce((sum, word) => sum + word.weight * wordCredit(word, hit), 0);
    const matched = matchedOf(queryWords);
    const coverage = total === 0 ? 0 : matched / total;
    const focus = focusTotal === 0 ? 0 : matchedOf(focusWords) / focusTotal;
    return {
      hit,
      matched,
      coverage,
      rank: coverage + SCORE_SHARE * (hit.score / topScore) + FOCUS_SHARE * focus,
    };
  });
  return ranked.sort((a, b) => b.rank - a.rank);
}

/** A question this light (its words' total weight) is short: "Who is in charge of data protection?". */
const SHORT_QUESTION_WEIGHT = 8;
/** …and in scope when its best entry covers this much of it, its title among what it matches. */
const SHORT_SCOPE_COVERAGE = 0.5;
const SHORT_SCOPE_WEIGHT = 3;

/**
 * In scope though light: a short question most of which the best entry's own topic matches
 * ("Who is in charge of data protection?"); the answerer asks this only of a question that names
 * a privacy topic outright, so "What is the dress code?" matching a title's "code" stays declined. Two or three words cannot weigh what
 * isInScope asks of a sentence, yet naming an entry's title topic is telling enough to answer
 * from it with the next ones offered.
 */
export function isShortQuestionInScope(best: Ranked, queryWords: readonly QueryWord[]): boolean {
  if (weightOf(queryWords) > SHORT_QUESTION_WEIGHT) return false;
  const namesTopic = queryWords.some((word) =>
    word.terms.some((term) => best.hit.titleTerms.has(term)),
  );
  return namesTopic && best.coverage >= SHORT_SCOPE_COVERAGE && best.matched >= SHORT_SCOPE_WEIGHT;
}
