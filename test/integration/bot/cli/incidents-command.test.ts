// Runs the real `privacywacht incidents export` on a register written by the service.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { openStore } from '../../../../bot/store/open-store';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

jest.setTimeout(30_000);

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = path.join(ROOT, 'bin/privacywacht.cjs');
const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-incidents-'));
const DATABASE_URL = `sqlite:${path.join(work, 'register.sqlite')}`;

function run(args: string[], databaseUrl = DATABASE_URL) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'incidents', ...args],
      { cwd: work, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  const store = await openStore({ databaseUrl: DATABASE_URL });
  let now = new Date('2026-03-27T12:00:00.000Z');
  let ids = 0;
  const service = createIncidentService({
    store,
    clock: () => now,
    newId: () => `inc-${++ids}`,
    canHandle: () => true,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
  await service.submitReport(
    reportForm({ description: '=HYPERLINK("https://evil.example","klik")' }),
    REPORTER,
    'sub-1',
  );
  await service.act('inc-1', { verb: 'take' }, ICT_MEMBER);
  now = new Date('2026-05-04T09:00:00.000Z');
  await service.submitReport(
    reportForm({ occurredDate: '2026-05-04', discoveredDate: '2026-05-04' }),
    REPORTER,
    'sub-2',
  );
  await store.close();
});

describe('privacywacht incidents export', () => {
  it('writes the register as CSV with the audit trail and formulas defused', async () => {
    const { code, stdout } = await run(['export', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"DL-2026-0001"');
    expect(lines[1]).toContain('"\'=HYPERLINK(""https://evil.example"",""klik"")"');
    expect(lines[1]).toContain(
      'Petra de Vries: reported | 2026-03-27T12:00:00.000Z Ed van ICT: taken',
    );
  });

  it('writes JSON and keeps only incidents reported since a date', async () => {
    const { code, stdout } = await run(['export', '--format', 'json', '--since', '2026-05-01']);
    expect(code).toBe(0);
    const incidents = JSON.parse(stdout) as { number: string; audit: unknown[] }[];
    expect(incidents.map((incident) => incident.number)).toEqual(['DL-2026-0002']);
    expect(incidents[0]?.audit).toHaveLength(1);
  });

  it.each([
    [['export', '--format', 'xml'], '--format must be csv or json'],
    [['export', '--since', '1 mei'], '--since must be a date'],
    [['purge'], 'unknown incidents subcommand'],
  ])('refuses %j with a usage error', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('says so when the register cannot be opened', async () => {
    const { code, stderr } = await run(['export'], 'mysql://nope');
    expect(code).toBe(4);
    expect(stderr).toContain('DATABASE_URL');
  });
});
