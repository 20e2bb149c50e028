// `privacywacht scan [--config FILE] [--format text|json] [--fail-on warn|block] FILE.eml...`
import { readFile } from 'node:fs/promises';
import type { Config } from '../../shared/policy/config-schema';
import { scanMail } from '../../shared/scan/engine';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import type { Verdict } from '../../shared/scan/types';
import { describeReadError } from '../files/read-error';
import { parseEml } from '../mail/parse-eml';
import { formatJson, formatText, type FileOutcome, type OutputFormat } from './format-result';

export interface ScanOptions {
  files: string[];
  format: OutputFormat;
  failOn?: Exclude<Verdict, 'allow'>;
}

export const EXIT = { ok: 0, failOn: 1, usage: 2, unreadable: 3 } as const;

/** Scans each file in turn; a file that cannot be read becomes an error line and the rest still run. */
export async function runScan(
  options: ScanOptions,
  config: Config,
  write: (text: string) => void,
): Promise<number> {
  const policy = buildScanPolicy(config);
  let isFailing = false;
  let hasUnreadable = false;
  for (const file of options.files) {
    const outcome = await scanFile(file, policy);
    if ('error' in outcome) hasUnreadable = true;
    else if (
      options.failOn &&
      (outcome.result.verdict === 'block' || outcome.result.verdict === options.failOn)
    )
      isFailing = true;
    write(options.format === 'json' ? `${formatJson(outcome)}\n` : formatText(outcome));
  }
  if (hasUnreadable) return EXIT.unreadable;
  return isFailing ? EXIT.failOn : EXIT.ok;
}

async function scanFile(
  file: string,
  policy: ReturnType<typeof buildScanPolicy>,
): Promise<FileOutcome> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    return { file, error: describeReadError(error) };
  }
  const parsed = await parseEml(raw);
  if (!parsed.ok) return { file, error: parsed.error };
  try {
    return { file, result: scanMail(parsed.mail, policy) };
  } catch {
    // The engine is built not to throw; if it ever does, this file fails and the others go on.
    return { file, error: 'internal error while scanning this mail' };
  }
}
