// The add-in built for the second board: webpack reads privacywacht.config.json with its policy
// pack and inlines the board's scan words and guard texts into events.js and taskpane.js, so
// Outlook warns in that board's words without reaching the service.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(300_000);

const CONFIG = path.resolve(
  __dirname,
  '../../../packs/voorbeeld-stichting-de-linde/privacywacht.config.json',
);

let folder: string;
let events: string;
const saved = {
  config: process.env['PRIVACYWACHT_CONFIG'],
  bundles: process.env['PRIVACYWACHT_TEST_BUNDLES'],
};

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-second-pack-bundle-'));
  // webpack.config.ts reads the configuration when it loads: point it at the second board first,
  // and build afresh rather than copy the run's shared build (which has the first board's).
  process.env['PRIVACYWACHT_CONFIG'] = CONFIG;
  delete process.env['PRIVACYWACHT_TEST_BUNDLES'];
  const { buildAddinBundles } = await import('../../helpers/engine-bundle');
  await buildAddinBundles(folder, ['events']);
  events = readFileSync(path.join(folder, 'events.js'), 'utf8');
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  // The worker runs other test files next: give them the environment they started with.
  for (const [name, value] of [
    ['PRIVACYWACHT_CONFIG', saved.config],
    ['PRIVACYWACHT_TEST_BUNDLES', saved.bundles],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

test('inlines the second board’s vocabulary, sections and texts, contacts filled in', () => {
  expect(events).toContain('zorgkaart');
  expect(events).toContain('Handboek informatiebeveiliging De Linde, H5 Mailen (BCC en ouder-app)');
  expect(events).toContain('het meldpunt datalekken van De Linde (010-5550123)');
  expect(events).not.toContain('{contact.breachReport}');
});

test('carries nothing of the first board’s configuration', () => {
  expect(events).not.toMatch(/kindante\.nl|bsdewissel|Toussaint|046-4588776/);
});
