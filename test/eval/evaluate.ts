// `npm run eval`: detection measured the honest way. The tuning corpus (test/fixtures/corpus, the
// mails the rules were written against) and the held-out corpus (test/fixtures/heldout, written
// separately by authors who never saw the rules) are scored apart: per rule, per tag, and on the
// verdict, with missed blocks counted. Only the held-out figures say how the guard generalises.
// EVAL_TUNING_ONLY=1 scores the tuning corpus alone, for whoever tunes the rules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { parseEml } from '../../bot/mail/parse-eml';
import { heldOutFolders } from './held-out-sets';
import { scanMail } from '../../shared/scan/engine';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { RULE_IDS, type RuleId, type Verdict } from '../../shared/scan/types';

interface LabelledMail {
  file: string;
  rules: Set<RuleId>;
  tags: string[];
}

interface Outcome {
  mail: LabelledMail;
  found: Set<RuleId>;
  verdict: Verdict;
  expectedVerdict: Verdict;
}

const FIXTURES = path.resolve(__dirname, '../fixtures');

const CORPORA = [
  { name: 'tuning (test/fixtures/corpus)', root: path.join(FIXTURES, 'corpus') },
  ...heldOutFolders(FIXTURES, 'heldout').map((folder) => ({
    name: `held-out (test/fixtures/${folder})`,
    root: path.join(FIXTURES, folder),
  })),
]
  .filter((corpus) => corpus.name.startsWith('tuning') || process.env.EVAL_TUNING_ONLY !== '1')
  // EVAL_ONLY=heldout-4 (comma-separated folder names) prints those corpora alone.
  .filter(
    (corpus) =>
      !process.env.EVAL_ONLY ||
      process.env.EVAL_ONLY.split(',').includes(path.basename(corpus.root)),
  )
  .filter((corpus) => existsSync(corpus.root));
const SCORED_RULES: readonly RuleId[] = RULE_IDS.filter((rule) => rule !== 'attachment-size');

function labelledMails(root: string): LabelledMail[] {
  const folders = [
    root,
    ...readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(root, entry.name)),
  ];
  return folders
    .filter((folder) => existsSync(path.join(folder, 'labels.json')))
    .flatMap((folder) => {
      const labels = JSON.parse(readFileSync(path.join(folder, 'labels.json'), 'utf8')) as Record<
        string,
        { rules: RuleId[]; tags?: string[] }
      >;
      return Object.entries(labels).map(([file, label]) => ({
        file: path.join(folder, file),
        rules: new Set(label.rules),
        tags: label.tags ?? [path.basename(folder)],
      }));
    });
}

function expectedVerdictOf(rules: Set<RuleId>): Verdict {
  if (rules.has('bsn')) return 'block';
  return [...rules].some((rule) => rule !== 'attachment-size') ? 'warn' : 'allow';
}

export async function scoreCorpus(root: string): Promise<Outcome[]> {
  const loaded = loadConfig(path.join(root, 'privacywacht.config.json'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const policy = buildScanPolicy(loaded.config);
  const outcomes: Outcome[] = [];
  for (const mail of labelledMails(root)) {
    const parsed = await parseEml(readFileSync(mail.file));
    if (!parsed.ok) throw new Error(`${mail.file}: ${parsed.error}`);
    const result = scanMail(parsed.mail, policy);
    outcomes.push({
      mail,
      found: new Set(result.findings.map((finding) => finding.rule)),
      verdict: result.verdict,
      // A mail already marked to go encrypted is the guard's own fix: it may leave as it is.
      expectedVerdict: result.isMarkedEncrypted ? 'allow' : expectedVerdictOf(mail.rules),
    });
  }
  return outcomes;
}

/** True and false positives and negatives of one rule, with precision and recall (1 when empty). */
export function ruleScore(outcomes: readonly Outcome[], rule: RuleId) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { mail, found } of outcomes) {
    if (mail.rules.has(rule) && found.has(rule)) tp++;
    else if (found.has(rule)) fp++;
    else if (mail.rules.has(rule)) fn++;
  }
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

function precisionRecall(outcomes: readonly Outcome[], rule: RuleId): string {
  const { tp, fp, fn } = ruleScore(outcomes, rule);
  const format = (value: number, total: number) =>
    total === 0 ? '  -  ' : (value / total).toFixed(2);
  return `P ${format(tp, tp + fp)} R ${format(tp, tp + fn)} (${tp}/${fp}/${fn})`;
}

export function formatOutcomes(name: string, outcomes: readonly Outcome[]): string {
  const lines = [
    `${name}: ${outcomes.length} mails`,
    '  per rule            precision, recall (tp/fp/fn)',
  ];
  for (const rule of SCORED_RULES)
    lines.push(`  ${rule.padEnd(20)}${precisionRecall(outcomes, rule)}`);
  const correct = outcomes.filter((outcome) => outcome.verdict === outcome.expectedVerdict).length;
  const missedBlocks = outcomes.filter(
    (outcome) => outcome.expectedVerdict === 'block' && outcome.verdict !== 'block',
  ).length;
  lines.push(
    `  verdict accuracy    ${(correct / Math.max(1, outcomes.length)).toFixed(2)} (${correct}/${outcomes.length}), missed blocks ${missedBlocks}`,
  );
  const tags = [...new Set(outcomes.flatMap((outcome) => outcome.mail.tags))].sort();
  lines.push('  per tag (pupil-file | sensitive-personal | bsn | verdict accuracy)');
  for (const tag of tags) {
    const tagged = outcomes.filter((outcome) => outcome.mail.tags.includes(tag));
    const accuracy = tagged.filter((outcome) => outcome.verdict === outcome.expectedVerdict).length;
    lines.push(
      `  ${`${tag} (${tagged.length})`.padEnd(20)}${precisionRecall(tagged, 'pupil-file')} | ${precisionRecall(tagged, 'sensitive-personal')} | ${precisionRecall(tagged, 'bsn')} | ${(accuracy / tagged.length).toFixed(2)}`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  for (const corpus of CORPORA) {
    console.log(formatOutcomes(corpus.name, await scoreCorpus(corpus.root)));
    console.log('');
  }
}

if (require.main === module) void main();
