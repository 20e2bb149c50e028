import { findPregnancyWeeks } from '../../../../../shared/scan/text/pregnancy-weeks';
import { fold } from '../../../../../shared/scan/text/fold';

const weeksIn = (text: string) => {
  const folded = fold(text);
  return findPregnancyWeeks(folded).map((hit) => folded.slice(hit.start, hit.end));
};

describe('findPregnancyWeeks', () => {
  it.each([
    [
      'weeks in digits before a clause (nl)',
      'Ik ben nu 13 weken, dus het mag nog niet iedereen weten.',
      ['ik ben nu 13 weken'],
    ],
    [
      'weeks in words before "en" (nl)',
      'Ik ben nu elf weken en het gaat goed.',
      ['ik ben nu elf weken'],
    ],
    ['weeks with "zwanger" after them (nl)', 'Ik ben 11 weken zwanger.', ['ik ben 11 weken']],
    ['weeks "along" (en)', "I'm 13 weeks along, so please keep it quiet.", ["i'm 13 weeks"]],
  ])('finds %s', (_name, text, expected) => {
    expect(weeksIn(text)).toEqual(expected);
  });

  it.each([
    ['weeks away (nl)', 'Ik ben drie weken weg in de zomer.'],
    ['weeks ago (nl)', 'Ik ben twee weken geleden vertrokken.'],
    ['weeks in hospital (nl)', 'Ik ben drie weken opgenomen geweest.'],
    ['weeks on holiday (en)', "I'm two weeks on holiday from Monday."],
    ['weeks after surgery (nl)', 'Ik ben nu 6 weken na de operatie.'],
    ['too few weeks to be told (nl)', 'Ik ben nu twee weken, en het bevalt prima op school.'],
    ['someone else’s weeks (nl)', 'Zij is nu 13 weken, dus het mag nog niet iedereen weten.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(weeksIn(text)).toEqual([]);
  });
});
