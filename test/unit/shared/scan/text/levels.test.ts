import { findLevels } from '../../../../../shared/scan/text/levels';
import { fold } from '../../../../../shared/scan/text/fold';

const levelsIn = (text: string) => findLevels(text, fold(text)).map((hit) => hit.level);

describe('findLevels', () => {
  it.each([
    ['a Cito level after a subject', 'Bilal: rekenen IV -> V, spelling V', ['IV', 'V', 'V']],
    ['a letter level right after "een"', 'Ze scoort bij de laatste toets rekenen een V.', ['V']],
    ['an AVI level', 'Technisch lezen AVI M4, dus een half jaar achter.', ['M4']],
    ['a reference level', 'Voor rekenen heeft hij 1F nog niet gehaald.', ['1F']],
    ['levels in English', 'His grades have dropped from II to IV in maths.', ['II', 'IV']],
    ['a drop from the top level', 'Rekenen: van I naar IV gezakt.', ['I', 'IV']],
    ['a letter level after a colon', 'Rekenen: V, spelling: I.', ['V', 'I']],
    [
      'a letter level after a subject in English',
      'Latest test, reading V and maths IV.',
      ['V', 'IV'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(levelsIn(text)).toEqual(expected);
  });

  it.each([
    ['the pronoun I', 'I think reading is going well.'],
    ['an article', 'A reading week for all classes.'],
    ['an annex number', 'Zie bijlage IV van het beleidsplan.'],
    ['an initial', 'Gesprek over rekenen met V. de Vries.'],
    ['a king', 'Het museum over Willem III is open.'],
    ['a scale in Dutch', 'We bespreken de toetsresultaten (niveau I tot en met V) met u.'],
    ['a scale with t/m', 'De toets scoort van niveau I t/m V.'],
    ['a scale in English', 'The test levels I-V describe the whole group.'],
    [
      'the pronoun I opening a sentence',
      "I'll take the morning circle and the spelling. I hope all is well.",
    ],
    [
      'an abbreviation opening a sentence',
      'Donderdag is de toets. I.v.m. de studiedag schuift hij op.',
    ],
  ])('finds no level in %s', (_name, text) => {
    expect(levelsIn(text)).toEqual([]);
  });
});
