import { formatEntryFile } from '../../../../../shared/policy/pack/format-entry-file';
import { readEntryFile } from '../../../../../shared/policy/pack/entry-file';
import { formatPackError } from '../../../../../shared/policy/pack/pack-error';
import { parsePack, type PackFile } from '../../../../../shared/policy/pack/parse-pack';
import { kindanteKnowledge } from '../../../../helpers/knowledge';

/** A valid entry file; `id` and `related` vary per test. */
function entryFile(id: string, related: string[] = ['b']): string {
  return [
    '---',
    `id: ${id}`,
    'section: §12 Protocol datalekken',
    'related:',
    ...related.map((each) => `  - ${each}`),
    'review-by: 2027-08-01',
    '---',
    '',
    '# nl',
    '',
    '## Titel',
    '',
    'Een datalek melden',
    '',
    '## Antwoord',
    '',
    'Meld het direct bij {contact.breachReport}: ook wat je niet zeker weet.',
    '',
    '## Vragen',
    '',
    '- hoe meld ik een datalek',
    '',
    '# en',
    '',
    '## Title',
    '',
    'Reporting a breach',
    '',
    '## Answer',
    '',
    'Report it at once to {contact.breachReport}.',
    '',
    '## Questions',
    '',
    '- how do I report a breach',
    '',
  ].join('\n');
}

/** The entry file with a "## Situaties" part (and a "## Situations" part when `en` is given). */
function withSituations(text: string, nl: string[], en?: string[]): string {
  const part = (heading: string, items: string[]) =>
    `\n## ${heading}\n${items.length > 0 ? '\n' : ''}${items.map((item) => `- ${item}\n`).join('')}`;
  const dutch = text.replace(
    '- hoe meld ik een datalek\n',
    `- hoe meld ik een datalek\n${part('Situaties', nl)}`,
  );
  return en
    ? dutch.replace(
        '- how do I report a breach\n',
        `- how do I report a breach\n${part('Situations', en)}`,
      )
    : dutch;
}

function pack(changes: Record<string, string | undefined> = {}): PackFile[] {
  const files: Record<string, string | undefined> = {
    'contents.md': '# Inhoud\n\n## Datalekken\n\n- a\n- b\n',
    'knowledge/a.md': entryFile('a'),
    'knowledge/b.md': entryFile('b', ['a']),
    ...changes,
  };
  return Object.entries(files).flatMap(([path, text]) =>
    text === undefined ? [] : [{ path, text }],
  );
}

function errorsOf(files: PackFile[]): string[] {
  const result = parsePack(files);
  return result.ok ? [] : result.errors.map(formatPackError);
}

