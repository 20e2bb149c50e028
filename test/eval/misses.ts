// For whoever tunes the rules: each pupil-file and sensitive-personal miss and false alarm of the
// named TUNING folders, with why it was missed (no sensitive term, a term tied to nobody, the other
// subject, or a model score under its threshold). Refuses anything outside test/fixtures/corpus,
// so the held-out sets cannot be looked at through it.
//   npx tsx test/eval/misses.ts content-train-6 [content-train-7 …]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEml } from '../../bot/mail/parse-eml';
import { scanMail } from '../../shared/scan/engine';
import { collectMailContent } from '../../shared/scan/mail-texts';
import { DEFAULT_MODEL, scoreWithModel } from '../../shared/scan/model/learned-model';
import { modelEvidence } from '../../shared/scan/model/model-finding';
import type { ModelHead } from '../../shared/scan/model/window-scorer';
import type { ScanPolicy } from '../../shared/scan/scan-policy';
import { corpusPolicy } from '../train/detection-corpus';
import { fold } from '../../shared/scan/text/fold';
import { findSensitiveEvidence } from '../../shared/scan/text/sensitive-content';
import type { RuleId } from '../../shared/scan/types';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');
const HEAD_OF: Partial<Record<RuleId, ModelHead>> = {
  'pupil-file': 'pupil',
  'sensitive-personal': 'adult',
};

interface Label {
  rules: RuleId[];
  tags?: string[];
  note?: string;
}

/** Why a labelled rule was not found in one mail, from the texts the engine read. */
function causeOfMiss(texts: readonly string[], head: ModelHead, policy: ScanPolicy): string {
  const terms = new Set<string>();
  const otherSubject = new Set<string>();
  let best = { score: -Infinity, isIdentifiable: false };
  for (const text of texts) {
    const folded = fold(text);
    for (const hit of policy.sensitiveLexicon.matcher.find(folded))
      if (hit.tag.kind === 'topic') terms.add(hit.term);
    for (const item of findSensitiveEvidence(text, policy.sensitiveLexicon, undefined, folded))
      otherSubject.add(item.term);
    const window = scoreWithModel(text)[head];
    if (window.score > best.score)
      best = {
        score: window.score,
        isIdentifiable:
          modelEvidence(
            text,
            folded,
            window,
            head,
            { ...DEFAULT_MODEL, threshold: { pupil: -Infinity, adult: -Infinity } },
            policy.sensitiveLexicon,
          ) !== undefined,
      };
  }
  const model = `model ${best.score.toFixed(1)}/${DEFAULT_MODEL.threshold[head]}${best.isIdentifiable ? '' : ' (nobody identifiable)'}`;
  if (otherSubject.size > 0)
    return `found for the other subject only: ${[...otherSubject].slice(0, 4).join(', ')}; ${model}`;
  if (terms.size > 0) return `terms tied to nobody: ${[...terms].slice(0, 4).join(', ')}; ${model}`;
  return `no sensitive term; ${model}`;
}

async function main(): Promise<void> {
  const folders = process.argv.slice(2);
  if (folders.length === 0) throw new Error('name one or more tuning folders');
  const policy = corpusPolicy();
  for (const folder of folders) {
    const root = path.join(CORPUS, folder);
    if (
      folder.includes('..') ||
      folder.includes('/') ||
      !existsSync(path.join(root, 'labels.json'))
    )
      throw new Error(`${folder} is not a tuning folder of test/fixtures/corpus`);
    const labels = JSON.parse(readFileSync(path.join(root, 'labels.json'), 'utf8')) as Record<
      string,
      Label
    >;
    const counts = new Map<RuleId, { tp: number; fp: number; fn: number }>();
    for (const [file, label] of Object.entries(labels).sort()) {
      const parsed = await parseEml(readFileSync(path.join(root, file)));
      if (!parsed.ok) throw new Error(`${folder}/${file}: ${parsed.error}`);
      const findings = scanMail(parsed.mail, policy).findings;
      const texts = collectMailContent(
        parsed.mail,
        policy.attachmentReadLimitBytes,
        policy.mailReadLimits,
      ).texts.map(({ text }) => text);
      for (const [rule, head] of Object.entries(HEAD_OF) as [RuleId, ModelHead][]) {
        const found = findings.filter((finding) => finding.rule === rule);
        const isLabel = label.rules.includes(rule);
        const count = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
        counts.set(rule, count);
        if (isLabel && found.length > 0) count.tp++;
        else if (isLabel) count.fn++;
        else if (found.length > 0) count.fp++;
        if (isLabel && found.length === 0)
          console.log(
            `MISS ${rule} ${folder}/${file} [${(label.tags ?? []).join(',')}] ${label.note ?? ''}\n     ${causeOfMiss(texts, head, policy)}`,
          );
        else if (!isLabel && found.length > 0)
          console.log(
            `FALSE ${rule} ${folder}/${file} [${(label.tags ?? []).join(',')}] ${label.note ?? ''}\n     ${found.map((finding) => finding.explanation).join(' | ')}`,
          );
      }
    }
    for (const [rule, { tp, fp, fn }] of counts)
      console.log(
        `${folder} ${rule}: P ${(tp / Math.max(1, tp + fp)).toFixed(2)} R ${(tp / Math.max(1, tp + fn)).toFixed(2)} (${tp}/${fp}/${fn})`,
      );
  }
}

void main();
