// Runs the real `privacywacht incidents export` on a register written by the service.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { openStore } from '../../../../bot/store/open-store';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

// Each run starts Node with tsx (a second or more); one test runs the command six times.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = path.join(ROOT, 'bin/privacywacht.cjs');
const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-incidents-'));
const DATABASE_URL = `sqlite:${path.join(work, 'register.sqlite')}`;
const CONFIG = path.join(ROOT, 'test/fixtures/corpus/privacywacht.config.json');

function run(args: string[], databaseUrl = DATABASE_URL) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'incidents', ...args],
      {
        cwd: work,
        env: { ...process.env, DATABASE_URL: databaseUrl, PRIVACYWACHT_CONFIG: CONFIG },
      },
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

  it('lists the register and says which incidents have no card in Teams', async () => {
    const { code, stdout } = await run(['list']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^DL-2026-0001 {2}In behandeling .*geen kaart in Teams/);
  });

  it('handles an incident to the end without Teams, refusing steps out of order', async () => {
    const closeEarly = await run(['act', 'DL-2026-0002', 'close', '--by', 'Ed', '--measures', 'x']);
    expect(closeEarly.code).toBe(1);
    expect(closeEarly.stderr).toContain('Afsluiten kan pas na de besluiten');
    const steps = [
      ['take'],
      ['decideNotifiable', '--reference', 'M-2026-555', '--notified-at', '2026-05-04 15:00'],
      ['decideSubjects', '--informed', 'yes', '--explanation', 'Brief aan ouders.'],
      ['close', '--measures', 'Account geblokkeerd, toestel gewist.'],
    ];
    for (const [step = '', ...options] of steps) {
      const { code, stdout } = await run(['act', 'DL-2026-0002', step, '--by', 'Ed', ...options]);
      expect(code).toBe(0);
      expect(stdout).toContain('DL-2026-0002');
    }
    const shown = await run(['show', 'DL-2026-0002']);
    expect(shown.stdout).toContain('DL-2026-0002 — Afgesloten');
    expect(shown.stdout).toContain('Ed: decided-notifiable');
    expect(shown.stdout).toContain('- Organisatie: Stichting Kindante');
    expect(shown.stdout).toContain('- Zijn de betrokkenen geïnformeerd? Ja: Brief aan ouders.');
  });

  it.each([
    [['export', '--format', 'xml'], '--format must be csv or json'],
    [['act', 'DL-2026-0001', 'take'], 'needs a step and --by NAME'],
    [['act', 'DL-2026-0001', 'delete', '--by', 'Ed'], 'unknown step "delete"'],
    [['export', '--since', '1 mei'], '--since must be a date'],
    [['purge'], 'unknown incidents subcommand'],
  ])('refuses %j with a usage error', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('asks for the reason when the AP was notified after the 72 hours, and records it', async () => {
    const notified = ['--reference', 'M-2026-777', '--notified-at', '2026-04-10 10:00'];
    const without = await run([
      'act',
      'DL-2026-0001',
      'decideNotifiable',
      '--by',
      'Ed',
      ...notified,
    ]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('geef de reden van de vertraging');
    const late = ['--late-reason', 'De omvang werd pas na een week duidelijk.'];
    const withReason = await run([
      'act',
      'DL-2026-0001',
      'decideNotifiable',
      '--by',
      'Ed',
      ...notified,
      ...late,
    ]);
    expect(withReason.code).toBe(0);
    const exported = await run(['export', '--format', 'json']);
    expect(exported.stdout).toContain('De omvang werd pas na een week duidelijk.');
  });

  it('says so when the register cannot be opened', async () => {
    const { code, stderr } = await run(['export'], 'mysql://nope');
    expect(code).toBe(4);
    expect(stderr).toContain('DATABASE_URL');
  });
});
