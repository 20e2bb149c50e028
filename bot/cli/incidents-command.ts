// `privacywacht incidents …`: the breach register from the database named by DATABASE_URL (as the
// server uses it). Export for the privacy officer or the AP; list, show and act so an incident
// whose Teams card never arrived can still be handled to the end. Whoever can run this has the
// database, so the CLI acts without the Teams role check; every step still names who (--by).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig, resolveConfigPath } from '../config/load-config';
import { formatApDraft } from '../incidents/ap-draft';
import { formatAmsterdam, fromAmsterdamLocal } from '../../shared/time/amsterdam-time';
import type { IncidentAction } from '../incidents/incident-actions';
import { createIncidentService, type IncidentService } from '../incidents/incident-service';
import { STATUS_LABELS } from '../../shared/incidents/incident-status';
import {
  DECISION_INPUTS,
  INCIDENT_VERB_PREFIX,
  parseIncidentAction,
} from '../incidents/parse-action';
import type { IncidentStore } from '../store/incident-store';
import { openStore } from '../store/open-store';

export interface IncidentsIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reports a usage error and returns the exit code for it. */
  usageError: (message: string) => number;
  env: NodeJS.ProcessEnv;
}

const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_CONFIG = 2;
const EXIT_DATABASE = 4;

const SUBCOMMANDS = ['export', 'list', 'show', 'act'];

export async function runIncidentsCommand(args: string[], io: IncidentsIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || !SUBCOMMANDS.includes(subcommand))
    return io.usageError(
      subcommand === undefined
        ? `incidents needs a subcommand: ${SUBCOMMANDS.join(', ')}`
        : `unknown incidents subcommand "${subcommand}"`,
    );
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'csv' },
        since: { type: 'string' },
        config: { type: 'string' },
        by: { type: 'string' },
        reference: { type: 'string' },
        'notified-at': { type: 'string' },
        'late-reason': { type: 'string' },
        reason: { type: 'string' },
        informed: { type: 'string' },
        explanation: { type: 'string' },
        measures: { type: 'string' },
      },
    });
  } catch (error) {
    return io.usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (subcommand === 'export' && values.format !== 'csv' && values.format !== 'json')
    return io.usageError(`--format must be csv or json, not "${values.format}"`);
  const sinceIso = values.since === undefined ? undefined : startOfDay(values.since);
  if (sinceIso === null)
    return io.usageError(`--since must be a date as YYYY-MM-DD, not "${values.since}"`);
  if ((subcommand === 'show' || subcommand === 'act') && positionals[0] === undefined)
    return io.usageError(`incidents ${subcommand} needs an incident number, e.g. DL-2026-0007`);
  if (subcommand === 'act' && (positionals[1] === undefined || !values.by))
    return io.usageError(
      'incidents act needs a step and --by NAME, e.g. act DL-2026-0007 take --by "Ed"',
    );

  let organisationName = '';
  if (subcommand === 'show' || subcommand === 'act') {
    const loaded = loadConfig(resolveConfigPath(values.config, io.env));
    if (!loaded.ok) {
      io.err(
        `Configuratiefout (configuration error):\n${loaded.errors.map((line) => `  ${line}`).join('\n')}\n`,
      );
      return EXIT_CONFIG;
    }
    organisationName = loaded.config.organisation.name;
  }

  let store: IncidentStore;
  try {
    store = await openStore({ databaseUrl: io.env['DATABASE_URL'] });
  } catch (error) {
    io.err(`privacywacht: cannot open the register (DATABASE_URL): ${(error as Error).message}\n`);
    return EXIT_DATABASE;
  }
  const service = createIncidentService({
    store,
    clock: () => new Date(),
    newId: randomUUID,
    canHandle: () => true,
    organisationName,
    retentionDays: Number.MAX_SAFE_INTEGER,
  });
  try {
    switch (subcommand) {
      case 'export':
        io.out(await service.exportRegister(values.format === 'json' ? 'json' : 'csv', sinceIso));
        return EXIT_OK;
      case 'list':
        io.out(await listIncidents(store, sinceIso));
        return EXIT_OK;
      case 'show':
        return await showIncident(store, service, positionals[0] ?? '', io);
      default:
        return await act(store, service, positionals, values, io);
    }
  } finally {
    await store.close();
  }
}

