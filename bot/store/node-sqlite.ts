// Node's built-in SQLite (node:sqlite), loaded without its "experimental feature" notice: Node 22
// and the first Node 24 releases print that notice to stderr when the module first loads, which
// would end up in the output of `privacywacht incidents`. Only that one warning is held back, and
// only while the module loads; every other warning still reaches stderr.
import type * as NodeSqlite from 'node:sqlite';

const EXPERIMENTAL_NOTICE = 'SQLite is an experimental feature';

function loadQuietly(): typeof NodeSqlite {
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning: string | Error, ...rest: never[]) => {
    const message = typeof warning === 'string' ? warning : warning.message;
    if (!message.startsWith(EXPERIMENTAL_NOTICE)) emitWarning(warning, ...rest);
  };
  try {
    return process.getBuiltinModule('node:sqlite');
  } finally {
    process.emitWarning = emitWarning;
  }
}

export const { DatabaseSync } = loadQuietly();
