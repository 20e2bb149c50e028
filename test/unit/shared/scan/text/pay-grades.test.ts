import { findPayGrades } from '../../../../../shared/scan/text/pay-grades';
import { fold } from '../../../../../shared/scan/text/fold';

const gradesIn = (text: string) => findPayGrades(fold(text)).map((hit) => hit.grade);

describe('findPayGrades', () => {
  it.each([
    ['a scale and step (nl)', 'Op mijn strook staat schaal L10 trede 3.', ['schaal l10 trede 3']],
    [
      'a scale code and step (nl)',
      '- Olaf Brouns (0,8 fte): L10, trede 6, € 4.486',
      ['l10, trede 6'],
    ],
    ['a support-staff scale (nl)', 'Noa van Dijk: schaal 6, trede 4', ['schaal 6, trede 4']],
    ['a scale and step (en)', 'She is on salary scale 9, step 4.', ['salary scale 9, step 4']],
  ])('finds %s', (_name, text, expected) => {
    expect(gradesIn(text)).toEqual(expected);
  });

  it.each([
    ['a step of a stair (nl)', 'Let op de losse trede van de trap.'],
    ['a scale without a step (nl)', 'De cao kent voor leerkrachten schaal L10 en L11.'],
    ['a numbered instruction (en)', 'Step 2: open the box and check the contents.'],
    ['a level and step (en)', 'Reading level 3, step 2 of the method.'],
  ])('finds no grade in %s', (_name, text) => {
    expect(gradesIn(text)).toEqual([]);
  });
});
