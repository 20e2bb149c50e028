// One change to a policy pack made in the tab — edit an entry, add one, retire one — worked out on
// the pack's files as text (no I/O): which files to write and remove, checked by parsing the whole
// pack as it would be after, so a change that breaks the pack is refused with file and line.
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import { readEntryFile } from '../../shared/policy/pack/entry-file';
import { formatEntryFile } from '../../shared/policy/pack/format-entry-file';
import type { PackError } from '../../shared/policy/pack/pack-error';
import {
  CONTENTS_FILE,
  KNOWLEDGE_FOLDER,
  parsePack,
  type PackFile,
} from '../../shared/policy/pack/parse-pack';

/** Where retired entries go: outside knowledge/, so they no longer answer, but kept to read back. */
const RETIRED_FOLDER = 'retired';
/** The theme in contents.md that entries added in the tab are listed under, until someone moves them. */
const ADDED_THEME = '## Toegevoegd in het tabblad';

export type PackChange =
  | { kind: 'edit'; entry: KnowledgeEntry }
  | { kind: 'add'; entry: KnowledgeEntry }
  | { kind: 'retire'; id: string };

export type PackChangeResult =
  | {
      ok: true;
      /** Files to write (new text), by path inside the pack. */
      write: PackFile[];
      /** Paths inside the pack to remove. */
      remove: string[];
      before?: KnowledgeEntry;
      after?: KnowledgeEntry;
    }
  | { ok: false; reason: 'not-found' | 'exists' | 'invalid'; errors: PackError[] };

const entryPath = (id: string) => `${KNOWLEDGE_FOLDER}/${id}.md`;

/**
 * @example changePack(files, { kind: 'retire', id: 'usb-stick' }) // { ok: true, write: [contents.md, retired/usb-stick.md, …], remove: ['knowledge/usb-stick.md'] }
 */
export function changePack(files: readonly PackFile[], change: PackChange): PackChangeResult {
  const id = change.kind === 'retire' ? change.id : change.entry.id;
  const current = files.find((file) => file.path === entryPath(id));
  const read = current ? readEntryFile(current.path, current.text) : undefined;
  const before = read?.ok ? read.entry : undefined;
  if (change.kind === 'add' && current)
    return {
      ok: false,
      reason: 'exists',
      errors: [{ file: entryPath(id), message: `an entry with the id "${id}" exists already` }],
    };
  if (change.kind !== 'add' && !current)
    return {
      ok: false,
      reason: 'not-found',
      errors: [{ file: entryPath(id), message: `no entry has the id "${id}"` }],
    };

  const write: PackFile[] = [];
  const remove: string[] = [];
  const contents = files.find((file) => file.path === CONTENTS_FILE)?.text ?? '';
  if (change.kind === 'edit')
    write.push({ path: entryPath(id), text: formatEntryFile(change.entry) });
  if (change.kind === 'add') {
    write.push({ path: entryPath(id), text: formatEntryFile(change.entry) });
    write.push({ path: CONTENTS_FILE, text: listInContents(contents, id) });
  }
  if (change.kind === 'retire') {
    remove.push(entryPath(id));
    write.push({ path: `${RETIRED_FOLDER}/${id}.md`, text: current?.text ?? '' });
    write.push({ path: CONTENTS_FILE, text: unlistFromContents(contents, id) });
    // Entries that point to the retired one would point nowhere: the pointer goes too.
    for (const file of files) {
      if (!file.path.startsWith(`${KNOWLEDGE_FOLDER}/`) || file.path === entryPath(id)) continue;
      const other = readEntryFile(file.path, file.text);
      if (!other.ok || !other.entry.related.includes(id)) continue;
      const related = other.entry.related.filter((each) => each !== id);
      write.push({ path: file.path, text: formatEntryFile({ ...other.entry, related }) });
    }
  }

  const after = new Map(files.map((file) => [file.path, file.text]));
  for (const path of remove) after.delete(path);
  for (const file of write) after.set(file.path, file.text);
  const parsed = parsePack([...after].map(([path, text]) => ({ path, text })));
  if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
  return {
    ok: true,
    write,
    remove,
    ...(before ? { before } : {}),
    ...(change.kind === 'retire' ? {} : { after: change.entry }),
  };
}

function listInContents(contents: string, id: string): string {
  const text = contents.endsWith('\n') || contents === '' ? contents : `${contents}\n`;
  const hasTheme = text.split('\n').some((line) => line.trim() === ADDED_THEME);
  return hasTheme ? `${text}- ${id}\n` : `${text}\n${ADDED_THEME}\n\n- ${id}\n`;
}

function unlistFromContents(contents: string, id: string): string {
  return contents
    .split('\n')
    .filter((line) => !/^[-*] +\S+\s*$/.test(line.trim()) || line.trim().slice(1).trim() !== id)
    .join('\n');
}
