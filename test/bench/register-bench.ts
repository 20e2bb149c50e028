// Benchmark of the breach register (npm run bench): the time from a submitted report to its
// receipt (validation, number, commit with audit entry and outbox row) through the service on the
// default SQLite store, and incidents written per second on SQLite and on PostgreSQL, one writer
// and ten at once. Files and the database live in a temporary folder; the PostgreSQL is the
// test server (fsync off), so its figures show query cost, not disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIncidentService, type IncidentService } from '../../bot/incidents/incident-service';
import type { IncidentStore } from '../../bot/store/incident-store';
import { openStore } from '../../bot/store/open-store';
import { REPORTER, reportForm } from '../helpers/incidents';
import { startPostgres } from '../helpers/postgres';
import { summarise } from './timing';

const REPORTS = 1_000;
const CONCURRENCY = 10;
const FORM = reportForm();

function serviceOn(store: IncidentStore): IncidentService {
  let ids = 0;
  return createIncidentService({
    store,
    clock: () => new Date('2026-03-27T12:00:00.000Z'),
    newId: () => `bench-${++ids}`,
    canHandle: () => true,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
}

async function submitToReceipt(service: IncidentService): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const start = process.hrtime.bigint();
    const result = await service.submitReport(FORM, REPORTER, `timed-${i}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error('benchmark report was refused');
  }
  return times;
}

async function perSecond(
  service: IncidentService,
  prefix: string,
  writers: number,
): Promise<number> {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < REPORTS) await service.submitReport(FORM, REPORTER, `${prefix}-${next++}`);
    }),
  );
  return REPORTS / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function writeRates(name: string, service: IncidentService): Promise<void> {
  const one = await perSecond(service, `${name}-one`, 1);
  const many = await perSecond(service, `${name}-many`, CONCURRENCY);
  process.stdout.write(
    `  ${name}: ${one.toFixed(0)} incidents/s (one writer), ${many.toFixed(0)} incidents/s (${CONCURRENCY} at once)\n`,
  );
}

export async function runRegisterBench(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-bench-'));
  const sqlite = await openStore({ databaseUrl: `sqlite:${path.join(work, 'register.sqlite')}` });
  try {
    const service = serviceOn(sqlite);
    const timing = summarise(await submitToReceipt(service));
    process.stdout.write(
      `  submit → receipt (SQLite, ${REPORTS} reports): median ${timing.median.toFixed(2)} ms, p99 ${timing.p99.toFixed(2)} ms\n`,
    );
    await writeRates('SQLite', service);
  } finally {
    await sqlite.close();
    rmSync(work, { recursive: true, force: true });
  }
  const server = await startPostgres();
  try {
    const postgres = await openStore({ databaseUrl: await server.freshDatabaseUrl() });
    try {
      await writeRates('PostgreSQL', serviceOn(postgres));
    } finally {
      await postgres.close();
    }
  } finally {
    await server.stop();
  }
}