describe('parsePack', () => {
  it('reads a valid pack in the order of contents.md', () => {
    const result = parsePack(pack({ 'contents.md': '- b\n- a\n' }));
    expect(result.ok && result.pack.knowledge.map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(result.ok && result.pack.knowledge[1]).toEqual({
      id: 'a',
      title: { nl: 'Een datalek melden', en: 'Reporting a breach' },
      questions: { nl: ['hoe meld ik een datalek'], en: ['how do I report a breach'] },
      answer: {
        nl: 'Meld het direct bij {contact.breachReport}: ook wat je niet zeker weet.',
        en: 'Report it at once to {contact.breachReport}.',
      },
      section: '§12 Protocol datalekken',
      related: ['b'],
      reviewBy: '2027-08-01',
    });
  });

  it('reads the situations an entry covers per language, and leaves them out when not given', () => {
    const text = withSituations(
      entryFile('a'),
      ['laptop gestolen uit de auto', 'ik stuur zo het verslag naar de jeugdarts'],
      ['laptop stolen from the car'],
    );
    const result = readEntryFile('knowledge/a.md', text);
    expect(result.ok && result.entry.situations).toEqual({
      nl: ['laptop gestolen uit de auto', 'ik stuur zo het verslag naar de jeugdarts'],
      en: ['laptop stolen from the car'],
    });
    const dutchOnly = readEntryFile(
      'knowledge/a.md',
      withSituations(entryFile('a'), ['laptop gestolen uit de auto']),
    );
    expect(dutchOnly.ok && dutchOnly.entry.situations).toEqual({
      nl: ['laptop gestolen uit de auto'],
    });
    const without = readEntryFile('knowledge/a.md', entryFile('a'));
    expect(without.ok && 'situations' in without.entry).toBe(false);
  });

  it('writes situations back under each language, read back the same', () => {
    const text = withSituations(entryFile('a'), ['tas met dossiers gestolen']);
    const read = readEntryFile('knowledge/a.md', text);
    expect(read.ok && formatEntryFile(read.entry)).toBe(text);
  });

  it('joins an answer wrapped over lines with spaces and keeps paragraphs apart', () => {
    const text = entryFile('a').replace(
      'Meld het direct bij {contact.breachReport}: ook wat je niet zeker weet.',
      'Meld het direct\nbij de ICT.\n\nTweede alinea.',
    );
    const result = readEntryFile('knowledge/a.md', text);
    expect(result.ok && result.entry.answer.nl).toBe(
      'Meld het direct bij de ICT.\n\nTweede alinea.',
    );
  });

  // [what is broken, the changed files, the expected message (file:line: what)]
  const broken: [string, Record<string, string | undefined>, string][] = [
    [
      'a missing front matter field',
      { 'knowledge/a.md': entryFile('a').replace('section: §12 Protocol datalekken\n', '') },
      'knowledge/a.md:1: missing "section" in the front matter',
    ],
    [
      'an empty answer',
      {
        'knowledge/a.md': entryFile('a').replace(
          'Report it at once to {contact.breachReport}.',
          '',
        ),
      },
      'knowledge/a.md:29: ## Answer (en): expected the English answer, not empty text',
    ],
    [
      'a missing part',
      { 'knowledge/a.md': entryFile('a').replace('## Vragen\n\n- hoe meld ik een datalek\n', '') },
      'knowledge/a.md:9: missing "## Vragen" under "# nl"',
    ],
    [
      'a duplicate id',
      { 'knowledge/c.md': entryFile('a') },
      'knowledge/c.md:2: duplicate id "a": knowledge/a.md has it too',
    ],
    [
      'an id that is not the file name',
      { 'knowledge/b.md': entryFile('bee', ['a']) },
      'knowledge/b.md:2: id "bee" does not match the file name',
    ],
    [
      'a dangling related id',
      { 'knowledge/b.md': entryFile('b', ['a', 'gone']) },
      'knowledge/b.md:6: related: no entry has the id "gone"',
    ],
    [
      'an entry related to itself',
      { 'knowledge/b.md': entryFile('b', ['b']) },
      'knowledge/b.md:5: related: "b" is the entry itself',
    ],
    [
      'no front matter',
      { 'knowledge/a.md': entryFile('a').replace(/^---\n/, '') },
      'knowledge/a.md:1: expected front matter: the file starts with a "---" line',
    ],
    [
      'front matter not closed',
      { 'knowledge/a.md': '---\nid: a\n# nl\n' },
      'knowledge/a.md:1: front matter is not closed',
    ],
    [
      'a front matter line that is not "key: value"',
      { 'knowledge/a.md': entryFile('a').replace('review-by: 2027-08-01', 'review-by 2027-08-01') },
      'knowledge/a.md:6: expected "key: value" or "  - item", got "review-by 2027-08-01"',
    ],
    [
      'an unknown key',
      { 'knowledge/a.md': entryFile('a').replace('review-by:', 'reviewed:') },
      'knowledge/a.md:6: unknown key "reviewed"; allowed keys: id, section, related, review-by, supplier-names',
    ],
    [
      'a bad review date',
      { 'knowledge/a.md': entryFile('a').replace('2027-08-01', '1 augustus 2027') },
      'knowledge/a.md:6: review-by: expected the review date as YYYY-MM-DD',
    ],
    [
      'related given as text instead of a list',
      { 'knowledge/a.md': entryFile('a').replace('related:\n  - b', 'related: b') },
      'knowledge/a.md:4: related: expected a list of related entry ids',
    ],
    [
      'situations in the front matter, where they were before they moved into the body',
      {
        'knowledge/a.md': entryFile('a').replace(
          'review-by: 2027-08-01',
          'review-by: 2027-08-01\nsituations:\n  - laptop gestolen',
        ),
      },
      'knowledge/a.md:7: situations moved into the body: list them under "## Situaties" in "# nl" and "## Situations" in "# en"',
    ],
    [
      'an empty situations part',
      { 'knowledge/a.md': withSituations(entryFile('a'), []) },
      'knowledge/a.md:23: ## Situaties (nl): expected at least one situation, or leave the heading out',
    ],
    [
      'a situation that is not a list item',
      {
        'knowledge/a.md': withSituations(entryFile('a'), []).replace(
          '## Situaties\n',
          '## Situaties\n\nlaptop gestolen\n',
        ),
      },
      'knowledge/a.md:25: expected one situation per "- …" line, got "laptop gestolen"',
    ],
    [
      'situations given twice',
      {
        'knowledge/a.md': withSituations(entryFile('a'), ['laptop gestolen']).replace(
          '\n# en',
          '\n## Situaties\n\n- telefoon kwijt\n\n# en',
        ),
      },
      'knowledge/a.md:27: "## Situaties" is given twice under "# nl"',
    ],
    [
      'a question that is not a list item',
      { 'knowledge/a.md': entryFile('a').replace('- hoe meld ik', 'hoe meld ik') },
      'knowledge/a.md:21: expected one question per "- …" line, got "hoe meld ik een datalek"',
    ],
    [
      'an unknown heading',
      { 'knowledge/a.md': entryFile('a').replace('## Titel', '## Kop') },
      'knowledge/a.md:11: expected "## Titel", "## Antwoord", "## Vragen" or "## Situaties", got "## Kop"',
    ],
    [
      'an entry not listed in contents.md',
      { 'knowledge/c.md': entryFile('c', ['a']) },
      'knowledge/c.md:2: "c" is not listed in contents.md',
    ],
    [
      'a listed entry without a file',
      { 'contents.md': '- a\n- b\n- c\n' },
      'contents.md:3: "c" is listed, but knowledge/c.md does not exist',
    ],
    ['no contents.md', { 'contents.md': undefined }, 'contents.md: missing'],
  ];

  it.each(broken)('names the file and line of %s', (_what, changes, expected) => {
    const errors = errorsOf(pack(changes));
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });

  it('reports every broken file, not only the first', () => {
    const errors = errorsOf(
      pack({
        'knowledge/a.md': entryFile('a').replace('2027-08-01', 'soon'),
        'knowledge/b.md': entryFile('b', ['a']).replace('section: §12 Protocol datalekken\n', ''),
      }),
    );
    expect(errors.map((error) => error.split(':')[0])).toEqual([
      'knowledge/a.md',
      'knowledge/b.md',
    ]);
  });
});

describe('formatEntryFile', () => {
  it.each(kindanteKnowledge().map((entry) => [entry.id, entry]))(
    '%s: reads back as the same entry',
    (_id, entry) => {
      const result = readEntryFile(`knowledge/${entry.id}.md`, formatEntryFile(entry));
      expect(result.ok && result.entry).toEqual(entry);
    },
  );
});
