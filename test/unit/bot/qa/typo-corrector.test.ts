import { createTypoCorrector } from '../../../../bot/qa/typo-corrector';

const correct = createTypoCorrector(new Set(['kind', 'gegevens', 'wachtwoord', 'leerling']));

describe('createTypoCorrector', () => {
  it('reads a known word one slip away', () => {
    expect(correct('wachtwoort')).toBe('wachtwoord');
  });

  it('reads the slip in the tail of a compound with a known head: "kindgegevns"', () => {
    expect(correct('kindgegevns')).toBe('kindgegevens');
  });

  it('leaves a compound of two known parts, and a word with no known head, as typed (near miss)', () => {
    expect(correct('kindgegevens')).toBeUndefined();
    expect(correct('groepgegevns')).toBeUndefined();
  });

  it('reads a swapped letter in the long tail of a compound with a new head: "sollicitatiebreiven"', () => {
    const tails = createTypoCorrector(new Set(['brieven', 'controle', 'leerling']));
    expect(tails('sollicitatiebreiven')).toBe('sollicitatiebrieven');
    // A cut one letter into a known tail, or a known tail already, is no slip (near misses).
    expect(tails('luizencontrole')).toBeUndefined();
    expect(tails('sollicitatiebrieven')).toBeUndefined();
  });

  it('reads "y" typed for "ij": "eindverantwoordelyk"', () => {
    const dutch = createTypoCorrector(new Set(['eindverantwoordelijk', 'privacy']));
    expect(dutch('eindverantwoordelyk')).toBe('eindverantwoordelijk');
    // A known word with a "y" stays as typed (near miss).
    expect(dutch('privacy')).toBeUndefined();
  });

  it('reads a lost doubled letter besides a lost letter in a long word: "toestming"', () => {
    const doubled = createTypoCorrector(new Set(['toestemming', 'afbeeldingen', 'personal']));
    expect(doubled('toestming')).toBe('toestemming');
    // A doubling the known word lacks, or a changed letter besides it, is another word.
    expect(doubled('personeel')).toBeUndefined();
    expect(doubled('afmeldingen')).toBeUndefined();
  });
});
