// Trains the learned detection model on the tuning corpus and writes it as data to
// shared/scan/model/detection-model.json. Leave-one-folder-out cross-validation (each folder is
// roughly one author or batch, so this mimics authors the model never saw) sets the thresholds:
// precision first for what the model adds to the rules.
//   npx tsx test/train/train-detection-model.ts            cross-validate, then train and write
//   npx tsx test/train/train-detection-model.ts --cv-only  cross-validate only
//   --exclude <folder>                                     leave a tuning folder out entirely
//   --test <folder> …                                      train without them, then show what the
//                                                          model adds there per threshold (a new
//                                                          author's folder before the rules are
//                                                          tuned on it); with --write, ship the
//                                                          thresholds that keep the precision there
//   --calibrate <folder> … --measure <folder> …            judge a model variant on new authors:
//                                                          train without both sets, pick the
//                                                          thresholds on the --calibrate folders,
//                                                          report the additions on the --measure
//                                                          folders at those thresholds (writes the
//                                                          shipped model never; --save <file>
//                                                          writes that variant elsewhere)
// The shipped model (thirty-fourth session) is trained on all 10,570 tuning mails, by --test
// content-train-84 --write with its thresholds then set by hand in detection-model.json to pupil
// 2.2 and adult 2.69. They were judged with the whole engine, not this script's gated scores:
// --calibrate content-train-69 … -76 --measure content-train-77 … -84 --save <file> gives a model
// trained without those sixteen folders, and with it in place the engine scored them per threshold.
// Pupil 2.0 / 2.1 / 2.2 / 2.3 / 2.4 made 163 / 158 / 156 / 158 / 164 pupil-file errors (false
// alarms plus misses) there; adult 2.5 / 2.6 / 2.69 / 2.8 / 3.0 made 158 / 152 / 152 / 156 / 159
// sensitive-personal errors, so the adult threshold stayed. The precision target below asked 2.82
// and 3.07 on the calibration folders; it was not used. The model before it (seventeenth session,
// 6,970 mails) shipped pupil 2.30 / adult 2.69; on the same sixteen folders it made 157 pupil-file
// and 175 sensitive-personal errors, the new one with the bar of disowned-subject.ts moved 150 and
// 151.
// Variants by environment: MODEL_L2 (or MODEL_L2_PUPIL, MODEL_L2_ADULT), MODEL_EPOCHS,
// MODEL_WINDOW, MODEL_FEATURES, MODEL_MIN_FOLDERS. In the tuning comparison above, weighing each
// folder alike and training the heads as one shared weight plus differences (both tried and
// removed) added more wrong findings than they found; windows of 20 or 40 words, 1,500 or 6,000 features and three folders per feature did no better.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compileModel,
  type ModelData,
  type ModelHead,
} from '../../shared/scan/model/window-scorer';
import { scoreWithModel } from '../../shared/scan/model/learned-model';
import { modelEvidence } from '../../shared/scan/model/model-finding';
import { featureHash, WordFeatures } from '../../shared/scan/model/word-features';
import type { ScanPolicy } from '../../shared/scan/scan-policy';
import { corpusPolicy, loadCorpus, type CorpusMail } from './detection-corpus';
import {
  FEATURES_PER_WORD,
  trainHead,
  type IndexedText,
  type TrainingOptions,
} from './window-logistic';

const OUTPUT = path.resolve(__dirname, '../../shared/scan/model/detection-model.json');
const HEADS: readonly ModelHead[] = ['pupil', 'adult'];

/**
 * Each head's L2 penalty (MODEL_L2 sets both, MODEL_L2_PUPIL / MODEL_L2_ADULT one). The shipped
 * model was trained with 0.0003 for both and 200 epochs. Stronger penalties (pupil 0.002, adult
 * 0.006, 400 epochs) did better in one tuning comparison (calibrated on content-train-9/10/11,
 * measured on 12/13 and three rotations: 13 right / 0 wrong and 19 / 0 added, against 11 / 6 and
 * 4 / 2) and calibrated on content-train-14 to 17 (12 / 1 and 1 / 0, against 9 / 1 and 0 / 0),
 * but worse in leave-one-folder-out (6 / 0 and 0 / 0, against 10 / 1 and 13 / 1); a model trained
 * with them lost pupil-file recall on all four held-out sets, so it was not shipped (issue 13,
 * sixth session's note).
 */
