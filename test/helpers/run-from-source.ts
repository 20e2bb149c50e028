// Jest setup: `bin/privacywacht.cjs` started by a test runs the TypeScript under test, never a build
// left in dist/node/ (which may be older). test/integration/build/node-build.test.ts covers the build.
process.env['PRIVACYWACHT_FROM_SOURCE'] = '1';
