import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { kindanteKnowledge } from '../../helpers/knowledge';

const ROOT = path.resolve(__dirname, '../../..');
const KNOWLEDGE_BASE = kindanteKnowledge();
const ids = new Set(KNOWLEDGE_BASE.map((entry) => entry.id));
const CONTACT_KEYS = ['privacyOfficer', 'breachReport', 'ictDomain', 'communications'];

/** Sentences of an answer: text up to a full stop, question or exclamation mark and a space or the end. */
function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const isEnd =
      '.?!'.includes(text.charAt(i)) && (i === text.length - 1 || text.charAt(i + 1) === ' ');
    if (isEnd) {
      found.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (text.slice(start).trim() !== '') found.push(text.slice(start).trim());
  return found;
}

function sourceFiles(folder: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file, pattern);
    return pattern.test(name) ? [file] : [];
  });
}

describe('the knowledge base of the kindante pack', () => {
  it('has between 80 and 200 entries with unique kebab-case ids', () => {
    expect(KNOWLEDGE_BASE.length).toBeGreaterThanOrEqual(80);
    expect(KNOWLEDGE_BASE.length).toBeLessThanOrEqual(200);
    expect(ids.size).toBe(KNOWLEDGE_BASE.length);
    for (const entry of KNOWLEDGE_BASE) expect(entry.id).toMatch(/^[a-z\d]+(?:-[a-z\d]+)*$/);
  });

  it.each(KNOWLEDGE_BASE.map((entry) => [entry.id, entry]))(
    '%s: title, questions and answer in Dutch and English, a section, 1–4 sentences, known related ids',
    (_id, entry) => {
      expect(entry.title.nl.trim()).not.toBe('');
      expect(entry.title.en.trim()).not.toBe('');
      expect(entry.questions.nl.length).toBeGreaterThan(0);
      expect(entry.questions.en.length).toBeGreaterThan(0);
      expect(entry.section).toMatch(/(?:§\d+|Bijlage \d+|Samenvatting)/);
      for (const language of ['nl', 'en'] as const) {
        const count = sentences(entry.answer[language]).length;
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(4);
      }
      expect(entry.related.length).toBeGreaterThan(0);
      for (const related of entry.related) {
        expect(ids.has(related)).toBe(true);
        expect(related).not.toBe(entry.id);
      }
    },
  );

  it('uses only placeholders the configuration can fill', () => {
    const placeholders = KNOWLEDGE_BASE.flatMap((entry) =>
      [entry.answer.nl, entry.answer.en].flatMap((text) => text.match(/\{[^{}]*\}/g) ?? []),
    );
    const allowed = ['{organisation}', ...CONTACT_KEYS.map((key) => `{contact.${key}}`)];
    expect(placeholders.filter((placeholder) => !allowed.includes(placeholder))).toEqual([]);
  });

  it('cites every chapter and appendix of the policy', () => {
    const sections = KNOWLEDGE_BASE.map((entry) => entry.section).join(' ; ');
    for (let chapter = 1; chapter <= 12; chapter++) {
      expect(sections).toMatch(new RegExp(`§${chapter}(?!\\d)`));
    }
    for (let appendix = 1; appendix <= 11; appendix++) {
      expect(sections).toMatch(new RegExp(`Bijlage ${appendix}(?!\\d)`));
    }
  });

  it('has one entry per supplier of Bijlage 5', () => {
    const suppliers = KNOWLEDGE_BASE.filter((entry) => entry.section.startsWith('Bijlage 5 Lijst'));
    expect(suppliers.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['processor-afas', 'processor-snappet', 'processor-zwijsen']),
    );
    expect(suppliers.filter((entry) => entry.answer.nl.startsWith('Ja,')).length).toBe(29);
  });

  it('keeps the policy’s personal names and phone numbers out of the code and the pack', () => {
    const files = [
      ...['shared', 'bot'].flatMap((folder) => sourceFiles(path.join(ROOT, folder))),
      ...sourceFiles(path.join(ROOT, 'packs'), /\.md$/),
    ];
    const offending = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /Toussaint|Rooij|Golsteyn|4588776|4007605/i.test(text);
    });
    expect(offending).toEqual([]);
  });
});
