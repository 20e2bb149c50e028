// `privacywacht ask [--config FILE] [--format text|json] [--stdin] "vraag"`: answers policy
// questions as the Teams bot does, one question or one per line of standard input.
import { parseArgs } from 'node:util';
import { loadConfig, resolveConfigPath } from '../config/load-config';
import { formatPackError } from '../../shared/policy/pack/pack-error';
import { packFolder } from '../policy-pack/pack-folder';
import { readPackFolder } from '../policy-pack/read-pack-folder';
import { createAnswerer } from '../qa/answerer';
import type { QaAnswer } from '../qa/types';

export interface AskIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reports a usage error and returns the exit code for it. */
  usageError: (message: string) => number;
  readStdin: () => Promise<string>;
}

const EXIT_OK = 0;
const EXIT_CONFIG = 2;

/** Parses the `ask` arguments, loads the configuration and answers; returns the exit code. */
export async function runAskCommand(args: string[], io: AskIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        stdin: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return io.usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json')
    return io.usageError(`--format must be text or json, not "${values.format}"`);
  if (values.stdin && positionals.length > 0)
    return io.usageError('give a question or --stdin, not both');
  if (!values.stdin && positionals.length === 0) return io.usageError('no question given');
  const loaded = loadConfig(resolveConfigPath(values.config));
  if (!loaded.ok) {
    io.err(
      `Configuratiefout (configuration error):\n${loaded.errors.map((line) => `  ${line}`).join('\n')}\n`,
    );
    return EXIT_CONFIG;
  }
  const folder = packFolder(loaded.config, loaded.file);
  const pack = readPackFolder(folder);
  if (!pack.ok) {
    io.err(
      `Fout in het beleidspakket (policy pack error) ${folder}:\n${pack.errors.map((error) => `  ${formatPackError(error)}`).join('\n')}\n`,
    );
    return EXIT_CONFIG;
  }
  const answer = createAnswerer(loaded.config, pack.pack.knowledge, pack.pack.words);
  if (values.stdin) {
    // One question per line in, one JSON object per line out, for scripts and test sets.
    const lines = (await io.readStdin()).split('\n').map((line) => line.trim());
    for (const question of lines.filter((line) => line !== '')) {
      io.out(`${formatAnswerJson(answer(question))}\n`);
    }
    return EXIT_OK;
  }
  const result = answer(positionals.join(' '));
  io.out(values.format === 'json' ? `${formatAnswerJson(result)}\n` : formatAnswerText(result));
  return EXIT_OK;
}

function formatAnswerJson(result: QaAnswer): string {
  const { question, answered, answer, sources } = result;
  return JSON.stringify({ question, answered, answer, sources });
}

const LABELS = {
  nl: { source: 'Bron', related: 'Zie ook', closest: 'Misschien bedoel je' },
  en: { source: 'Source', related: 'See also', closest: 'Perhaps you mean' },
} as const;

function formatAnswerText(result: QaAnswer): string {
  const labels = LABELS[result.language];
  const lines = [result.answer];
  for (const source of result.sources)
    lines.push(`${labels.source}: ${source.section} (${source.title})`);
  if (result.related.length > 0) {
    const label = result.answered ? labels.related : labels.closest;
    lines.push(`${label}: ${result.related.map((entry) => entry.title).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
