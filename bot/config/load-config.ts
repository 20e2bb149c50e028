// Reads privacywacht.config.json from disk and parses it; every problem becomes one message that
// names the file and the key.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../shared/policy/config-schema';
import { parseConfig } from '../../shared/policy/parse-config';
import { describeReadError } from '../files/read-error';

const DEFAULT_CONFIG_FILE = 'privacywacht.config.json';

export type LoadedConfig =
  { ok: true; config: Config; file: string } | { ok: false; errors: string[] };

/** --config, else PRIVACYWACHT_CONFIG, else ./privacywacht.config.json. */
export function resolveConfigPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return path.resolve(flag ?? env['PRIVACYWACHT_CONFIG'] ?? DEFAULT_CONFIG_FILE);
}

export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = describeReadError(error);
    return {
      ok: false,
      errors: [`${file}: ${reason}. Pass --config FILE or set PRIVACYWACHT_CONFIG.`],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const parsed = parseConfig(json);
  if (!parsed.ok)
    return { ok: false, errors: parsed.errors.map((message) => `${file}: ${message}`) };
  return { ok: true, config: parsed.config, file };
}
