// `privacywacht incidents export --format csv|json [--since DATE]`: the breach register from the
// database named by DATABASE_URL (as the server uses it), for the privacy officer or the AP.
import { parseArgs } from 'node:util';
import { fromAmsterdamLocal } from '../incidents/amsterdam-time';
import { registerToCsv, registerToJson, type RegisterEntry } from '../incidents/export';
import { openStore } from '../store/open-store';

export interface IncidentsIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reports a usage error and returns the exit code for it. */
  usageError: (message: string) => number;
  env: NodeJS.ProcessEnv;
}

const EXIT_OK = 0;
const EXIT_DATABASE = 4;

export async function runIncidentsCommand(args: string[], io: IncidentsIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'export')
    return io.usageError(
      subcommand === undefined
        ? 'incidents needs a subcommand: export'
        : `unknown incidents subcommand "${subcommand}"`,
    );
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { format: { type: 'string', default: 'csv' }, since: { type: 'string' } },
    });
  } catch (error) {
    return io.usageError((error as Error).message);
  }
  const { format, since } = parsed.values;
  if (format !== 'csv' && format !== 'json')
    return io.usageError(`--format must be csv or json, not "${format}"`);
  const sinceIso = since === undefined ? undefined : startOfDay(since);
  if (sinceIso === null)
    return io.usageError(`--since must be a date as YYYY-MM-DD, not "${since}"`);

  let store;
  try {
    store = await openStore({ databaseUrl: io.env['DATABASE_URL'] });
  } catch (error) {
    io.err(`privacywacht: cannot open the register (DATABASE_URL): ${(error as Error).message}\n`);
    return EXIT_DATABASE;
  }
  try {
    const entries: RegisterEntry[] = [];
    for (const incident of await store.listIncidents(sinceIso ? { since: sinceIso } : {}))
      entries.push({ incident, audit: await store.listAudit(incident.id) });
    io.out(format === 'csv' ? registerToCsv(entries) : registerToJson(entries));
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** The start of an Amsterdam calendar day as an ISO instant, or null for a bad date. */
function startOfDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  return fromAmsterdamLocal({ year, month, day, hour: 0, minute: 0 }).toISOString();
}
