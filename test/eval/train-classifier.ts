// Trains the content model offline (`npx tsx test/eval/train-classifier.ts`): logistic regression
// per content rule over model-features.ts, on the tuning corpus only (test/fixtures/corpus; never
// the held-out corpus). The threshold per rule is chosen by cross-validation, leaving one corpus
// folder (one author/voice) out at a time, as the lowest threshold at which the findings the model
// adds to the rules' keep precision ≥ 0.92. Writes shared/scan/model/content-model.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { parseEml } from '../../bot/mail/parse-eml';
import { correspondentNames, scanMail } from '../../shared/scan/engine';
import { collectMailContent } from '../../shared/scan/mail-texts';
import { identifiablePerson, readContent } from '../../shared/scan/model/assess-content';
import type { ContentModelData, ModelSubject } from '../../shared/scan/model/content-model';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import type { RuleId } from '../../shared/scan/types';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const OUTPUT = path.resolve(__dirname, '../../shared/scan/model/content-model.json');
const RULE_OF: Record<ModelSubject, RuleId> = { pupil: 'pupil-file', adult: 'sensitive-personal' };
const TARGET_PRECISION = 0.92;
/** A feature must occur in this many training mails to enter the vocabulary. */
const MIN_DOCUMENTS = Number(process.env.MIN_DOCS ?? 3);
/** Features kept per rule after a first fit, by weight; keeps the shipped file small. */
const KEEP_PER_RULE = Number(process.env.KEEP ?? 300);
const L2 = Number(process.env.L2 ?? 3e-4);
const STEPS = 400;
/** Adagrad: a step per feature that shrinks with its own gradients, fast on sparse data. */
const LEARNING_RATE = 0.5;

interface Example {
  file: string;
  folder: string;
  features: string[];
  labels: Record<ModelSubject, boolean>;
  byRules: Record<ModelSubject, boolean>;
  hasPerson: Record<ModelSubject, boolean>;
}

async function loadExamples(): Promise<Example[]> {
  const loaded = loadConfig(path.join(CORPUS, 'privacywacht.config.json'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const policy = buildScanPolicy(loaded.config);
  const folders = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(path.join(CORPUS, name, 'labels.json')))
    .sort();
  const examples: Example[] = [];
  for (const folder of folders) {
    const labels = JSON.parse(
      readFileSync(path.join(CORPUS, folder, 'labels.json'), 'utf8'),
    ) as Record<string, { rules: RuleId[] }>;
    for (const [file, label] of Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const parsed = await parseEml(readFileSync(path.join(CORPUS, folder, file)));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      const mail = parsed.mail;
      const content = collectMailContent(
        mail,
        policy.attachmentReadLimitBytes,
        policy.mailReadLimits,
      );
      const read = readContent(content, policy.sensitiveLexicon, correspondentNames(mail));
      const ruleFindings = scanMail(mail, policy).findings.filter(
        (finding) => !finding.explanation.startsWith('model ('),
      );
      const byRule = (rule: RuleId) => ruleFindings.some((finding) => finding.rule === rule);
      examples.push({
        file: `${folder}/${file}`,
        folder,
        features: [...read.features.keys()],
        labels: {
          pupil: label.rules.includes('pupil-file'),
          adult: label.rules.includes('sensitive-personal'),
        },
        byRules: { pupil: byRule('pupil-file'), adult: byRule('sensitive-personal') },
        hasPerson: {
          pupil: identifiablePerson(read.signals.people, 'pupil') !== undefined,
          adult: identifiablePerson(read.signals.people, 'adult') !== undefined,
        },
      });
    }
  }
  return examples;
}

interface Fitted {
  vocabulary: string[];
  bias: number;
  weights: Float64Array;
}

/** Full-batch gradient descent on L2-regularised log loss; binary features scaled by 1/√n. */
function fit(examples: Example[], subject: ModelSubject, vocabulary: string[]): Fitted {
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = examples.map((example) => {
    const ids = example.features
      .map((f) => index.get(f))
      .filter((i): i is number => i !== undefined);
    return {
      ids,
      scale: 1 / Math.sqrt(Math.max(1, example.features.length)),
      y: example.labels[subject] ? 1 : 0,
    };
  });
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  const gradient = new Float64Array(vocabulary.length);
  const squared = new Float64Array(vocabulary.length);
  let biasSquared = 0;
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let sum = bias;
      for (const id of row.ids) sum += (weights[id] ?? 0) * row.scale;
      const error = 1 / (1 + Math.exp(-sum)) - row.y;
      biasGradient += error;
      for (const id of row.ids) gradient[id] = (gradient[id] ?? 0) + error * row.scale;
    }
    const n = rows.length;
    biasSquared += (biasGradient / n) ** 2;
    bias -= (LEARNING_RATE * biasGradient) / n / Math.sqrt(biasSquared + 1e-12);
    for (let i = 0; i < weights.length; i++) {
      const g = (gradient[i] ?? 0) / n + L2 * (weights[i] ?? 0);
      squared[i] = (squared[i] ?? 0) + g * g;
      weights[i] = (weights[i] ?? 0) - (LEARNING_RATE * g) / Math.sqrt((squared[i] ?? 0) + 1e-12);
    }
  }
  return { vocabulary, bias, weights };
}

