import { LOWERCASE_FIRST_NAMES } from '../../../../../shared/policy/lexicon/first-names';
import { fold } from '../../../../../shared/scan/text/fold';

describe('the first-name list the scanners read', () => {
  it('holds every name as folded text spells it, accents and all', () => {
    const unreadable = [...LOWERCASE_FIRST_NAMES].filter((name) => fold(name) !== name);
    expect(unreadable).toEqual([]);
  });

  it('finds a name written with accents ("Hélène", "François")', () => {
    expect(LOWERCASE_FIRST_NAMES.has(fold('Hélène'))).toBe(true);
    expect(LOWERCASE_FIRST_NAMES.has(fold('François'))).toBe(true);
  });
});
