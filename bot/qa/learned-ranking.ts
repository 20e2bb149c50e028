// A learned second opinion on which answer candidate a question means. The hand-made order
// (rank-hits.ts) counts how much of the question each entry covers; it cannot know that staff who
// write "de ouders van Jesse niet vertellen dat zijn dossier bij de afvalbak lag" ask about
// informing the people involved, not about the bin. The model adds what the tuning questions
// taught about each entry's words (a smoothed word-given-entry ratio, as naive Bayes reads it) to
// the ranking's own measures, and answers from its pick only when it beats the hand-made first
// choice by a margin; the hand-made first is then offered beside it. Trained offline on the
// tuning questions (test/train/train-ranking-model.ts) and shipped as data (ranking-model.json);
// deterministic.
import { MAX_WORD_WEIGHT, type QueryWord } from './knowledge-index';
import { weightOf, wordCredit, type Ranked } from './rank-hits';
import shipped from './ranking-model.json';
import { topicWordsOf } from './scope-gate';

/** The model as trained: feature weights, and word counts per entry for the association. */
export interface RankingModel {
  weights: number[];
  /** The model's pick moves to the front only when it scores this much above the first. */
  margin: number;
  /** Pseudo-count per word, so a word never seen with an entry still has some chance. */
  smoothing: number;
  /** How often each word occurred in the training questions, over all entries. */
  wordCounts: Record<string, number>;
  /** How often each word occurred in the training questions of each entry. */
  entryWordCounts: Record<string, Record<string, number>>;
}

/** What the answerer hands over: its candidates in hand-made order, and the question's words. */
export interface RankingInput {
  ranked: Ranked[];
  queryWords: readonly QueryWord[];
  /** The asking sentence of a story, or none. */
  focusWords: readonly QueryWord[];
  /** What an entry is about (knowledge-index coreTerms). */
  coreTerms: (entryId: string) => ReadonlySet<string>;
}

/** Which candidate to answer from, as its place in the hand-made order. */
export type CandidatePicker = (input: RankingInput) => number;

/** Candidates the model compares: the hand-made first and the few after it. */
const DEPTH = 6;

/** A candidate as the model reads it: its entry and the ranking's own measures. */
export interface CandidateFeatures {
  id: string;
  features: readonly number[];
}

/** The word a query word is counted as: its own first index term, or as typed. */
export function countedWord(word: QueryWord): string {
  return word.whole[0] ?? word.word;
}

/**
 * The ranking's own measures of one candidate, in the model's order (the association comes last,
 * from `association`): how it ranks and covers, its title, core and focus share, the weight of
 * the most telling word it matches, how many words it matches, whether it came first.
 */
function rankingFeatures(
  candidate: Ranked,
  at: number,
  input: RankingInput,
  topScore: number,
): number[] {
  const { hit } = candidate;
  const { queryWords, focusWords } = input;
  const total = weightOf(queryWords) || 1;
  const matchedWords = queryWords.filter((word) => wordCredit(word, hit) > 0);
  const { coreWords, titleWords } = topicWordsOf(
    candidate,
    queryWords,
    input.coreTerms(hit.entry.id),
  );
  const focusTotal = weightOf(focusWords) || 1;
  const focus =
    focusWords.reduce((sum, word) => sum + word.weight * wordCredit(word, hit), 0) / focusTotal;
  const mostTelling = Math.max(0, ...matchedWords.map((word) => word.weight));
  return [
    candidate.rank,
    candidate.coverage,
    hit.score / topScore,
    weightOf(titleWords) / total,
    weightOf(coreWords) / total,
    focus,
    mostTelling / MAX_WORD_WEIGHT,
    matchedWords.length / Math.max(1, queryWords.length),
    at === 0 ? 1 : 0,
    candidate.matched / 10,
  ];
}

