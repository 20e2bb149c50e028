import { readBoardFiles } from '../../../../../shared/policy/pack/board-files';
import type { PackError } from '../../../../../shared/policy/pack/pack-error';
import { formatPackError } from '../../../../../shared/policy/pack/pack-error';

describe("a pack's board files", () => {
  it('adds nothing and keeps the product texts when the pack has neither file', () => {
    const errors: PackError[] = [];
    expect(readBoardFiles([{ path: 'contents.md', text: '' }], errors)).toEqual({
      scan: { citizenNumberLabels: [], pupilTerms: [], adultTerms: [], allowedNumbers: [] },
      guardTexts: { sections: {}, texts: {} },
      words: { synonyms: {}, fillers: [], outOfScope: [], inScope: [] },
    });
    expect(errors).toEqual([]);
  });

  it('reports the problems of every board file with their file and line', () => {
    const errors: PackError[] = [];
    readBoardFiles(
      [
        { path: 'scan.md', text: '---\npupil-words:\n  - zorgkaart\n---\n' },
        { path: 'guard-texts.md', text: '---\nsection-bsn: H5\n---\n\n# fr\n' },
        { path: 'words.md', text: '---\nsynoniemen:\n  - intern: iber\n---\n' },
      ],
      errors,
    );
    expect(errors.map(formatPackError)).toEqual([
      'scan.md:2: unknown key "pupil-words"; allowed keys: citizen-number-labels, pupil-terms, adult-terms, allowed-numbers',
      'guard-texts.md:5: expected "# nl" or "# en", got "# fr"',
      'words.md:2: unknown key "synoniemen"; allowed keys: synonyms, fillers, out-of-scope, in-scope',
    ]);
  });
});
