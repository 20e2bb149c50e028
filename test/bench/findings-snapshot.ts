// Guard for speed work on the scan: writes every finding, notice and verdict of every mail in the
// tuning corpus (test/fixtures/corpus/**) to one JSON file, so a faster engine can be proven to
// decide exactly as before: run it before and after a change and compare the files byte for byte.
// The benchmark's 5 KB and 1 MB mails are in it too, as they drive the hot loops hardest.
//   npm run bench:findings -- /tmp/before.json   (then again after the change; cmp the two files)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { parseEml } from '../../bot/mail/parse-eml';
import { scanMail } from '../../shared/scan/engine';
import { parseConfig } from '../../shared/policy/parse-config';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { EXAMPLE_CONFIG, mailWith } from '../helpers/policy';
import { mixedText } from './scan-bench';

const CORPUS = path.resolve(__dirname, '../fixtures/corpus');

function emlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return emlFiles(full);
      return entry.name.endsWith('.eml') ? [full] : [];
    });
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: findings-snapshot.ts <out.json>');
  const loaded = loadConfig(path.join(CORPUS, 'privacywacht.config.json'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const policy = buildScanPolicy(loaded.config);
  const snapshot: Record<string, unknown> = {};
  for (const file of emlFiles(CORPUS)) {
    const parsed = await parseEml(readFileSync(file));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
    const result = scanMail(parsed.mail, policy);
    snapshot[path.relative(CORPUS, file)] = result;
  }
  const example = parseConfig(EXAMPLE_CONFIG);
  if (!example.ok) throw new Error(example.errors.join('\n'));
  const benchPolicy = buildScanPolicy(example.config);
  for (const bytes of [5 * 1024, 1024 * 1024])
    snapshot[`bench ${bytes} bytes`] = scanMail(
      mailWith({ bodyText: mixedText(bytes), to: [{ address: 'a@gmail.com' }] }),
      benchPolicy,
    );
  writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
  process.stdout.write(`${Object.keys(snapshot).length} mails → ${out}\n`);
}

void main();