/** The association of a question's words with one entry, per word, from the model's counts. */
export function createAssociation(
  model: Pick<RankingModel, 'smoothing' | 'wordCounts' | 'entryWordCounts'>,
): (entryId: string, words: readonly QueryWord[]) => number {
  const { smoothing, wordCounts, entryWordCounts } = model;
  const vocabulary = Object.keys(wordCounts).length + 1;
  const allWords = Object.values(wordCounts).reduce((sum, count) => sum + count, 0);
  const entryTotals = new Map(
    Object.entries(entryWordCounts).map(([id, counts]) => [
      id,
      Object.values(counts).reduce((sum, count) => sum + count, 0),
    ]),
  );
  return (entryId, words) => {
    const counts = entryWordCounts[entryId];
    const entryTotal = entryTotals.get(entryId) ?? 0;
    let sum = 0;
    for (const word of words) {
      const counted = countedWord(word);
      const overall = wordCounts[counted];
      if (overall === undefined) continue;
      const withEntry = (counts?.[counted] ?? 0) + smoothing;
      const ratio =
        withEntry /
        (entryTotal + smoothing * vocabulary) /
        ((overall + smoothing) / (allWords + smoothing * vocabulary));
      sum += (Math.min(word.weight, MAX_WORD_WEIGHT) / MAX_WORD_WEIGHT) * Math.log(ratio);
    }
    return sum / Math.max(1, words.length);
  };
}

/** A candidate's score: its features, weighted. */
export function weighted(weights: readonly number[], features: readonly number[]): number {
  return features.reduce((sum, value, at) => sum + value * (weights[at] ?? 0), 0);
}

/** The model's full feature rows: the ranking's own measures, then the association. */
export function featureRows(
  candidates: readonly CandidateFeatures[],
  words: readonly QueryWord[],
  association: ReturnType<typeof createAssociation>,
): number[][] {
  return candidates.map((candidate) => [...candidate.features, association(candidate.id, words)]);
}

/**
 * Which candidate to answer from, given the model's scores in hand-made order: the best scoring
 * one when it beats the first by more than the margin, else the first.
 */
export function pickOf(scores: readonly number[], margin: number): number {
  let pick = 0;
  let pickScore = (scores[0] ?? 0) + margin;
  scores.forEach((score, at) => {
    if (at > 0 && score > pickScore) {
      pick = at;
      pickScore = score;
    }
  });
  return pick;
}

/**
 * The model's pick among candidates in hand-made order, 0 unless one scores the margin above the
 * first. Only entries the model was trained with are compared: another board's pack keeps its
 * hand-made order until a model is trained on its own questions.
 */
export function pickByModel(
  model: RankingModel,
  association: ReturnType<typeof createAssociation>,
  candidates: readonly CandidateFeatures[],
  words: readonly QueryWord[],
): number {
  const isKnown = (id: string | undefined) => id !== undefined && id in model.entryWordCounts;
  if (!isKnown(candidates[0]?.id)) return 0;
  const scores = featureRows(candidates, words, association).map((row, at) =>
    isKnown(candidates[at]?.id) ? weighted(model.weights, row) : -Infinity,
  );
  return pickOf(scores, model.margin);
}

/** The first candidates of the hand-made order (DEPTH), as the model reads them. */
export function candidatesOf(input: RankingInput): CandidateFeatures[] {
  const topScore = input.ranked[0]?.hit.score || 1;
  return input.ranked.slice(0, DEPTH).map((candidate, at) => ({
    id: candidate.hit.entry.id,
    features: rankingFeatures(candidate, at, input, topScore),
  }));
}

/** The answerer's candidate picker for a model. */
export function createCandidatePicker(model: RankingModel): CandidatePicker {
  const association = createAssociation(model);
  return (input) => pickByModel(model, association, candidatesOf(input), input.queryWords);
}

/** The shipped model's pick. */
export const shippedCandidatePicker: CandidatePicker = createCandidatePicker(shipped);
