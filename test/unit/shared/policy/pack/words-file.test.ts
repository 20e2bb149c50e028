import { formatPackError } from '../../../../../shared/policy/pack/pack-error';
import { readWordsFile } from '../../../../../shared/policy/pack/words-file';

const VALID = [
  '---',
  'synonyms:',
  "  - intern: IB'er, ib, ibber",
  '  - jeugdarts: GGD, schoolarts',
  'fillers:',
  '  - hoor',
  'out-of-scope:',
  '  - camerabeelden',
  'in-scope:',
  '  - Parnassys',
  '---',
  '',
  'Uitleg voor wie dit bestand bijhoudt: hier mag alles staan.',
].join('\n');

describe('words.md', () => {
  it('reads the lists, folding each word as the answerer reads it', () => {
    expect(readWordsFile('words.md', VALID)).toEqual({
      ok: true,
      words: {
        synonyms: { intern: ['iber', 'ib', 'ibber'], jeugdarts: ['ggd', 'schoolarts'] },
        fillers: ['hoor'],
        outOfScope: ['camerabeelden'],
        inScope: ['parnassys'],
      },
    });
  });

  it('treats a file with only front matter as no additions', () => {
    expect(readWordsFile('words.md', '---\n---\n')).toEqual({
      ok: true,
      words: { synonyms: {}, fillers: [], outOfScope: [], inScope: [] },
    });
  });

  it.each([
    [
      'an unknown key',
      VALID.replace('fillers:', 'stopwoorden:'),
      'words.md:5: unknown key "stopwoorden"; allowed keys: synonyms, fillers, out-of-scope, in-scope',
    ],
    [
      'a synonym line without the word the entries use',
      VALID.replace('  - jeugdarts: GGD, schoolarts', '  - GGD, schoolarts'),
      `words.md:4: synonyms: expected "word the entries use: staff's word, other word", got "GGD, schoolarts"`,
    ],
    [
      'a synonym line with nothing after the colon',
      VALID.replace('  - jeugdarts: GGD, schoolarts', '  - jeugdarts:'),
      'words.md:4: synonyms: no words after "jeugdarts:"',
    ],
    [
      'two words where one belongs',
      VALID.replace('  - hoor', '  - weet je'),
      'words.md:6: fillers: "weet je" is not one word: write it joined ("weetje") or leave it out',
    ],
    [
      'a word mapped to two entry words',
      VALID.replace('schoolarts', 'ib'),
      'words.md:4: synonyms: "ib" is mapped to "jeugdarts" here and to "intern" on line 3: keep one',
    ],
    [
      'a word listed both in and out of scope',
      VALID.replace('  - Parnassys', '  - camerabeelden'),
      'words.md:7: out-of-scope: "camerabeelden" is also listed under in-scope: keep one',
    ],
    [
      'a word where a list belongs',
      VALID.replace('fillers:\n  - hoor', 'fillers: hoor'),
      'words.md:5: fillers: expected a list, one "  - …" line each',
    ],
    [
      'no front matter',
      'synonyms:\n  - intern: iber\n',
      'words.md:1: expected front matter: the file starts with a "---" line',
    ],
  ])('names the file, the line and what to fix for %s', (_case, text, expected) => {
    const result = readWordsFile('words.md', text);
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([expected]);
  });
});
