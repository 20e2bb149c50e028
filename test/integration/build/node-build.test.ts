// Compiles the service and CLI as `npm run build` does and runs them from the build as an admin
// would: `privacywacht scan` and `privacywacht serve` start from dist/node/ without loading tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildNodeInstall, compiledRunEnv, writeNoTsxCheck } from '../../helpers/node-build';

const ROOT = path.resolve(__dirname, '../../..');
const CONFIG = path.join(ROOT, 'privacywacht.config.json');
const MAIL = path.join(ROOT, 'test/fixtures/corpus/content/bsn-dotted-423-tlv-aanvraag-swv.eml');

let install: string;
let noTsx: string;
/** The environment of an installation: no development switch that forces the TypeScript source. */
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  install = buildNodeInstall();
  noTsx = writeNoTsxCheck(install);
  env = compiledRunEnv();
}, 120_000);

function privacywacht(args: string[], extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-dist-'));
  return spawn(
    process.execPath,
    ['--require', noTsx, path.join(install, 'bin/privacywacht.cjs'), ...args],
    {
      cwd: work,
      env: { ...env, DATABASE_URL: `sqlite:${work}/register.sqlite`, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('the compiled service and CLI (dist/node)', () => {
  it('scans a mail with privacywacht scan without tsx', async () => {
    const child = privacywacht(['scan', '--config', CONFIG, '--format', 'json', MAIL]);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await exitCode(child)).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: 'block' });
  }, 30_000);

  it('serves /healthz with privacywacht serve without tsx and stops cleanly', async () => {
    const child = privacywacht(['serve', '--config', CONFIG], {
      PORT: '0',
      PRIVACYWACHT_ENV: 'development',
    });
    const exited = exitCode(child);
    const lines = createInterface({ input: child.stdout! });
    const port = await new Promise<unknown>((resolve, reject) => {
      lines.on('line', (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (entry['event'] === 'listening') resolve(entry['port']);
      });
      child.once('exit', () => reject(new Error('exited before listening')));
    });
    const response = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
    expect(response.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
