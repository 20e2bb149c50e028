// Trains the answerer's scope gate (bot/qa/scope-gate.ts) on the tuning questions and writes it as
// data to bot/qa/scope-gate.json: logistic regression from zero weights, full-batch gradient
// descent, no sampling, so the same questions always give the same model. Labels are the
// questions' scope (expected entry or null, or `inScope` in the held-out format), not whether the
// answer was right: the gate decides whether to answer at all, the ranking which entry. Trained on
// every tuning file; a leave-one-file-out run shows how the model and its threshold hold on a file
// they never saw (GATE_CHECK_FILE=questions-train-4.json also keeps one file out of the shipped
// model and reports it apart).
//   npx tsx test/train/train-scope-gate.ts            train, report, write
//   npx tsx test/train/train-scope-gate.ts --dry-run  train and report only
// then npx prettier --write bot/qa/scope-gate.json bot/qa/outside-words.json. It also writes the
// word counts of the outside-words score (bot/qa/outside-words.json), from every tuning question.
// GATE_MIN_KEPT=0.99 tries another keep-rate.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnswerer } from '../../bot/qa/answerer';
import { questionWordsOf } from '../../bot/qa/idioms';
import { countOutsideWords, outsideScore } from '../../bot/qa/outside-words';
import {
  hasPolicyEvidence,
  scopeFeatures,
  type ScopeEvidence,
  type ScopeModel,
} from '../../bot/qa/scope-gate';
import { parseConfig } from '../../shared/policy/parse-config';
import { isRowInScope } from '../eval/evaluate-qa';
import { kindantePack } from '../helpers/knowledge';
import { EXAMPLE_CONFIG } from '../helpers/policy';
import { tuningQuestionFiles, type TuningRow } from './tuning-questions';

const OUTPUT = path.resolve(__dirname, '../../bot/qa/scope-gate.json');
/** Never trained on, when set: its figures are the check. */
const CHECK_FILE = process.env.GATE_CHECK_FILE ?? '';
const EPOCHS = 6000;
const LEARNING_RATE = 0.3;
const L2 = 0.002;
/** An out-of-scope question answered is worse than an in-scope one declined (issue #20). */
const OUT_OF_SCOPE_WEIGHT = 2;
/** The threshold keeps at least this share of the in-scope questions. */
const MIN_IN_SCOPE_KEPT = Number(process.env.GATE_MIN_KEPT ?? 0.985);

/** A stem counts for the outside-words score when this many tuning questions have it. */
const MIN_QUESTIONS_PER_STEM = 3;
const OUTSIDE_WORDS_OUTPUT = path.resolve(__dirname, '../../bot/qa/outside-words.json');

interface Sample {
  file: string;
  features: number[];
  inScope: boolean;
  /** Whether the answerer's own rule lets it through at all (hasPolicyEvidence). */
  hasEvidence: boolean;
}

/** A tuning question's words as the answerer reads them, with its file and scope. */
interface CountedQuestion {
  file: string;
  words: string[];
  inScope: boolean;
}

/** Every tuning question, read once for both the samples and the shipped word counts. */
function tuningQuestions(): { files: string[]; rows: (TuningRow & CountedQuestion)[] } {
  const files = tuningQuestionFiles();
  return {
    files: files.map(({ file }) => file),
    rows: files.flatMap(({ file, rows }) =>
      rows.map((row) => ({
        ...row,
        file,
        words: questionWordsOf(row.question),
        inScope: isRowInScope(row),
      })),
    ),
  };
}

function collectSamples({ files, rows }: ReturnType<typeof tuningQuestions>): Sample[] {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const pack = kindantePack();
  let seen: ScopeEvidence | undefined;
  const answer = createAnswerer(parsed.config, pack.knowledge, pack.words, {
    scopeGate: (evidence) => {
      seen = evidence;
      return true;
    },
  });
  // Each file's questions are scored with the words of the other files only, as a question the
  // shipped counts never saw would be: counted with its own words, the score would look surer than
  // it is and the gate would lean on it too much.
  const countsWithout = new Map(
    files.map((file) => [
      file,
      countOutsideWords(
        rows.filter((each) => each.file !== file),
        MIN_QUESTIONS_PER_STEM,
      ),
    ]),
  );
  const samples: Sample[] = [];
  for (const row of rows) {
    seen = undefined;
    answer(row.question);
    // Set by the gate the answerer just called (TypeScript cannot see that through the callback).
    const evidence = seen as ScopeEvidence | undefined;
    // Every question the search found something for, also those the rules decline: what an
    // outside topic looks like is learnt from all of them.
    if (evidence)
      samples.push({
        file: row.file,
        features: scopeFeatures({
          ...evidence,
          outsideScore: outsideScore(row.words, countsWithout.get(row.file)),
        }),
        hasEvidence: hasPolicyEvidence(evidence),
        inScope: row.inScope,
      });
  }
  return samples;
}

