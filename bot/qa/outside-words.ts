// How much a question's words are those of the questions the policy does not cover ("salaris",
// "printer", "vakantiedagen") rather than of those it does: a naive-Bayes ratio of how often each
// word stem occurs in out-of-scope and in-scope tuning questions, counted offline by
// test/train/train-scope-gate.ts and shipped as outside-words.json. One of the scope gate's
// features (scope-gate.ts): word lists name the outside topics someone thought of, the counts also
// those the writers of the tuning questions asked about.
import { stemDutch } from './stem';
import counted from './outside-words.json';

export interface OutsideWordCounts {
  /** How many in-scope and out-of-scope questions were counted. */
  inScope: number;
  outOfScope: number;
  /** Per word stem: in how many in-scope and out-of-scope questions it occurs. */
  words: Record<string, readonly [number, number]>;
}

/** Pseudo-count per class, so a stem seen in one class only still has a finite ratio. */
const SMOOTHING = 1;
/** Shorter words ("ik", "de", "op") say nothing about a topic. */
const MIN_WORD_LENGTH = 3;
/** The score is kept within this, so one rare word cannot decide alone. */
const MAX_SCORE = 4;

const SHIPPED_OUTSIDE_WORDS = counted as unknown as OutsideWordCounts;

/** The distinct stems of a question's folded words, as they are counted. */
export function wordStemsOf(words: readonly string[]): string[] {
  return [
    ...new Set(
      words.filter((word) => word.length >= MIN_WORD_LENGTH).map((word) => stemDutch(word)),
    ),
  ];
}

/**
 * The mean log ratio over the question's counted stems: above 0 when they occur more in
 * out-of-scope questions, 0 when none was counted.
 * @example outsideScore(['wanneer', 'wordt', 'het', 'salaris', 'betaald']) // > 0
 */
export function outsideScore(
  words: readonly string[],
  counts: OutsideWordCounts = SHIPPED_OUTSIDE_WORDS,
): number {
  let sum = 0;
  let seen = 0;
  for (const stem of wordStemsOf(words)) {
    const pair = counts.words[stem];
    if (pair === undefined) continue;
    const [inScope, outOfScope] = pair;
    sum +=
      Math.log((outOfScope + SMOOTHING) / (counts.outOfScope + 2 * SMOOTHING)) -
      Math.log((inScope + SMOOTHING) / (counts.inScope + 2 * SMOOTHING));
    seen++;
  }
  if (seen === 0) return 0;
  return Math.max(-MAX_SCORE, Math.min(MAX_SCORE, sum / seen));
}

/** Counts stems over questions, keeping those seen in at least `minQuestions` of them. */
export function countOutsideWords(
  questions: readonly { words: readonly string[]; inScope: boolean }[],
  minQuestions: number,
): OutsideWordCounts {
  const tally = new Map<string, [number, number]>();
  let inScope = 0;
  let outOfScope = 0;
  for (const question of questions) {
    if (question.inScope) inScope++;
    else outOfScope++;
    for (const stem of wordStemsOf(question.words)) {
      const pair = tally.get(stem) ?? [0, 0];
      pair[question.inScope ? 0 : 1]++;
      tally.set(stem, pair);
    }
  }
  const words: Record<string, readonly [number, number]> = {};
  for (const stem of [...tally.keys()].sort()) {
    const pair = tally.get(stem);
    if (pair && pair[0] + pair[1] >= minQuestions) words[stem] = pair;
  }
  return { inScope, outOfScope, words };
}
