// Runs the real `privacywacht serve` as an admin would: it starts, reports ready, and stops cleanly
// on SIGTERM; in production mode without credentials it refuses to start and says what is missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = path.join(ROOT, 'bin/privacywacht.cjs');
const CONFIG = path.join(ROOT, 'privacywacht.config.json');

function serve(env: NodeJS.ProcessEnv): ChildProcess {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-serve-'));
  return spawn(process.execPath, [BIN, 'serve', '--config', CONFIG], {
    cwd: work,
    env: { ...process.env, PORT: '0', DATABASE_URL: `sqlite:${work}/register.sqlite`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The first JSON log line with this event. */
function logEvent(child: ChildProcess, event: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry['event'] === event) resolve(entry);
    });
    child.once('exit', () => reject(new Error(`exited before logging ${event}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('privacywacht serve', () => {
  it('serves /healthz with the register reachable and stops cleanly on SIGTERM', async () => {
    const child = serve({ PRIVACYWACHT_ENV: 'development' });
    const exited = exitCode(child);
    const listening = await logEvent(child, 'listening');
    expect(listening).toMatchObject({ mode: 'development' });
    const response = await fetch(`http://127.0.0.1:${String(listening['port'])}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { config: 'ok', register: 'ok' },
    });
    const stopped = logEvent(child, 'stopped');
    child.kill('SIGTERM');
    await stopped;
    expect(await exited).toBe(0);
  }, 30_000);

  it('refuses to start in production mode without credentials, naming them', async () => {
    const child = serve({ PRIVACYWACHT_ENV: '', MicrosoftAppId: '', MicrosoftAppPassword: '' });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitCode(child)).toBe(2);
    expect(stderr).toContain('missing: MicrosoftAppId, MicrosoftAppPassword');
  }, 30_000);
});
