#!/usr/bin/env node
// Entry point of the `privacywacht` command: runs the TypeScript CLI through tsx.
require('tsx/cjs');
require('../bot/cli/main.ts').runCli();
