// Runs the real `privacywacht ask` command, as an admin or a script would.
import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = path.join(ROOT, 'bin/privacywacht.cjs');
const CONFIG = path.join(ROOT, 'privacywacht.config.json');

function run(
  args: string[],
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

describe('privacywacht ask', () => {
  it('answers one question as text, with the source section and whom to call from the config', async () => {
    const { code, stdout } = await run(['ask', '--config', CONFIG, 'Hoe meld ik een datalek?']);
    expect(code).toBe(0);
    expect(stdout).toContain('Bureau Kindante, Domein ICT');
    expect(stdout).toContain('Bron: §12 Protocol datalekken (Een datalek melden)');
    expect(stdout).toMatch(/Zie ook: /);
  });

  it('answers in English with English labels', async () => {
    const { stdout } = await run([
      'ask',
      '--config',
      CONFIG,
      'Can I use a USB stick for pupil data?',
    ]);
    expect(stdout).toMatch(/^No, USB sticks are forbidden/);
    expect(stdout).toContain('Source: ');
  });

  it('prints one JSON object with question, answered, answer and sources', async () => {
    const { code, stdout } = await run([
      'ask',
      '--config',
      CONFIG,
      '--format',
      'json',
      'Heeft Snappet een verwerkersovereenkomst?',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'answer', 'sources']);
    expect(answer['answered']).toBe(true);
    expect(answer['sources']).toEqual([
      {
        id: 'processor-snappet',
        title: 'Verwerkersovereenkomst met Snappet',
        section: 'Bijlage 5 Lijst van leveranciers met een verwerkersovereenkomst',
      },
    ]);
  });

  it('with --stdin answers each line as one JSON line and declines the off-topic one', async () => {
    const { code, stdout } = await run(
      ['ask', '--config', CONFIG, '--stdin'],
      'Mag ik een BSN mailen?\n\nWat wordt het weer morgen?\nHow long do we keep pupil records?\n',
    );
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { question: string; answered: boolean; sources: { id: string }[] },
      );
    expect(answers.map((each) => [each.question, each.answered, each.sources[0]?.id])).toEqual([
      ['Mag ik een BSN mailen?', true, 'email-bsn'],
      ['Wat wordt het weer morgen?', false, undefined],
      ['How long do we keep pupil records?', true, 'retention-general'],
    ]);
  });

  it.each([
    [['ask', '--config', CONFIG], 'no question given'],
    [['ask', '--config', CONFIG, '--format', 'xml', 'vraag'], '--format must be text or json'],
    [['ask', '--config', CONFIG, '--stdin', 'vraag'], 'not both'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('exits 2 and names the file when the configuration cannot be read', async () => {
    const { code, stderr } = await run([
      'ask',
      '--config',
      'nergens.json',
      'Mag ik een BSN mailen?',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('nergens.json');
  });
});
