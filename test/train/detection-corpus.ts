// Loads the tuning corpus (test/fixtures/corpus only: never a held-out folder) for training the
// learned model: each mail's texts read as the engine reads them, its labels, and what the rules
// alone find in it. Folders and files in sorted order, so every run sees the same data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { parseEml } from '../../bot/mail/parse-eml';
import { scanMail } from '../../shared/scan/engine';
import { collectMailContent } from '../../shared/scan/mail-texts';
import { isModelFinding } from '../../shared/scan/model/model-finding';
import { buildScanPolicy, type ScanPolicy } from '../../shared/scan/scan-policy';
import { fold } from '../../shared/scan/text/fold';
import type { RuleId } from '../../shared/scan/types';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

interface CorpusText {
  text: string;
  folded: string;
}

export interface CorpusMail {
  folder: string;
  file: string;
  tags: string[];
  labels: { pupil: boolean; adult: boolean };
  /** What the rules find on their own (model findings left out). */
  rules: { pupil: boolean; adult: boolean };
  texts: CorpusText[];
}

export function corpusPolicy(): ScanPolicy {
  const loaded = loadConfig(path.join(CORPUS, 'privacywacht.config.json'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return buildScanPolicy(loaded.config);
}

/** Every labelled mail of the tuning corpus, leaving out the folders named in `excluded`. */
export async function loadCorpus(
  policy: ScanPolicy,
  excluded: readonly string[] = [],
): Promise<CorpusMail[]> {
  const folders = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !excluded.includes(entry.name))
    .map((entry) => entry.name)
    .filter((name) => existsSync(path.join(CORPUS, name, 'labels.json')))
    .sort();
  const mails: CorpusMail[] = [];
  for (const folder of folders) {
    const labels = JSON.parse(
      readFileSync(path.join(CORPUS, folder, 'labels.json'), 'utf8'),
    ) as Record<string, { rules: RuleId[]; tags?: string[] }>;
    for (const file of Object.keys(labels).sort()) {
      const label = labels[file];
      if (!label) continue;
      const parsed = await parseEml(readFileSync(path.join(CORPUS, folder, file)));
      if (!parsed.ok) throw new Error(`${folder}/${file}: ${parsed.error}`);
      const content = collectMailContent(
        parsed.mail,
        policy.attachmentReadLimitBytes,
        policy.mailReadLimits,
      );
      const found = scanMail(parsed.mail, policy).findings.filter(
        (finding) => !isModelFinding(finding),
      );
      mails.push({
        folder,
        file,
        tags: label.tags ?? [folder],
        labels: {
          pupil: label.rules.includes('pupil-file'),
          adult: label.rules.includes('sensitive-personal'),
        },
        rules: {
          pupil: found.some((finding) => finding.rule === 'pupil-file'),
          adult: found.some((finding) => finding.rule === 'sensitive-personal'),
        },
        texts: content.texts
          .filter(({ text }) => text.trim() !== '')
          .map(({ text }) => ({ text, folded: fold(text) })),
      });
    }
  }
  return mails;
}