async function listIncidents(store: IncidentStore, since?: string): Promise<string> {
  const lines = (await store.listIncidents(since ? { since } : {})).map(
    (incident) =>
      `${incident.number}  ${STATUS_LABELS[incident.status].nl.padEnd(32)}  deadline ${formatAmsterdam(incident.deadline, 'nl')}${incident.channelMessage ? '' : '  (geen kaart in Teams)'}`,
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : 'Geen meldingen (no incidents).\n';
}

async function showIncident(
  store: IncidentStore,
  service: IncidentService,
  number: string,
  io: IncidentsIo,
): Promise<number> {
  const incident = await store.getIncidentByNumber(number);
  if (!incident) {
    io.err(`privacywacht: no incident ${number}\n`);
    return EXIT_REFUSED;
  }
  const audit = await store.listAudit(incident.id);
  const draft = await service.apDraft(incident.id);
  io.out(
    [
      `${incident.number} — ${STATUS_LABELS[incident.status].nl}`,
      `Deadline AP: ${formatAmsterdam(incident.deadline, 'nl')}`,
      `Behandelaar: ${incident.assignee?.name ?? '-'}`,
      '',
      'Audit:',
      ...audit.map(
        (entry) => `- ${formatAmsterdam(entry.at, 'nl')} ${entry.actor.name}: ${entry.action}`,
      ),
      '',
      draft ? formatApDraft(draft) : '',
    ].join('\n'),
  );
  return EXIT_OK;
}

async function act(
  store: IncidentStore,
  service: IncidentService,
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: IncidentsIo,
): Promise<number> {
  const [number = '', step = ''] = positionals;
  const incident = await store.getIncidentByNumber(number);
  if (!incident) {
    io.err(`privacywacht: no incident ${number}\n`);
    return EXIT_REFUSED;
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : '');
  const [date = '', time = ''] = text('notified-at').split(' ');
  const parsed = parseIncidentAction(INCIDENT_VERB_PREFIX + step, {
    incidentId: incident.id,
    [DECISION_INPUTS.apReference]: text('reference'),
    [DECISION_INPUTS.apNotifiedDate]: date,
    [DECISION_INPUTS.apNotifiedTime]: time,
    [DECISION_INPUTS.lateReason]: text('late-reason'),
    [DECISION_INPUTS.reason]: text('reason'),
    [DECISION_INPUTS.informed]: text('informed'),
    [DECISION_INPUTS.explanation]: text('explanation'),
    [DECISION_INPUTS.measures]: text('measures'),
  });
  if (!parsed.ok)
    return io.usageError(
      `unknown step "${step}" or bad data; steps: take, decideNotifiable --reference --notified-at "YYYY-MM-DD HH:MM" [--late-reason], decideNotNotifiable --reason, decideSubjects --informed yes|no --explanation, close --measures`,
    );
  const by = text('by');
  const action: IncidentAction = parsed.action;
  const result = await service.act(incident.id, action, { id: `cli:${by}`, name: by });
  if (!result.ok) {
    io.err(`privacywacht: ${result.reason.nl} (${result.reason.en})\n`);
    return EXIT_REFUSED;
  }
  io.out(`${result.incident.number}: ${STATUS_LABELS[result.incident.status].nl}\n`);
  return EXIT_OK;
}

/** The start of an Amsterdam calendar day as an ISO instant, or null for a bad date. */
function startOfDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  return fromAmsterdamLocal({ year, month, day, hour: 0, minute: 0 }).toISOString();
}