function probability(weights: readonly number[], features: readonly number[]): number {
  let sum = weights[0] ?? 0;
  features.forEach((value, at) => (sum += value * (weights[at + 1] ?? 0)));
  return 1 / (1 + Math.exp(-sum));
}

function train(samples: readonly Sample[]): number[] {
  const size = (samples[0]?.features.length ?? 0) + 1;
  const weights = new Array<number>(size).fill(0);
  const totalWeight = samples.reduce(
    (sum, each) => sum + (each.inScope ? 1 : OUT_OF_SCOPE_WEIGHT),
    0,
  );
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Array<number>(size).fill(0);
    for (const sample of samples) {
      const error = probability(weights, sample.features) - (sample.inScope ? 1 : 0);
      const scaled = (error * (sample.inScope ? 1 : OUT_OF_SCOPE_WEIGHT)) / totalWeight;
      gradient[0] = (gradient[0] ?? 0) + scaled;
      sample.features.forEach(
        (value, at) => (gradient[at + 1] = (gradient[at + 1] ?? 0) + scaled * value),
      );
    }
    for (let at = 0; at < size; at++)
      weights[at] =
        (weights[at] ?? 0) -
        LEARNING_RATE * ((gradient[at] ?? 0) + (at === 0 ? 0 : L2 * (weights[at] ?? 0)));
  }
  return weights;
}

/** The highest threshold that keeps MIN_IN_SCOPE_KEPT of the in-scope samples. */
function chooseThreshold(weights: readonly number[], samples: readonly Sample[]): number {
  const scores = samples
    .filter((each) => each.inScope)
    .map((each) => probability(weights, each.features))
    .sort((a, b) => a - b);
  const allowed = Math.floor(scores.length * (1 - MIN_IN_SCOPE_KEPT));
  return Number(((scores[allowed] ?? 0.5) - 1e-6).toFixed(6));
}

function describe(name: string, model: ScopeModel, samples: readonly Sample[]): string {
  const inScope = samples.filter((each) => each.inScope);
  const outOfScope = samples.filter((each) => !each.inScope);
  // As the answerer decides: the gate, and the evidence no gate overrules.
  const passes = (each: Sample) =>
    each.hasEvidence && probability(model.weights, each.features) >= model.threshold;
  return `  ${name.padEnd(34)} in-scope kept ${inScope.filter(passes).length}/${inScope.length}, out-of-scope stopped ${outOfScope.filter((each) => !passes(each)).length}/${outOfScope.length}`;
}

function main(): void {
  const questions = tuningQuestions();
  const samples = collectSamples(questions);
  const training = samples.filter((each) => each.file !== CHECK_FILE);
  const check = samples.filter((each) => each.file === CHECK_FILE);
  const lines = ['scope gate, on the questions the search found something for (tuning data):'];
  for (const file of [...new Set(training.map((each) => each.file))]) {
    const rest = training.filter((each) => each.file !== file);
    const weights = train(rest);
    const model = { weights, threshold: chooseThreshold(weights, rest) };
    lines.push(
      describe(
        `left out: ${file}`,
        model,
        training.filter((each) => each.file === file),
      ),
    );
  }
  const weights = train(training);
  const model: ScopeModel = {
    weights: weights.map((each) => Number(each.toFixed(6))),
    threshold: chooseThreshold(weights, training),
  };
  lines.push(
    describe(CHECK_FILE ? 'trained on (all but the check)' : 'trained on', model, training),
  );
  if (CHECK_FILE) lines.push(describe(`check: ${CHECK_FILE}`, model, check));
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(OUTPUT, `${JSON.stringify(model, null, 2)}\n`);
    writeFileSync(
      OUTSIDE_WORDS_OUTPUT,
      `${JSON.stringify(countOutsideWords(questions.rows, MIN_QUESTIONS_PER_STEM))}\n`,
    );
  }
}

main();