const HEAD_L2: Record<ModelHead, number> = {
  pupil: Number(process.env.MODEL_L2_PUPIL ?? process.env.MODEL_L2 ?? 0.0003),
  adult: Number(process.env.MODEL_L2_ADULT ?? process.env.MODEL_L2 ?? 0.0003),
};

/** The training settings both heads share; each head's L2 penalty is in HEAD_L2. */
const OPTIONS: Omit<TrainingOptions, 'l2'> = {
  window: Number(process.env.MODEL_WINDOW ?? 30),
  epochs: Number(process.env.MODEL_EPOCHS ?? 200),
  learningRate: 0.05,
};
/** A feature must occur in this many mails and folders (authors) to be learned: no one author's habits. */
const MIN_MAILS = 3;
const MIN_FOLDERS = Number(process.env.MODEL_MIN_FOLDERS ?? 2);
/** How many features the shipped model keeps (the heaviest). */
const MAX_FEATURES = Number(process.env.MODEL_FEATURES ?? 3000);
/** Precision the model's own additions must keep in cross-validation. */
const TARGET_PRECISION = 0.9;
/** The threshold of a head that may add nothing. */
const NEVER = 1000;

/** Every mail's words as feature hashes (4 per word, 0 for none), and each hash's key. */
interface HashedMail {
  mail: CorpusMail;
  texts: { hashes: Int32Array; words: number }[];
}

function hashCorpus(mails: readonly CorpusMail[], keys: Map<number, string>): HashedMail[] {
  const reader = new WordFeatures();
  return mails.map((mail) => ({
    mail,
    texts: mail.texts.map(({ text, folded }) => {
      const words = reader.read(text);
      const hashes = new Int32Array(words * FEATURES_PER_WORD);
      for (let w = 0; w < words; w++) {
        const row = [reader.unigram[w], reader.tail[w], reader.bigram[w], reader.capital[w]];
        row.forEach((hash, k) => (hashes[w * FEATURES_PER_WORD + k] = hash ?? 0));
        for (const key of reader.keysOf(folded, w)) {
          const hash = featureHash(key);
          if (!row.includes(hash)) throw new Error(`feature key ${key} does not hash as read`);
          keys.set(hash, key);
        }
      }
      return { hashes, words };
    }),
  }));
}

/** Features seen in enough mails and folders of the training mails, in a fixed order. */
function vocabulary(mails: readonly HashedMail[]): Map<number, number> {
  const mailCount = new Map<number, number>();
  const folders = new Map<number, Set<string>>();
  for (const { mail, texts } of mails) {
    const seen = new Set<number>();
    for (const { hashes } of texts) for (const hash of hashes) if (hash !== 0) seen.add(hash);
    for (const hash of seen) {
      mailCount.set(hash, (mailCount.get(hash) ?? 0) + 1);
      const set = folders.get(hash) ?? new Set<string>();
      set.add(mail.folder);
      folders.set(hash, set);
    }
  }
  const kept = [...mailCount]
    .filter(([hash, count]) => count >= MIN_MAILS && (folders.get(hash)?.size ?? 0) >= MIN_FOLDERS)
    .map(([hash]) => hash)
    .sort((a, b) => a - b);
  return new Map(kept.map((hash, index) => [hash, index]));
}

function indexTexts(mail: HashedMail, index: Map<number, number>): IndexedText[] {
  return mail.texts.map(({ hashes, words }) => ({
    words,
    features: Int32Array.from(hashes, (hash) => index.get(hash) ?? -1),
  }));
}

/** Trains both heads on `mails` and returns the model as data (thresholds given). */
function train(
  mails: readonly HashedMail[],
  keys: Map<number, string>,
  threshold: Record<ModelHead, number>,
): ModelData {
  const index = vocabulary(mails);
  const indexed = mails.map((mail) => indexTexts(mail, index));
  const heads = HEADS.map((head) =>
    trainHead(
      mails.map((mail, m) => ({ texts: indexed[m] ?? [], label: mail.mail.labels[head] })),
      index.size,
      { ...OPTIONS, l2: HEAD_L2[head] },
    ),
  );
  const [pupil, adult] = heads;
  if (!pupil || !adult) throw new Error('two heads expected');
  // The heaviest features only, two decimals: the model ships in the add-in's bundle.
  const round = (value: number) => Math.round(value * 100) / 100;
  const ranked = [...index]
    .map(([hash, position]) => ({
      key: keys.get(hash) ?? '',
      pupil: round(pupil.weights[position] ?? 0),
      adult: round(adult.weights[position] ?? 0),
    }))
    .filter((feature) => feature.pupil !== 0 || feature.adult !== 0)
    .sort(
      (a, b) =>
        Math.max(Math.abs(b.pupil), Math.abs(b.adult)) -
          Math.max(Math.abs(a.pupil), Math.abs(a.adult)) || a.key.localeCompare(b.key),
    )
    .slice(0, MAX_FEATURES)
    .sort((a, b) => a.key.localeCompare(b.key));
  const weights: Record<string, [number, number]> = {};
  for (const feature of ranked) weights[feature.key] = [feature.pupil, feature.adult];
  return {
    window: OPTIONS.window,
    threshold,
    bias: { pupil: round(pupil.bias), adult: round(adult.bias) },
    weights,
  };
}

