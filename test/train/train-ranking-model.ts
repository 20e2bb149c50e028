// Trains the answerer's learned candidate order (bot/qa/learned-ranking.ts) on the tuning
// questions and writes it as data to bot/qa/ranking-model.json. Two parts, both deterministic:
// word counts per entry from the questions whose entry is known (the association), and feature
// weights by pairwise logistic regression (the right candidate against each wrong one among the
// first few, from zero weights, full-batch gradient descent). Only questions answered from the
// hand-made first candidate teach the order, since only there does the order decide the answer.
// A leave-one-file-out run (--check) says how the model does on a file it never saw.
//   npx tsx test/train/train-ranking-model.ts            train, write
//   npx tsx test/train/train-ranking-model.ts --check    also the leave-one-file-out report
//   npx tsx test/train/train-ranking-model.ts --dry-run  train and report only
// then npx prettier --write bot/qa/ranking-model.json. QUESTIONS_LEAVE_OUT (tuning-questions.ts)
// keeps the newest files out, to judge a retrain on questions no model saw.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnswerer } from '../../bot/qa/answerer';
import type { QueryWord } from '../../bot/qa/knowledge-index';
import {
  candidatesOf,
  countedWord,
  createAssociation,
  featureRows,
  pickByModel,
  weighted,
  type CandidateFeatures,
  type RankingInput,
  type RankingModel,
} from '../../bot/qa/learned-ranking';
import { parseConfig } from '../../shared/policy/parse-config';
import { isRowInScope, sectionsMatch } from '../eval/evaluate-qa';
import { kindantePack } from '../helpers/knowledge';
import { EXAMPLE_CONFIG } from '../helpers/policy';
import { tuningQuestionFiles } from './tuning-questions';

const OUTPUT = path.resolve(__dirname, '../../bot/qa/ranking-model.json');
const EPOCHS = 800;
const LEARNING_RATE = 0.5;
const L2 = 0.01;
/** Pseudo-count per word: small, as the leave-one-file-out runs preferred (0.03–2 tried). */
const SMOOTHING = 0.1;
/** A word seen once in all tuning questions says more about that question than its entry. */
const MIN_WORD_COUNT = 2;
/**
 * How far the model's pick must beat the first: 0.2–0.7 tried, the leave-one-file-out net gain
 * (right gained minus lost) peaks at 0.2–0.3.
 */
const MARGIN = 0.3;

/** A candidate (the ranking's own measures; the association is added per model) and its label. */
interface Candidate extends CandidateFeatures {
  isRight: boolean;
}

interface Sample {
  file: string;
  /** The question's words as the association counts them. */
  words: QueryWord[];
  /** The entry the question is about, when the row or the candidates say so. */
  entryId: string | undefined;
  candidates: Candidate[];
  /** Answered from the hand-made first candidate: the order decided this answer. */
  isDecidedByOrder: boolean;
}

function collectSamples(): Sample[] {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const pack = kindantePack();
  let seen: RankingInput | undefined;
  const answer = createAnswerer(parsed.config, pack.knowledge, pack.words, {
    pickCandidate: (input) => {
      seen = input;
      return 0;
    },
  });
  const samples: Sample[] = [];
  for (const { file, rows } of tuningQuestionFiles())
    for (const row of rows) {
      if (!isRowInScope(row)) continue;
      seen = undefined;
      const answered = answer(row.question);
      if (!seen || answered.confidence === 'none') continue;
      const input: RankingInput = seen;
      const first = input.ranked[0];
      if (!first) continue;
      const sectionOf = new Map(input.ranked.map(({ hit }) => [hit.entry.id, hit.entry.section]));
      const isRight = (id: string) =>
        row.expected
          ? id === row.expected
          : sectionsMatch(sectionOf.get(id) ?? '', row.sections ?? []);
      const candidates = candidatesOf(input).map((each) => ({
        ...each,
        isRight: isRight(each.id),
      }));
      samples.push({
        file,
        words: [...input.queryWords],
        entryId: row.expected ?? candidates.find((each) => each.isRight)?.id,
        candidates,
        isDecidedByOrder: answered.sources[0]?.id === first.hit.entry.id,
      });
    }
  return samples;
}

