// Runs the real `privacywacht` command on real .eml files, as an admin or a script would.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = path.join(ROOT, 'bin/privacywacht.cjs');
const CONFIG = path.join(ROOT, 'test/fixtures/corpus/privacywacht.config.json');
const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-cli-'));

function run(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: work, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function mailFile(
  name: string,
  body: string,
  headers = 'From: Anouk van der Berg <a.vanderberg@kindante.nl>\r\nTo: collega@kindante.nl\r\nSubject: Test',
): string {
  const file = path.join(work, name);
  writeFileSync(
    file,
    `${headers}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
  );
  return file;
}

/** Scans files with the corpus configuration and JSON output. */
const scanAsJson = (...files: string[]) =>
  run(['scan', '--config', CONFIG, '--format', 'json', ...files]);

const withBsn = mailFile('bsn.eml', 'BSN van Daan: 725763863');
const clean = mailFile('clean.eml', 'Tot morgen!');
const parents = mailFile(
  'parents.eml',
  'Beste ouders, morgen is er geen gym.',
  'From: juf@kindante.nl\r\nTo: a@gmail.com, b@hotmail.com, c@ziggo.nl\r\nSubject: Gym',
);

describe('privacywacht scan', () => {
  it('prints one JSON object per file with verdict and findings, and masks the BSN', async () => {
    const { code, stdout } = await scanAsJson(withBsn, clean);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            file: string;
            verdict: string;
            findings: { rule: string; excerpt?: string }[];
          },
      );
    expect(lines.map((line) => [path.basename(line.file), line.verdict])).toEqual([
      ['bsn.eml', 'block'],
      ['clean.eml', 'allow'],
    ]);
    expect(lines[0]?.findings[0]).toMatchObject({
      rule: 'bsn',
      excerpt: 'BSN van Daan: ******863',
    });
    expect(stdout).not.toContain('725763863');
  });

  it('prints a readable block per mail in text format', async () => {
    const { stdout } = await run(['scan', '--config', CONFIG, parents]);
    expect(stdout).toContain('WAARSCHUWEN (warn)');
    expect(stdout).toContain('[bcc] ontvangers: 3 externe ontvangers zien elkaars adres in Aan/CC');
  });

  it('gives an error line for an unreadable file and still scans the others', async () => {
    const junk = path.join(work, 'junk.eml');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254]));
    const { code, stdout } = await scanAsJson(path.join(work, 'missing.eml'), junk, withBsn);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { file: path.join(work, 'missing.eml'), error: 'file not found' },
      { file: junk, error: expect.stringContaining('not an RFC 5322 mail') as unknown },
      expect.objectContaining({ verdict: 'block' }),
    ]);
    expect(code).toBe(3);
  });

  it.each([
    [['scan', '--fail-on', 'warn'], 1],
    [['scan', '--fail-on', 'block'], 0],
  ])('sets the exit code with %j for a mail that warns', async (args, expected) => {
    expect((await run([...args, '--config', CONFIG, parents])).code).toBe(expected);
  });

  it('exits 2 with the key and what is allowed for a bad configuration', async () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        organisation: { name: 'X', domains: ['kindante.nl'] },
        encryption: { method: 'subject-tag', subjectTag: '[v]' },
        scan: { bccThreshold: 'drie' },
      }),
    );
    const { code, stderr } = await run(['scan', '--config', bad, clean]);
    expect(code).toBe(2);
    expect(stderr).toContain('scan.bccThreshold: expected a whole number (got "drie")');
  });

  it('finds its configuration through PRIVACYWACHT_CONFIG', async () => {
    expect((await run(['scan', clean], { PRIVACYWACHT_CONFIG: CONFIG })).code).toBe(0);
    const { code, stderr } = await run(['scan', clean], {
      PRIVACYWACHT_CONFIG: path.join(work, 'nope.json'),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('file not found');
  });

  it.each([
    [['scan', '--format', 'xml', 'a.eml'], '--format must be text or json'],
    [['scan'], 'no mail files given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
