// Scores the engine on a labelled corpus of .eml files: folders holding a labels.json of
// { "file.eml": { "rules": [...] } }. Used by the precision/recall test and `npm run corpus`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { parseEml } from '../../bot/mail/parse-eml';
import { scanMail } from '../../shared/scan/engine';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { RULE_IDS, type RuleId } from '../../shared/scan/types';

interface RuleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  mails: number;
  rules: Record<RuleId, RuleScore>;
  mistakes: { file: string; missed: RuleId[]; extra: RuleId[] }[];
}

/** Scores every labelled folder under `root`, but those in `skip`. */
export function evaluateCorpus(root: string, skip: readonly string[] = []): Promise<CorpusScore> {
  const loaded = loadConfig(path.join(root, 'privacywacht.config.json'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const policy = buildScanPolicy(loaded.config);
  const folders = readdirSync(root, { withFileTypes: true }).filter(
    (entry) =>
      entry.isDirectory() &&
      !skip.includes(entry.name) &&
      existsSync(path.join(root, entry.name, 'labels.json')),
  );
  const cases = folders.flatMap((folder) => {
    const labels = JSON.parse(
      readFileSync(path.join(root, folder.name, 'labels.json'), 'utf8'),
    ) as Record<string, { rules: RuleId[] }>;
    return Object.entries(labels).map(([file, label]) => ({
      file: path.join(folder.name, file),
      expected: new Set(label.rules),
    }));
  });
  return scoreCases(root, cases, policy);
}

async function scoreCases(
  root: string,
  cases: { file: string; expected: Set<RuleId> }[],
  policy: ReturnType<typeof buildScanPolicy>,
): Promise<CorpusScore> {
  const counts = Object.fromEntries(
    RULE_IDS.map((rule) => [rule, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<RuleId, Omit<RuleScore, 'precision' | 'recall'>>;
  const mistakes: CorpusScore['mistakes'] = [];
  for (const { file, expected } of cases) {
    const parsed = await parseEml(readFileSync(path.join(root, file)));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
    const found = new Set(scanMail(parsed.mail, policy).findings.map((finding) => finding.rule));
    const missed = RULE_IDS.filter((rule) => expected.has(rule) && !found.has(rule));
    const extra = RULE_IDS.filter((rule) => !expected.has(rule) && found.has(rule));
    for (const rule of RULE_IDS) {
      if (expected.has(rule) && found.has(rule)) counts[rule].truePositives++;
    }
    missed.forEach((rule) => counts[rule].falseNegatives++);
    extra.forEach((rule) => counts[rule].falsePositives++);
    if (missed.length + extra.length > 0) mistakes.push({ file, missed, extra });
  }
  const rules = Object.fromEntries(
    RULE_IDS.map((rule) => {
      const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts[rule];
      return [
        rule,
        {
          ...counts[rule],
          precision: tp + fp === 0 ? 1 : tp / (tp + fp),
          recall: tp + fn === 0 ? 1 : tp / (tp + fn),
        },
      ];
    }),
  ) as Record<RuleId, RuleScore>;
  return { mails: cases.length, rules, mistakes };
}

export function formatScore(score: CorpusScore): string {
  const rows = RULE_IDS.map((rule) => {
    const r = score.rules[rule];
    return `${rule.padEnd(20)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  (tp ${r.truePositives}, fp ${r.falsePositives}, fn ${r.falseNegatives})`;
  });
  return [`${score.mails} mails`, ...rows].join('\n');
}
