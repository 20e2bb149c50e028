// Edits to the served policy pack from the tab: the change is checked on the whole pack, written to
// the pack folder (which stays the source of truth, diffable and ready for git), recorded in the
// register's database with who and when, and the knowledge source reloads at once, so the bot
// answers with the new text without a restart. The bundled pack is never written to.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PackError } from '../../shared/policy/pack/pack-error';
import type { PackEdit, PackEditStore } from '../store/pack-edit-store';
import { changePack, type PackChange } from './pack-change';
import { readPackFiles } from './read-pack-folder';

export type PackEditResult =
  | { ok: true; edit: PackEdit }
  | { ok: false; reason: 'read-only' | 'not-found' | 'exists' | 'invalid'; errors: PackError[] };

export interface PackEditor {
  /** False for the pack that ships with Privacywacht: copy it and set policyPack to edit. */
  isEditable: boolean;
  change(change: PackChange, actor: PackEdit['actor']): Promise<PackEditResult>;
  history(entryId?: string): Promise<PackEdit[]>;
}

export interface PackEditorOptions {
  folder: string;
  isEditable: boolean;
  store: PackEditStore;
  /** Reads the pack again now (the knowledge source's reload); the watcher would, a moment later. */
  reload: () => void;
  clock: () => Date;
}

export function createPackEditor(options: PackEditorOptions): PackEditor {
  const { folder, store } = options;
  // One change at a time: the next reads the files the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const change = async (
    requested: PackChange,
    actor: PackEdit['actor'],
  ): Promise<PackEditResult> => {
    if (!options.isEditable)
      return {
        ok: false,
        reason: 'read-only',
        errors: [
          {
            file: '(pack)',
            message:
              'the pack that ships with Privacywacht cannot be edited: copy it and set policyPack in the configuration',
          },
        ],
      };
    const files = readPackFiles(folder);
    if (!files.ok) return { ok: false, reason: 'invalid', errors: files.errors };
    const result = changePack(files.files, requested);
    if (!result.ok) return result;
    for (const file of result.write) writeAtomically(path.join(folder, file.path), file.text);
    for (const file of result.remove) rmSync(path.join(folder, file), { force: true });
    const edit: PackEdit = {
      entryId: requested.kind === 'retire' ? requested.id : requested.entry.id,
      kind: requested.kind,
      at: options.clock().toISOString(),
      actor,
      ...(result.before ? { before: result.before } : {}),
      ...(result.after ? { after: result.after } : {}),
    };
    await store.record(edit);
    options.reload();
    return { ok: true, edit };
  };
  return {
    isEditable: options.isEditable,
    change(requested, actor) {
      const next = queue.then(() => change(requested, actor));
      queue = next.catch(() => undefined);
      return next;
    },
    history: (entryId) => store.history(entryId),
  };
}

/** Written beside and renamed into place, so the watcher never reads half a file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
