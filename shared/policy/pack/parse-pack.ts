// Parses a policy pack from its files' text (no I/O: the bot reads the folder, a test passes
// strings): every entry file against the schema, then the pack as a whole — ids unique and equal
// to their file names, every entry listed once in contents.md, every related id known.
import type { KnowledgeEntry } from '../knowledge/types';
import { readBoardFiles, type BoardFiles } from './board-files';
import { readContentsFile } from './contents-file';
import { readEntryFile } from './entry-file';
import type { PackError } from './pack-error';

export const CONTENTS_FILE = 'contents.md';
export const KNOWLEDGE_FOLDER = 'knowledge';

/** A file of the pack: its path inside the pack ("knowledge/a.md") and its text. */
export interface PackFile {
  path: string;
  text: string;
}

export interface PolicyPack extends BoardFiles {
  /** The knowledge entries, in the order of contents.md. */
  knowledge: readonly KnowledgeEntry[];
}

export type PackResult = { ok: true; pack: PolicyPack } | { ok: false; errors: PackError[] };

/**
 * @example parsePack([{ path: 'contents.md', text: '- a' }, { path: 'knowledge/a.md', text }]).ok // true
 */
export function parsePack(files: readonly PackFile[]): PackResult {
  const errors: PackError[] = [];
  const contents = files.find((file) => file.path === CONTENTS_FILE);
  if (!contents)
    errors.push({
      file: CONTENTS_FILE,
      message: 'missing: the pack lists its entries in contents.md',
    });

  const read = new Map<string, { entry: KnowledgeEntry; file: string; idLine: number }>();
  for (const file of files) {
    if (!file.path.startsWith(`${KNOWLEDGE_FOLDER}/`) || !file.path.endsWith('.md')) continue;
    const result = readEntryFile(file.path, file.text);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const { entry, idLine } = result;
    const expected = `${KNOWLEDGE_FOLDER}/${entry.id}.md`;
    const earlier = read.get(entry.id);
    if (earlier)
      errors.push({
        file: file.path,
        line: idLine,
        message: `duplicate id "${entry.id}": ${earlier.file} has it too`,
      });
    else if (file.path !== expected)
      errors.push({
        file: file.path,
        line: idLine,
        message: `id "${entry.id}" does not match the file name: rename the file to ${expected} or fix the id`,
      });
    else read.set(entry.id, { entry, file: file.path, idLine });
  }

  const knowledge: KnowledgeEntry[] = [];
  const listed = new Set<string>();
  for (const { id, line } of contents ? readContentsFile(contents.text) : []) {
    if (listed.has(id)) {
      errors.push({ file: CONTENTS_FILE, line, message: `"${id}" is listed twice` });
      continue;
    }
    listed.add(id);
    const found = read.get(id);
    if (found) knowledge.push(found.entry);
    else if (!files.some((file) => file.path === `${KNOWLEDGE_FOLDER}/${id}.md`))
      errors.push({
        file: CONTENTS_FILE,
        line,
        message: `"${id}" is listed, but ${KNOWLEDGE_FOLDER}/${id}.md does not exist`,
      });
  }
  if (contents)
    for (const { entry, file, idLine } of read.values())
      if (!listed.has(entry.id))
        errors.push({
          file,
          line: idLine,
          message: `"${entry.id}" is not listed in ${CONTENTS_FILE}: add a "- ${entry.id}" line under its theme`,
        });

  for (const { entry, file } of read.values()) {
    const text = files.find((each) => each.path === file)?.text ?? '';
    for (const related of entry.related) {
      if (read.has(related) && related !== entry.id) continue;
      // An entry whose own file is broken is reported there already.
      if (
        related !== entry.id &&
        files.some((each) => each.path === `${KNOWLEDGE_FOLDER}/${related}.md`)
      )
        continue;
      errors.push({
        file,
        line: lineContaining(text, `- ${related}`),
        message:
          related === entry.id
            ? `related: "${related}" is the entry itself`
            : `related: no entry has the id "${related}"`,
      });
    }
  }
  const board = readBoardFiles(files, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pack: { knowledge, ...board } };
}

/** 1-based line of the first line that is `text` once trimmed, else 1. */
function lineContaining(text: string, wanted: string): number {
  const at = text.split(/\r?\n/).findIndex((line) => line.trim() === wanted);
  return at === -1 ? 1 : at + 1;
}
