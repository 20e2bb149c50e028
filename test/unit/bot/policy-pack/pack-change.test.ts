import path from 'node:path';
import { changePack, type PackChange } from '../../../../bot/policy-pack/pack-change';
import { readPackFiles } from '../../../../bot/policy-pack/read-pack-folder';
import type { KnowledgeEntry } from '../../../../shared/policy/knowledge/types';
import { readEntryFile } from '../../../../shared/policy/pack/entry-file';
import { formatPackError } from '../../../../shared/policy/pack/pack-error';
import { parsePack, type PackFile } from '../../../../shared/policy/pack/parse-pack';

const FOLDER = path.resolve(__dirname, '../../../../packs/voorbeeld-stichting-de-linde');

function files(): PackFile[] {
  const read = readPackFiles(FOLDER);
  if (!read.ok) throw new Error(read.errors.map(formatPackError).join('\n'));
  return read.files;
}

function entry(id: string): KnowledgeEntry {
  const file = files().find((each) => each.path === `knowledge/${id}.md`);
  const read = file && readEntryFile(file.path, file.text);
  if (!read?.ok) throw new Error(`no entry ${id}`);
  return read.entry;
}

/** The pack after the change's writes and removals. */
function applied(result: ReturnType<typeof changePack>): PackFile[] {
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
  const after = new Map(files().map((file) => [file.path, file.text]));
  for (const removed of result.remove) after.delete(removed);
  for (const written of result.write) after.set(written.path, written.text);
  return [...after].map(([path, text]) => ({ path, text }));
}

const NEW_ENTRY: KnowledgeEntry = {
  id: 'printer-ophalen',
  title: { nl: 'Afdrukken ophalen', en: 'Collecting prints' },
  questions: {
    nl: ['mag een afdruk in de printer blijven liggen'],
    en: ['may a print stay in the printer'],
  },
  answer: { nl: 'Haal afdrukken meteen op.', en: 'Collect prints at once.' },
  section: 'Handboek informatiebeveiliging De Linde H4',
  related: ['usb-stick'],
  reviewBy: '2027-12-01',
};

describe('a change to a pack from the tab', () => {
  it('rewrites only the edited entry, and the pack reads back with the new text', () => {
    const edited = {
      ...entry('usb-stick'),
      answer: { nl: 'Nooit een stick.', en: 'Never a stick.' },
    };
    const result = changePack(files(), { kind: 'edit', entry: edited });
    expect(result.ok && result.write.map((file) => file.path)).toEqual(['knowledge/usb-stick.md']);
    expect(result.ok && result.before?.answer.nl).toMatch(
      /^Bij De Linde gebruik je geen usb-sticks/,
    );
    const parsed = parsePack(applied(result));
    expect(
      parsed.ok && parsed.pack.knowledge.find((each) => each.id === 'usb-stick')?.answer.nl,
    ).toBe('Nooit een stick.');
  });

  it('adds an entry and lists it in contents.md under its own theme', () => {
    const result = changePack(files(), { kind: 'add', entry: NEW_ENTRY });
    const after = applied(result);
    expect(after.find((file) => file.path === 'contents.md')?.text).toMatch(
      /\n## Toegevoegd in het tabblad\n\n- printer-ophalen\n$/,
    );
    const parsed = parsePack(after);
    expect(parsed.ok && parsed.pack.knowledge.at(-1)?.id).toBe('printer-ophalen');
  });

  it('retires an entry: unlisted, moved to retired/, and no other entry points to it', () => {
    const result = changePack(files(), { kind: 'retire', id: 'usb-stick' });
    expect(result.ok && result.remove).toEqual(['knowledge/usb-stick.md']);
    const after = applied(result);
    expect(after.some((file) => file.path === 'retired/usb-stick.md')).toBe(true);
    const parsed = parsePack(after);
    expect(parsed.ok).toBe(true);
    const knowledge = parsed.ok ? parsed.pack.knowledge : [];
    expect(knowledge.map((each) => each.id)).not.toContain('usb-stick');
    expect(knowledge.filter((each) => each.related.includes('usb-stick'))).toEqual([]);
    expect(knowledge.find((each) => each.id === 'mail-prive')?.related).toEqual([]);
  });

  it.each<[string, PackChange, string, string]>([
    [
      'an edit of an entry that does not exist',
      { kind: 'edit', entry: NEW_ENTRY },
      'not-found',
      'knowledge/printer-ophalen.md: no entry has the id "printer-ophalen"',
    ],
    [
      'an add of an id that exists',
      { kind: 'add', entry: { ...NEW_ENTRY, id: 'usb-stick' } },
      'exists',
      'knowledge/usb-stick.md: an entry with the id "usb-stick" exists already',
    ],
    [
      'an edit that points to an unknown entry',
      { kind: 'edit', entry: { ...entry('wachtwoord'), related: ['bestaat-niet'] } },
      'invalid',
      'knowledge/wachtwoord.md:5: related: no entry has the id "bestaat-niet"',
    ],
  ])('refuses %s, naming the file', (_case, change, reason, message) => {
    const result = changePack(files(), change);
    expect(result.ok ? undefined : [result.reason, result.errors.map(formatPackError)]).toEqual([
      reason,
      [message],
    ]);
  });
});
