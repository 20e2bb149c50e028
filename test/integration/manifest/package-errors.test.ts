// `npm run package` with a missing or malformed input: it names the variable or key, exits with 2
// and writes nothing, so an admin never uploads a half-built package.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGE_ENV, runPackageCommand } from '../../helpers/app-package';

const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-package-errors-'));
let runs = 0;

async function packageWith(env: NodeJS.ProcessEnv) {
  const outDir = path.join(work, `out-${++runs}`);
  const result = await runPackageCommand(outDir, env);
  return { ...result, wroteAnything: existsSync(outDir) };
}

describe('npm run package with bad inputs', () => {
  it('names every missing variable at once and writes nothing', async () => {
    const result = await packageWith({ PRIVACYWACHT_CONFIG: PACKAGE_ENV.PRIVACYWACHT_CONFIG });
    expect(result).toMatchObject({ code: 2, stdout: '', wroteAnything: false });
    expect(result.stderr).toContain('niets geschreven (nothing written)');
    expect(result.stderr).toContain('PRIVACYWACHT_APP_ID is not set');
    expect(result.stderr).toContain('MicrosoftAppId is not set');
    expect(result.stderr).toContain('PRIVACYWACHT_PUBLIC_URL is not set');
  }, 30_000);

  it.each([
    ['PRIVACYWACHT_APP_ID', 'my-app', 'PRIVACYWACHT_APP_ID is not a GUID'],
    ['MicrosoftAppId', '9e8d7c6b-5a4f-4e3d-8c2b', 'MicrosoftAppId is not a GUID'],
    ['PRIVACYWACHT_PUBLIC_URL', 'http://privacywacht.kindante.nl', 'must use https'],
    [
      'PRIVACYWACHT_PUBLIC_URL',
      'https://kindante.nl/privacywacht',
      'must be an origin without a path',
    ],
    ['PRIVACYWACHT_PUBLIC_URL', 'privacywacht.kindante.nl', 'PRIVACYWACHT_PUBLIC_URL is not a URL'],
  ])(
    'refuses %s = "%s"',
    async (name, value, message) => {
      const result = await packageWith({ ...PACKAGE_ENV, [name]: value });
      expect(result).toMatchObject({ code: 2, wroteAnything: false });
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain(value);
    },
    30_000,
  );

  it('names the configuration key at fault', async () => {
    const config = path.join(work, 'bad.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        organisation: { name: 'School', domains: ['school.nl'] },
        encryption: { method: 'subject-tag', subjectTag: '[versleuteld]' },
        addin: { sendMode: 'sometimes' },
      }),
    );
    const result = await packageWith({ ...PACKAGE_ENV, PRIVACYWACHT_CONFIG: config });
    expect(result).toMatchObject({ code: 2, wroteAnything: false });
    expect(result.stderr).toContain('addin.sendMode');
  }, 30_000);
});
