// The `privacywacht` command line: parses arguments and hands over to a command.
import { parseArgs } from 'node:util';
import { loadConfig, resolveConfigPath } from '../config/load-config';
import { EXIT, runScan } from './scan-command';

const USAGE = `Privacywacht — privacybeleid in Outlook en Teams

Gebruik (usage):
  privacywacht scan [--config FILE] [--format text|json] [--fail-on warn|block] FILE.eml...
      Controleert mails zoals de Outlook-invoegtoepassing dat doet (checks mails like the add-in).
  privacywacht ask [--config FILE] [--format text|json] "vraag"
  privacywacht ask [--config FILE] --stdin
      Beantwoordt vragen over het privacybeleid zoals de Teams-bot (answers policy questions);
      met --stdin één vraag per regel, één JSON-object per regel terug.
  privacywacht incidents export [--format csv|json] [--since YYYY-MM-DD]
  privacywacht incidents list [--since YYYY-MM-DD]
  privacywacht incidents show DL-2026-0007 [--config FILE]
  privacywacht incidents act DL-2026-0007 STAP --by NAAM [--reference … --notified-at "YYYY-MM-DD HH:MM"
      [--late-reason …, na de 72 uur]
      | --reason … | --informed yes|no --explanation … | --measures …]
      Het datalekregister uit DATABASE_URL (standaard sqlite:./data/privacywacht.sqlite): exporteren,
      bekijken (met concept AP-melding) en behandelen zonder Teams; STAP is take, decideNotifiable,
      decideNotNotifiable, decideSubjects of close (the breach register without Teams).
  privacywacht serve [--config FILE]
      Start de Teams-bot op PORT (standaard 3978) tot Ctrl-C (runs the bot service);
      zonder Microsoft-inloggegevens alleen met PRIVACYWACHT_ENV=development.
  privacywacht --help

Configuratie: --config FILE, anders PRIVACYWACHT_CONFIG, anders ./privacywacht.config.json
Exitcodes: 0 klaar, 1 --fail-on bereikt, 2 gebruiks- of configuratiefout, 3 een bestand was onleesbaar,
  4 het register (DATABASE_URL) was niet te openen
`;

export async function main(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void,
  readStdin: () => Promise<string> = () => readAll(process.stdin),
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return EXIT.ok;
  }
  // The other commands load on demand: `serve` pulls in botbuilder and Express, `incidents` the
  // database drivers, `ask` the policy index, and `scan` should start in a few hundred milliseconds.
  if (command === 'ask')
    return (await import('./ask-command')).runAskCommand(rest, {
      out,
      err,
      readStdin,
      usageError: (message) => usageError(err, message),
    });
  if (command === 'incidents')
    return (await import('./incidents-command')).runIncidentsCommand(rest, {
      out,
      err,
      env: process.env,
      usageError: (message) => usageError(err, message),
    });
  if (command === 'serve')
    return (await import('./serve-command')).runServeCommand(rest, {
      err,
      env: process.env,
      usageError: (message) => usageError(err, message),
    });
  if (command !== 'scan') return usageError(err, `unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(err, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json')
    return usageError(err, `--format must be text or json, not "${values.format}"`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'warn' && failOn !== 'block')
    return usageError(err, `--fail-on must be warn or block, not "${failOn}"`);
  if (positionals.length === 0) return usageError(err, 'no mail files given');
  const loaded = loadConfig(resolveConfigPath(values.config));
  if (!loaded.ok) {
    err(
      `Configuratiefout (configuration error):\n${loaded.errors.map((line) => `  ${line}`).join('\n')}\n`,
    );
    return EXIT.usage;
  }
  return runScan(
    { files: positionals, format: values.format, ...(failOn ? { failOn } : {}) },
    loaded.config,
    out,
  );
}

function usageError(err: (text: string) => void, message: string): number {
  err(`privacywacht: ${message}\n\n${USAGE}`);
  return EXIT.usage;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : String(chunk);
  return text;
}

/** Runs the CLI on this process's arguments and streams. */
export function runCli(): void {
  main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`privacywacht: unexpected error: ${(error as Error).message}\n`);
      process.exitCode = 70;
    },
  );
}