/** A mail's model score per head: its best window that names someone identifiable, else -Infinity. */
function gatedScores(
  data: ModelData,
  mail: CorpusMail,
  policy: ScanPolicy,
): Record<ModelHead, number> {
  const model = compileModel({ ...data, threshold: { pupil: -Infinity, adult: -Infinity } });
  const scores = { pupil: -Infinity, adult: -Infinity };
  for (const { text, folded } of mail.texts) {
    const windows = scoreWithModel(text, model);
    for (const head of HEADS) {
      const window = windows[head];
      if (window.score <= scores[head]) continue;
      if (modelEvidence(text, folded, window, head, model, policy.sensitiveLexicon))
        scores[head] = window.score;
    }
  }
  return scores;
}

interface Prediction {
  mail: CorpusMail;
  scores: Record<ModelHead, number>;
}

/** The lowest threshold at which the model's additions (mails the rules missed) keep the target precision. */
function chooseThreshold(predictions: readonly Prediction[], head: ModelHead): number {
  const added = predictions
    .filter((p) => !p.mail.rules[head] && Number.isFinite(p.scores[head]))
    .sort((a, b) => b.scores[head] - a.scores[head]);
  let tp = 0;
  let fp = 0;
  let threshold = Infinity;
  for (const prediction of added) {
    if (prediction.mail.labels[head]) tp++;
    else fp++;
    if (prediction.mail.labels[head] && tp / (tp + fp) >= TARGET_PRECISION)
      threshold = prediction.scores[head];
  }
  return threshold;
}

function report(predictions: readonly Prediction[], threshold: Record<ModelHead, number>): void {
  for (const head of HEADS) {
    const rule = head === 'pupil' ? 'pupil-file' : 'sensitive-personal';
    let [rulesTp, rulesFp, rulesFn, tp, fp, fn, addedTp, addedFp] = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const { mail, scores } of predictions) {
      const isModel = scores[head] >= threshold[head];
      const isFound = mail.rules[head] || isModel;
      const isLabel = mail.labels[head];
      if (mail.rules[head] && isLabel) rulesTp++;
      else if (mail.rules[head]) rulesFp++;
      else if (isLabel) rulesFn++;
      if (isFound && isLabel) tp++;
      else if (isFound) fp++;
      else if (isLabel) fn++;
      if (isModel && !mail.rules[head] && isLabel) addedTp++;
      else if (isModel && !mail.rules[head]) addedFp++;
    }
    const pr = (a: number, b: number, c: number) =>
      `P ${(a / Math.max(1, a + b)).toFixed(2)} R ${(a / Math.max(1, a + c)).toFixed(2)} (${a}/${b}/${c})`;
    console.log(
      `  ${rule.padEnd(19)} rules ${pr(rulesTp, rulesFp, rulesFn)} | rules+model ${pr(tp, fp, fn)} | model adds ${addedTp} right, ${addedFp} wrong (threshold ${threshold[head].toFixed(2)})`,
    );
  }
}

