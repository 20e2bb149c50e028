// Compiles the service and CLI with the production tsconfig (tsconfig.build.json) into a folder laid
// out like an installation: bin/, dist/node/, package.json and the dependencies, for tests and the
// benchmark that run `privacywacht` as an admin would after `npm run build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Returns the installation folder; its `bin/privacywacht.cjs` runs the compiled dist/node/. */
export function buildNodeInstall(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-install-'));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      path.join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      path.join(folder, 'dist/node'),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  mkdirSync(path.join(folder, 'bin'));
  copyFileSync(path.join(ROOT, 'bin/privacywacht.cjs'), path.join(folder, 'bin/privacywacht.cjs'));
  copyFileSync(path.join(ROOT, 'package.json'), path.join(folder, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  return folder;
}

/**
 * The environment in which an installation's `bin/privacywacht.cjs` runs its compiled build: this
 * process's own, without the switch the tests set to run the TypeScript instead.
 */
export function compiledRunEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['PRIVACYWACHT_FROM_SOURCE'];
  return env;
}

/**
 * A module to preload with `node --require`: exits with code 99 if tsx was loaded, so a test can
 * prove the compiled CLI runs without it.
 */
export function writeNoTsxCheck(folder: string): string {
  const file = path.join(folder, 'no-tsx-check.cjs');
  writeFileSync(
    file,
    `process.on('exit', () => {
  if (Object.keys(require.cache).some((name) => name.includes('/node_modules/tsx/'))) process.exitCode = 99;
});\n`,
  );
  return file;
}