function vocabularyOf(examples: Example[]): string[] {
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= MIN_DOCUMENTS)
    .map(([f]) => f)
    .sort();
}

/** Fit, keep the heaviest features, fit again on those: the same procedure in every fold. */
function train(examples: Example[], subject: ModelSubject): Fitted {
  const first = fit(examples, subject, vocabularyOf(examples));
  const kept = first.vocabulary
    .map((feature, i) => ({ feature, weight: Math.abs(first.weights[i] ?? 0) }))
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, KEEP_PER_RULE)
    .map((entry) => entry.feature)
    .sort();
  return fit(examples, subject, kept);
}

function probability(model: Fitted, example: Example): number {
  const index = new Map(model.vocabulary.map((feature, i) => [feature, i]));
  let sum = model.bias;
  const scale = 1 / Math.sqrt(Math.max(1, example.features.length));
  for (const feature of example.features) {
    const i = index.get(feature);
    if (i !== undefined) sum += (model.weights[i] ?? 0) * scale;
  }
  return 1 / (1 + Math.exp(-sum));
}

/** Out-of-fold probabilities, one fold per corpus folder (author/voice). */
function crossValidate(
  examples: Example[],
  subject: ModelSubject,
  foldOf: (e: Example) => string,
): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (const fold of [...new Set(examples.map(foldOf))]) {
    const training = examples.filter((example) => foldOf(example) !== fold);
    const model = train(training, subject);
    examples.forEach((example, i) => {
      if (foldOf(example) === fold) out[i] = probability(model, example);
    });
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function score(examples: Example[], subject: ModelSubject, p: number[], threshold: number) {
  const added: Counts = { tp: 0, fp: 0, fn: 0 };
  const combined: Counts = { tp: 0, fp: 0, fn: 0 };
  const rules: Counts = { tp: 0, fp: 0, fn: 0 };
  examples.forEach((example, i) => {
    const isPositive = example.labels[subject];
    const byModel = (p[i] ?? 0) >= threshold && example.hasPerson[subject];
    const adds = byModel && !example.byRules[subject];
    if (adds) added[isPositive ? 'tp' : 'fp']++;
    const found = example.byRules[subject] || byModel;
    if (found) combined[isPositive ? 'tp' : 'fp']++;
    else if (isPositive) combined.fn++;
    if (example.byRules[subject]) rules[isPositive ? 'tp' : 'fp']++;
    else if (isPositive) rules.fn++;
  });
  const pr = (c: Counts) => ({
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    ...c,
  });
  return { added: pr(added), combined: pr(combined), rules: pr(rules) };
}

/**
 * The lowest threshold at which rules and model together keep cross-validated precision ≥ 0.92 and
 * the model's own additions are right more often than wrong.
 */
function chooseThreshold(examples: Example[], subject: ModelSubject, p: number[]): number {
  for (let step = 30; step < 99; step++) {
    const threshold = step / 100;
    const { added, combined } = score(examples, subject, p, threshold);
    if (combined.precision >= TARGET_PRECISION && added.tp > added.fp) return threshold;
  }
  return 0.99;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

async function main(): Promise<void> {
  const examples = await loadExamples();
  console.log(`${examples.length} tuning mails`);
  const byFolder = (example: Example) => example.folder;
  const byFive = (example: Example) => String(hashOf(example.file) % 5);
  const models: Partial<Record<ModelSubject, { fitted: Fitted; threshold: number }>> = {};
  for (const subject of ['pupil', 'adult'] as const) {
    const folderP = crossValidate(examples, subject, byFolder);
    const threshold = chooseThreshold(examples, subject, folderP);
    const fiveP = crossValidate(examples, subject, byFive);
    // `… train-classifier.ts curve` prints precision and recall at a few thresholds, for tuning.
    if (process.argv[2] === 'curve')
      for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
        const s = score(examples, subject, folderP, t);
        const f = score(examples, subject, fiveP, t);
        console.log(
          `  t ${t} 5-fold: adds ${f.added.tp}/${f.added.fp}, combined P ${f.combined.precision.toFixed(2)} R ${f.combined.recall.toFixed(2)}`,
        );
        console.log(
          `  t ${t}: adds ${s.added.tp}/${s.added.fp}, combined P ${s.combined.precision.toFixed(2)} R ${s.combined.recall.toFixed(2)}`,
        );
      }
    const show = (name: string, s: ReturnType<typeof score>) =>
      console.log(
        `  ${name.padEnd(34)} rules P ${s.rules.precision.toFixed(2)} R ${s.rules.recall.toFixed(2)} | model adds ${s.added.tp} tp / ${s.added.fp} fp (P ${s.added.precision.toFixed(2)}) | rules+model P ${s.combined.precision.toFixed(2)} R ${s.combined.recall.toFixed(2)}`,
      );
    console.log(`${RULE_OF[subject]}: threshold ${threshold} (leave-one-folder-out)`);
    show('CV leave-one-folder-out', score(examples, subject, folderP, threshold));
    show('CV 5-fold by file', score(examples, subject, fiveP, threshold));
    const sIdx = examples
      .map((e, i) => (e.folder === 'content-situations' ? i : -1))
      .filter((i) => i >= 0);
    const sEx = sIdx.map((i) => examples[i] as Example);
    show(
      '  content-situations, folder left out',
      score(
        sEx,
        subject,
        sIdx.map((i) => folderP[i] ?? 0),
        threshold,
      ),
    );
    show(
      '  content-situations, 5-fold',
      score(
        sEx,
        subject,
        sIdx.map((i) => fiveP[i] ?? 0),
        threshold,
      ),
    );
    models[subject] = { fitted: train(examples, subject), threshold };
  }
  const pupil = models.pupil;
  const adult = models.adult;
  if (!pupil || !adult) throw new Error('no model');
  const vocabulary = [...new Set([...pupil.fitted.vocabulary, ...adult.fitted.vocabulary])].sort();
  const weightsFor = (fitted: Fitted) => {
    const index = new Map(fitted.vocabulary.map((feature, i) => [feature, i]));
    return vocabulary.map((feature) => {
      const i = index.get(feature);
      return i === undefined ? 0 : round(fitted.weights[i] ?? 0);
    });
  };
  const data: ContentModelData = {
    vocabulary,
    pupil: {
      bias: round(pupil.fitted.bias),
      threshold: pupil.threshold,
      weights: weightsFor(pupil.fitted),
    },
    adult: {
      bias: round(adult.fitted.bias),
      threshold: adult.threshold,
      weights: weightsFor(adult.fitted),
    },
  };
  writeFileSync(OUTPUT, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}: ${vocabulary.length} features`);
}

/** A stable small hash of a file name, for folds that do not depend on load order. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

void main();
