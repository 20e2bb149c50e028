// The folder Privacywacht is installed in (the one with package.json), from the source (bot/server/)
// and from the compiled output (dist/node/bot/server/) alike, so built files are found either way.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder at or above `from` that holds a package.json. */
export function installFolder(from = __dirname): string {
  let folder = path.resolve(from);
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${from}`);
    folder = parent;
  }
  return folder;
}
