import { wordsOf } from '../../../../bot/qa/analyzer';
import { countOutsideWords, outsideScore, wordStemsOf } from '../../../../bot/qa/outside-words';

// Ten tuning questions: pay and printers asked about only outside the policy, mail and pupils inside.
const counts = countOutsideWords(
  [
    ...Array.from({ length: 4 }, () => ({
      words: wordsOf('Wanneer komt mijn salaris?'),
      inScope: false,
    })),
    { words: wordsOf('De printer geeft strepen'), inScope: false },
    { words: wordsOf('De printer is stuk'), inScope: false },
    { words: wordsOf('Mag ik een mail met leerlinggegevens sturen?'), inScope: true },
    { words: wordsOf('Mag ik leerlinggegevens in mijn mail zetten?'), inScope: true },
    { words: wordsOf('Mag een printer van school mail sturen?'), inScope: true },
    { words: wordsOf('Mag ik leerlinggegevens thuis bekijken?'), inScope: true },
  ],
  2,
);

describe('countOutsideWords', () => {
  it('counts in how many questions of each kind a stem occurs', () => {
    expect(counts.inScope).toBe(4);
    expect(counts.outOfScope).toBe(6);
    expect(counts.words[wordStemsOf(['salaris'])[0] ?? '']).toEqual([0, 4]);
    expect(counts.words[wordStemsOf(['printer'])[0] ?? '']).toEqual([1, 2]);
  });

  it('leaves out a stem fewer questions have than asked', () => {
    expect(counts.words[wordStemsOf(['strepen'])[0] ?? '']).toBeUndefined();
  });
});

describe('outsideScore', () => {
  it('is above 0 for the words of outside questions and below 0 for those of policy questions', () => {
    expect(outsideScore(wordsOf('Wanneer wordt het salaris betaald?'), counts)).toBeGreaterThan(0);
    expect(outsideScore(wordsOf('leerlinggegevens mailen'), counts)).toBeLessThan(0);
  });

  it('is 0 when no word was counted, so a new topic is left to the other evidence', () => {
    expect(outsideScore(wordsOf('Hoe laat begint de kerstviering?'), counts)).toBe(0);
  });

  it('weighs a word by how often it occurs in each kind of question', () => {
    const printer = outsideScore(wordsOf('printer'), counts);
    const salary = outsideScore(wordsOf('salaris'), counts);
    expect(printer).toBeGreaterThan(0);
    expect(salary).toBeGreaterThan(printer);
  });

  it('stays within ±4, so one rare word cannot decide alone', () => {
    const lopsided = countOutsideWords(
      [
        ...Array.from({ length: 500 }, () => ({ words: ['loonstrook'], inScope: false })),
        ...Array.from({ length: 5000 }, () => ({ words: ['dossier'], inScope: true })),
      ],
      1,
    );
    expect(outsideScore(['loonstrook'], lopsided)).toBe(4);
    expect(outsideScore(['dossier'], lopsided)).toBe(-4);
  });

  it('reads the shipped counts from the tuning questions', () => {
    expect(
      outsideScore(wordsOf('Wanneer wordt het salaris van december overgemaakt?')),
    ).toBeGreaterThan(0);
    expect(outsideScore(wordsOf('Mag ik het leerlingdossier mailen?'))).toBeLessThan(0);
  });
});
