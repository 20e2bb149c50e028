// Reads a policy pack folder from disk (contents.md, knowledge/*.md, and scan.md, guard-texts.md and
// words.md when present) and parses it; a folder or file that cannot be read is a pack error like any other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CONTENTS_FILE,
  KNOWLEDGE_FOLDER,
  parsePack,
  type PackFile,
  type PackResult,
} from '../../shared/policy/pack/parse-pack';
import { GUARD_TEXTS_FILE } from '../../shared/policy/pack/guard-texts-file';
import type { PackError } from '../../shared/policy/pack/pack-error';
import { SCAN_FILE } from '../../shared/policy/pack/scan-file';
import { WORDS_FILE } from '../../shared/policy/pack/words-file';
import { describeReadError } from '../files/read-error';

/** Files a pack may leave out. */
const OPTIONAL_FILES = new Set([CONTENTS_FILE, SCAN_FILE, GUARD_TEXTS_FILE, WORDS_FILE]);

/** @example readPackFolder('packs/kindante') // { ok: true, pack: { knowledge: [ … 180 entries ] } } */
export function readPackFolder(folder: string): PackResult {
  const read = readPackFiles(folder);
  return read.ok ? parsePack(read.files) : read;
}

/** The pack's files as text, unparsed: for parsing, or for an edit to change some and parse again. */
export function readPackFiles(
  folder: string,
): { ok: true; files: PackFile[] } | { ok: false; errors: PackError[] } {
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
    SCAN_FILE,
    GUARD_TEXTS_FILE,
    WORDS_FILE,
    ...names.sort().map((name) => `${KNOWLEDGE_FOLDER}/${name}`),
  ]) {
    try {
      files.push({ path: file, text: readFileSync(path.join(folder, file), 'utf8') });
    } catch (error) {
      // A missing contents.md is reported by the parser; the board files are optional.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && OPTIONAL_FILES.has(file)) continue;
      return { ok: false, errors: [{ file, message: describeReadError(error) }] };
    }
  }
  return { ok: true, files };
}
