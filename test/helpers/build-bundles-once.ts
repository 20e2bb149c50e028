// Jest global setup of the integration tests: builds every webpack bundle (events, taskpane, tab, …)
// once per run, each into its own folder, and names the folder in PRIVACYWACHT_TEST_BUNDLES, so
// buildAddinBundles copies the files instead of running webpack again in every test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import config from '../../webpack.config';
import { BUNDLES_ENV, buildAddinBundles } from './engine-bundle';

export default async function buildBundlesOnce(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-bundles-'));
  const names = config.map((entry) => entry.name ?? '');
  await Promise.all(names.map((name) => buildAddinBundles(path.join(folder, name), [name])));
  // Test workers start after the global setup and inherit this process's environment.
  process.env[BUNDLES_ENV] = folder;
}
