// Builds the add-in's engine bundle with the real webpack config and loads it in a bare JavaScript
// context (no Node, no DOM), as Outlook's JavaScript-only runtime would run it, or as a plain
// script for the benchmark.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import webpack from 'webpack';
import config from '../../webpack.config';
import type { ScanPolicy } from '../../shared/scan/scan-policy';
import type { MailInput, ScanResult } from '../../shared/scan/types';

export interface BundledEngine {
  buildScanPolicy(config: unknown): ScanPolicy;
  scanMail(mail: MailInput, policy: ScanPolicy): ScanResult;
}

/** Names the folder of bundles built once per jest run (test/helpers/build-bundles-once.ts). */
export const BUNDLES_ENV = 'PRIVACYWACHT_TEST_BUNDLES';

/**
 * Builds the add-in's bundles (all, or those named: "events", "taskpane") into `outDir` with the
 * real webpack config; in a jest run that built them once already, copies that build instead.
 */
export function buildAddinBundles(outDir: string, names?: string[]): Promise<void> {
  const built = process.env[BUNDLES_ENV];
  const wanted = names ?? config.map((entry) => entry.name ?? '');
  if (built && wanted.every((name) => existsSync(path.join(built, name)))) {
    for (const name of wanted) cpSync(path.join(built, name), outDir, { recursive: true });
    return Promise.resolve();
  }
  const configs = config
    .filter((entry) => !names || names.includes(entry.name ?? ''))
    .map((entry) => ({ ...entry, output: { ...entry.output, path: outDir } }));
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error || !stats) reject(error ?? new Error('webpack gave no result'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

/** Builds into `outDir` and returns the engine bundle's source. */
export async function buildEngineBundle(outDir: string): Promise<string> {
  await buildAddinBundles(outDir, ['events']);
  return readFileSync(path.join(outDir, 'scan-engine.js'), 'utf8');
}

/** In a fresh, empty context: proves the bundle needs nothing from Node or the DOM. */
export function loadEngineBundle(source: string): BundledEngine {
  const context = vm.createContext({});
  vm.runInContext(`${source}\nthis.engine = PrivacywachtEngine;`, context);
  return (context as { engine: BundledEngine }).engine;
}

/**
 * As a plain script in this realm, for timing: global look-ups in a vm context go through
 * interceptors and run many times slower than in a browser or Outlook runtime.
 */
export function loadEngineBundleForTiming(source: string): BundledEngine {
  return vm.runInThisContext(
    `(function () {\n${source}\nreturn PrivacywachtEngine;\n})()`,
  ) as BundledEngine;
}