/** The model alone, and the mails the rules missed ranked by score, for looking at the errors. */
function details(predictions: readonly Prediction[]): void {
  for (const head of HEADS) {
    const ranked = [...predictions].sort((a, b) => b.scores[head] - a.scores[head]);
    const positives = predictions.filter((p) => p.mail.labels[head]).length;
    let tp = 0;
    const points: string[] = [];
    ranked.forEach((p, i) => {
      if (p.mail.labels[head]) tp++;
      if ([20, 50, 100, 150, 200].includes(i + 1))
        points.push(
          `top ${i + 1}: P ${(tp / (i + 1)).toFixed(2)} R ${(tp / positives).toFixed(2)}`,
        );
    });
    console.log(`model alone, ${head}: ${points.join(' | ')}`);
    for (const p of ranked.filter((p) => !p.mail.rules[head]).slice(0, 25))
      console.log(
        `   ${p.scores[head].toFixed(2)} ${p.mail.labels[head] ? 'POS' : 'neg'} ${p.mail.folder}/${p.mail.file} (other head ${p.scores[head === 'pupil' ? 'adult' : 'pupil'].toFixed(2)}, labels ${p.mail.labels.pupil ? 'P' : '-'}${p.mail.labels.adult ? 'A' : '-'}, rules ${p.mail.rules.pupil ? 'P' : '-'}${p.mail.rules.adult ? 'A' : '-'})`,
      );
  }
}

const inline = (values: Record<string, number>) =>
  `{ ${Object.entries(values)
    .map(([key, value]) => `"${key}": ${value}`)
    .join(', ')} }`;

