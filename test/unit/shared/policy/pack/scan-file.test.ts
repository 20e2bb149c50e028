import { formatPackError } from '../../../../../shared/policy/pack/pack-error';
import { readScanFile } from '../../../../../shared/policy/pack/scan-file';

const VALID = [
  '---',
  'citizen-number-labels:',
  '  - zorgnummer',
  'pupil-terms:',
  '  - zorgkaart',
  '  - lindeplan',
  'adult-terms: []',
  'allowed-numbers:',
  '  - 8034.56.128',
  '---',
  '',
  'Uitleg voor wie dit bestand bijhoudt: hier mag alles staan.',
].join('\n');

describe('scan.md', () => {
  it('reads the vocabulary lists and ignores the explanation below them', () => {
    expect(readScanFile('scan.md', VALID)).toEqual({
      ok: true,
      scan: {
        citizenNumberLabels: ['zorgnummer'],
        pupilTerms: ['zorgkaart', 'lindeplan'],
        adultTerms: [],
        allowedNumbers: ['8034.56.128'],
      },
    });
  });

  it('treats a file with only front matter and no keys as no additions', () => {
    expect(readScanFile('scan.md', '---\n---\n')).toEqual({
      ok: true,
      scan: { citizenNumberLabels: [], pupilTerms: [], adultTerms: [], allowedNumbers: [] },
    });
  });

  it.each([
    [
      'an unknown key',
      VALID.replace('pupil-terms:', 'leerling-woorden:'),
      'scan.md:4: unknown key "leerling-woorden"; allowed keys: citizen-number-labels, pupil-terms, adult-terms, allowed-numbers',
    ],
    [
      'a number that is not one',
      VALID.replace('  - 8034.56.128', '  - ons RSIN!'),
      "scan.md:9: allowed-numbers: expected the board's own RSIN, KvK or BRIN number, e.g. 8012.34.567",
    ],
    [
      'a word where a list belongs',
      VALID.replace('pupil-terms:\n  - zorgkaart\n  - lindeplan', 'pupil-terms: zorgkaart'),
      'scan.md:4: pupil-terms: expected a list of words, one "  - …" line each',
    ],
    [
      'no front matter',
      'citizen-number-labels:\n  - zorgnummer\n',
      'scan.md:1: expected front matter: the file starts with a "---" line',
    ],
    [
      'front matter that is not closed',
      '---\npupil-terms:\n  - zorgkaart\n',
      'scan.md:1: front matter is not closed: add a "---" line after it',
    ],
  ])('names the file and line of %s', (_case, text, expected) => {
    const result = readScanFile('scan.md', text);
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([expected]);
  });
});
