// `npm run package [-- --out DIR]`: builds the app package for the Microsoft 365 admin center from
// privacywacht.config.json, environment variables and package.json's version. Every input is
// checked first; on any problem it names the variable or key and writes nothing.
//   DIR/package/privacywacht.zip   manifest.json, en.json, color.png, outline.png
//   DIR/package/manifest.xml       the XML add-in manifest for clients without the unified one
//   DIR/addin/assets/icon-*.png    the add-in's icons, served with the add-in's files
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { loadConfig, resolveConfigPath } from '../bot/config/load-config';
import { buildPackageContents } from './package-contents';
import { readPackageEnvironment } from './package-environment';
import { readPackageVersion } from './package-version';

const ROOT = path.resolve(__dirname, '..');
const ZIP_NAME = 'privacywacht.zip';
const XML_MANIFEST_NAME = 'manifest.xml';

/** Zip entries get a fixed time, so the same inputs give the same zip. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

type Result = { ok: true; written: string[] } | { ok: false; errors: string[] };

export function buildPackage(outDir: string, env: NodeJS.ProcessEnv): Result {
  const errors: string[] = [];
  const loaded = loadConfig(resolveConfigPath(undefined, env));
  if (!loaded.ok) errors.push(...loaded.errors);
  const environment = readPackageEnvironment(env);
  if (!environment.ok) errors.push(...environment.errors);
  const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  const version = readPackageVersion(packageJson.version);
  if (!version.ok) errors.push(version.error);
  if (!loaded.ok || !environment.ok || !version.ok) return { ok: false, errors };

  const contents = buildPackageContents({
    config: loaded.config,
    environment: environment.environment,
    version: version.version,
  });
  const packageDir = path.join(outDir, 'package');
  const addinDir = path.join(outDir, 'addin');
  const files: [string, Uint8Array | string][] = [
    [path.join(packageDir, ZIP_NAME), zipSync(contents.zipFiles, { level: 9, mtime: ZIP_TIME })],
    [path.join(packageDir, XML_MANIFEST_NAME), contents.xmlManifest],
    ...Object.entries(contents.addinIcons).map(([file, png]): [string, Uint8Array] => [
      path.join(addinDir, file),
      png,
    ]),
  ];
  for (const [file, content] of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { ok: true, written: files.map(([file]) => file) };
}

function main(): number {
  let outDir: string;
  try {
    const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
    outDir = path.resolve(values.out);
  } catch (error) {
    process.stderr.write(`privacywacht package: ${(error as Error).message}\n`);
    return 2;
  }
  const result = buildPackage(outDir, process.env);
  if (!result.ok) {
    process.stderr.write(
      `App-pakket niet gebouwd (app package not built); niets geschreven (nothing written):\n${result.errors
        .map((line) => `  ${line}`)
        .join('\n')}\n`,
    );
    return 2;
  }
  process.stdout.write(
    `App-pakket gebouwd (app package built):\n${result.written
      .map((file) => `  ${path.relative(process.cwd(), file)}`)
      .join('\n')}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main();
