#!/usr/bin/env node
// Entry point of the `privacywacht` command. Production runs the compiled JavaScript that
// `npm run build` writes to dist/node/ (no tsx, no compiling at start-up); a development checkout
// without that build, or with PRIVACYWACHT_FROM_SOURCE=1 (the tests set it, so they never run a stale
// build), runs the TypeScript through tsx instead.
const { existsSync } = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '../dist/node/bot/cli/main.js');
if (process.env.PRIVACYWACHT_FROM_SOURCE !== '1' && existsSync(compiled)) {
  // Node 22+ keeps the compiled code of the modules on disk (in the temp folder), so from the
  // second start on `privacywacht scan` skips most of parsing zod, mailparser and the engine.
  require('node:module').enableCompileCache?.();
  require(compiled).runCli();
} else {
  try {
    require.resolve('tsx/cjs');
  } catch {
    process.stderr.write('privacywacht: no build in dist/node; run npm run build first\n');
    process.exit(70);
  }
  require('tsx/cjs');
  // The CLI loads its commands with import(), which goes through Node's ESM loader.
  require('tsx/esm/api').register();
  require('../bot/cli/main.ts').runCli();
}