/** The model file as Prettier would write it: one feature per line, so a diff shows what changed. */
function formatModel(data: ModelData): string {
  const features = Object.entries(data.weights).map(
    ([key, [pupil, adult]]) => `    ${JSON.stringify(key)}: [${pupil}, ${adult}]`,
  );
  return [
    '{',
    `  "window": ${data.window},`,
    `  "threshold": ${inline(data.threshold)},`,
    `  "bias": ${inline(data.bias)},`,
    '  "weights": {',
    features.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const excluded = args.flatMap((arg, i) => (args[i - 1] === '--exclude' ? [arg] : []));
  const policy = corpusPolicy();
  const corpus = await loadCorpus(policy, excluded);
  const keys = new Map<number, string>();
  const hashed = hashCorpus(corpus, keys);
  const folders = [...new Set(corpus.map((mail) => mail.folder))];
  console.log(
    `tuning corpus: ${corpus.length} mails in ${folders.length} folders${excluded.length ? ` (without ${excluded.join(', ')})` : ''}; window ${OPTIONS.window}, l2 ${HEAD_L2.pupil} / ${HEAD_L2.adult}`,
  );
  const tested = folderArgs(args, '--test');
  const calibrating = folderArgs(args, '--calibrate');
  const measured = folderArgs(args, '--measure');
  if (calibrating.length > 0 || measured.length > 0) {
    calibrateAndMeasure(hashed, keys, policy, calibrating, measured);
    return;
  }
  if (tested.length > 0) {
    const data = train(
      hashed.filter(({ mail }) => !tested.includes(mail.folder)),
      keys,
      { pupil: 0, adult: 0 },
    );
    const unseen = hashed
      .filter(({ mail }) => tested.includes(mail.folder))
      .map(({ mail }) => ({ mail, scores: gatedScores(data, mail, policy) }));
    for (const cut of [1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.5, 4, 5]) {
      console.log(`trained without ${tested.join(', ')}; threshold ${cut} on both heads:`);
      report(unseen, { pupil: cut, adult: cut });
    }
    const calibrated = {
      pupil: chooseThreshold(unseen, 'pupil'),
      adult: chooseThreshold(unseen, 'adult'),
    };
    console.log(`thresholds that keep the additions' precision there:`);
    report(unseen, calibrated);
    // --write: those thresholds ship, with the model trained on every folder. Run it when new
    // folders come in, before the rules are tuned on them; afterwards the rules' misses there are
    // no longer a new author's.
    if (args.includes('--write')) write(hashed, keys, calibrated);
    return;
  }
  const predictions: Prediction[] = [];
  for (const folder of folders) {
    const data = train(
      hashed.filter(({ mail }) => mail.folder !== folder),
      keys,
      { pupil: 0, adult: 0 },
    );
    for (const { mail } of hashed.filter(({ mail }) => mail.folder === folder))
      predictions.push({ mail, scores: gatedScores(data, mail, policy) });
  }
  const threshold = {
    pupil: chooseThreshold(predictions, 'pupil'),
    adult: chooseThreshold(predictions, 'adult'),
  };
  console.log('leave-one-folder-out cross-validation (tuning corpus, not a result):');
  report(predictions, threshold);
  for (const folder of folders) {
    console.log(` ${folder}`);
    report(
      predictions.filter((p) => p.mail.folder === folder),
      threshold,
    );
  }
  if (args.includes('--details')) details(predictions);
  if (args.includes('--cv-only')) return;
  write(hashed, keys, threshold);
}

/** The folders after `option`, up to the next option: `--calibrate a b --measure c`. */
function folderArgs(args: readonly string[], option: string): string[] {
  const at = args.indexOf(option);
  if (at < 0) return [];
  const end = args.findIndex((arg, i) => i > at && arg.startsWith('--'));
  return args.slice(at + 1, end < 0 ? undefined : end);
}

/**
 * A model variant judged on authors it never saw: trained without the calibration and measure
 * folders, thresholds chosen on the calibration folders (as --test --write would ship them), and
 * what the model then adds on the measure folders. Nothing is written.
 */
function calibrateAndMeasure(
  hashed: readonly HashedMail[],
  keys: Map<number, string>,
  policy: ScanPolicy,
  calibrating: readonly string[],
  measured: readonly string[],
): void {
  if (calibrating.length === 0 || measured.length === 0)
    throw new Error('--calibrate and --measure each need at least one folder');
  const unseen = [...calibrating, ...measured];
  const data = train(
    hashed.filter(({ mail }) => !unseen.includes(mail.folder)),
    keys,
    { pupil: 0, adult: 0 },
  );
  const predict = (folders: readonly string[]) =>
    hashed
      .filter(({ mail }) => folders.includes(mail.folder))
      .map(({ mail }) => ({ mail, scores: gatedScores(data, mail, policy) }));
  const calibration = predict(calibrating);
  const threshold = {
    pupil: chooseThreshold(calibration, 'pupil'),
    adult: chooseThreshold(calibration, 'adult'),
  };
  console.log(
    `trained without ${unseen.join(', ')} (${Object.keys(data.weights).length} features); thresholds chosen on ${calibrating.join(', ')}:`,
  );
  report(calibration, threshold);
  console.log(`measured on ${measured.join(', ')} at those thresholds:`);
  const measurement = predict(measured);
  report(measurement, threshold);
  for (const folder of measured) {
    console.log(` ${folder}`);
    report(
      measurement.filter((p) => p.mail.folder === folder),
      threshold,
    );
  }
  for (const head of HEADS)
    console.log(
      `  ${head} ranking of the rules' misses (any threshold): average precision ${averagePrecision(measurement, head).toFixed(2)} on the measure folders, ${averagePrecision(calibration, head).toFixed(2)} on the calibration folders`,
    );
  // --save <file>: the measured variant as a model file (calibrated thresholds), to weigh its size.
  const saveAt = args().indexOf('--save');
  const saved = saveAt >= 0 ? args()[saveAt + 1] : undefined;
  if (saved)
    writeFileSync(
      saved,
      formatModel({
        ...data,
        threshold: { pupil: shipped(threshold.pupil), adult: shipped(threshold.adult) },
      }),
    );
  if (args().includes('--details')) {
    console.log('calibration folders:');
    details(calibration);
    console.log('measure folders:');
    details(measurement);
  }
}

const args = () => process.argv.slice(2);

/**
 * How well a head ranks the mails the rules missed, whatever the threshold: the mean precision at
 * each labelled mail's rank (a mail the person check rejects ranks last). Steadier than counts at
 * one threshold on a hundred mails.
 */
function averagePrecision(predictions: readonly Prediction[], head: ModelHead): number {
  const missed = predictions
    .filter((p) => !p.mail.rules[head])
    .sort((a, b) => b.scores[head] - a.scores[head]);
  let tp = 0;
  let sum = 0;
  missed.forEach((p, i) => {
    if (!p.mail.labels[head]) return;
    tp++;
    sum += Number.isFinite(p.scores[head]) ? tp / (i + 1) : 0;
  });
  return tp === 0 ? 0 : sum / tp;
}

/** A threshold as the model file has it; none that keeps the precision: a score never reached. */
function shipped(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : NEVER;
}

/** Trains on every mail and writes the model with these thresholds. */
function write(
  hashed: readonly HashedMail[],
  keys: Map<number, string>,
  threshold: Record<ModelHead, number>,
): void {
  const final = train(hashed, keys, {
    pupil: shipped(threshold.pupil),
    adult: shipped(threshold.adult),
  });
  writeFileSync(OUTPUT, formatModel(final));
  // Its companion, the adult head's lower threshold where a lexicon term supports a window, was
  // calibrated on folders the old model never saw; a new model needs it calibrated anew.
  console.log(
    'recalibrate SUPPORTED_THRESHOLD in shared/scan/model/model-finding.ts for this model',
  );
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT)}: ${Object.keys(final.weights).length} features`,
  );
}

void main();