/** Word counts per entry and overall, rare words left out. */
function countWords(
  samples: readonly Sample[],
): Pick<RankingModel, 'wordCounts' | 'entryWordCounts'> {
  const overall: Record<string, number> = {};
  for (const sample of samples)
    if (sample.entryId)
      for (const word of sample.words)
        overall[countedWord(word)] = (overall[countedWord(word)] ?? 0) + 1;
  const kept = (word: string) => (overall[word] ?? 0) >= MIN_WORD_COUNT;
  const perEntry: Record<string, Record<string, number>> = {};
  for (const sample of samples) {
    if (!sample.entryId) continue;
    const counts = (perEntry[sample.entryId] ??= {});
    for (const word of sample.words.map(countedWord).filter(kept))
      counts[word] = (counts[word] ?? 0) + 1;
  }
  const wordCounts = Object.fromEntries(Object.entries(overall).filter(([word]) => kept(word)));
  return { wordCounts, entryWordCounts: perEntry };
}

function train(samples: readonly Sample[]): RankingModel {
  const { wordCounts, entryWordCounts } = countWords(samples);
  const association = createAssociation({ smoothing: SMOOTHING, wordCounts, entryWordCounts });
  const pairs: number[][] = [];
  for (const sample of samples.filter((each) => each.isDecidedByOrder)) {
    const full = featureRows(sample.candidates, sample.words, association);
    const right = sample.candidates.findIndex((each) => each.isRight);
    if (right < 0) continue;
    sample.candidates.forEach((candidate, at) => {
      if (!candidate.isRight)
        pairs.push(
          (full[right] as number[]).map((value, feature) => value - (full[at]?.[feature] ?? 0)),
        );
    });
  }
  const size = pairs[0]?.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Array<number>(size).fill(0);
    for (const pair of pairs) {
      // The right candidate should score above the wrong one: logistic loss on the difference.
      const miss = 1 - 1 / (1 + Math.exp(-weighted(weights, pair)));
      pair.forEach(
        (value, at) => (gradient[at] = (gradient[at] ?? 0) - (miss * value) / pairs.length),
      );
    }
    for (let at = 0; at < size; at++)
      weights[at] =
        (weights[at] ?? 0) - LEARNING_RATE * ((gradient[at] ?? 0) + L2 * (weights[at] ?? 0));
  }
  return {
    weights: weights.map((each) => Number(each.toFixed(6))),
    margin: MARGIN,
    smoothing: SMOOTHING,
    wordCounts,
    entryWordCounts,
  };
}

/** How the model would change the answers decided by the order: right gained, right lost. */
function changes(
  model: RankingModel,
  samples: readonly Sample[],
): { gained: number; lost: number } {
  const association = createAssociation(model);
  let gained = 0;
  let lost = 0;
  for (const sample of samples.filter((each) => each.isDecidedByOrder)) {
    const pick = pickByModel(model, association, sample.candidates, sample.words);
    const wasRight = sample.candidates[0]?.isRight === true;
    const isRight = sample.candidates[pick]?.isRight === true;
    if (isRight && !wasRight) gained++;
    if (wasRight && !isRight) lost++;
  }
  return { gained, lost };
}

function main(): void {
  const samples = collectSamples();
  const lines = ['learned candidate order, on the in-scope tuning questions answered:'];
  if (process.argv.includes('--check')) {
    let gained = 0;
    let lost = 0;
    for (const file of [...new Set(samples.map((each) => each.file))]) {
      const result = changes(
        train(samples.filter((each) => each.file !== file)),
        samples.filter((each) => each.file === file),
      );
      gained += result.gained;
      lost += result.lost;
      lines.push(
        `  left out: ${file.padEnd(34)} right gained ${result.gained}, lost ${result.lost}`,
      );
    }
    lines.push(`  left out, all files: right gained ${gained}, lost ${lost}`);
  }
  const model = train(samples);
  const onTraining = changes(model, samples);
  lines.push(
    `  trained on ${samples.length} questions: right gained ${onTraining.gained}, lost ${onTraining.lost} (on its own training data)`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!process.argv.includes('--dry-run'))
    writeFileSync(OUTPUT, `${JSON.stringify(model, null, 2)}\n`);
}

main();
