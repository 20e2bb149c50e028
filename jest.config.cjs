// Jest: layers runnable alone with --selectProjects (unit, integration).
const { availableParallelism } = require('node:os');
const swc = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];
// office-addin-mock pulls in a few ESM-only packages, and jose is ESM-only; compile those to CommonJS too.
const esmPackages = ['strip-bom', 'uuid', 'jose'];
const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform: { '^.+\\.[cm]?[jt]sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(.*/node_modules/)?(${esmPackages.join('|')})/)`],
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  setupFiles: ['<rootDir>/test/helpers/run-from-source.ts'],
  ...extra,
});
module.exports = {
  // Jest's default (one worker fewer than the cores) gives a 2-core CI machine one worker. The
  // suites wait much of their time on Chromium, servers and child processes, so a worker per core
  // keeps both busy: the whole run took 8 min 42 s with one worker and 6 min 39 s with two. A
  // third worker filled the waits further: Jest took 353 s with three and 383 s with four, against
  // 395 s with two (sixteenth session, same commit). But with three, two clean-clone runs in a row
  // failed (twenty-seventh session) on a browser step that waited out Playwright's 30 s (a date
  // field's fill, an Adaptive Card's radio button), while each test passed alone in 3 to 12 s:
  // the browsers were starved. A worker per core keeps them fed; 40 s slower is the price.
  maxWorkers: availableParallelism(),
  // Real servers, SQLite and Chromium start in hooks and first tests: 5 s (Jest's default) is too
  // tight on a loaded 2-core machine (a task pane test's first Chromium page took longer with two
  // workers), so a hook or test that really hangs fails at 30 s instead. Jest reads this option
  // only here: set on a project, it was silently ignored.
  testTimeout: 30_000,
  projects: [
    project('unit'),
    // webpack builds the bundles once per run for every integration test that needs them.
    project('integration', { globalSetup: '<rootDir>/test/helpers/build-bundles-once.ts' }),
  ],
};
