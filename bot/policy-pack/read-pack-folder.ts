// Reads a policy pack folder from disk (contents.md and knowledge/*.md) and parses it; a folder or
// file that cannot be read is a pack error like any other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONTENTS_FILE,
  KNOWLEDGE_FOLDER,
  parsePack,
  type PackFile,
  type PackResult,
} from '../../shared/policy/pack/parse-pack';
import { describeReadError } from '../files/read-error';

/** @example readPackFolder('packs/kindante') // { ok: true, pack: { knowledge: [ … 180 entries ] } } */
export function readPackFolder(folder: string): PackResult {
  let names: string[];
  try {
    names = readdirSync(path.join(folder, KNOWLEDGE_FOLDER)).filter((name) => name.endsWith('.md'));
  } catch (error) {
    return {
      ok: false,
      errors: [{ file: path.join(folder, KNOWLEDGE_FOLDER), message: describeReadError(error) }],
    };
  }
  const files: PackFile[] = [];
  for (const file of [
    CONTENTS_FILE,
    ...names.sort().map((name) => `${KNOWLEDGE_FOLDER}/${name}`),
  ]) {
    try {
      files.push({ path: file, text: readFileSync(path.join(folder, file), 'utf8') });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && file === CONTENTS_FILE) continue;
      return { ok: false, errors: [{ file, message: describeReadError(error) }] };
    }
  }
  return parsePack(files);
}
