import { findSameSexPartners } from '../../../../../shared/scan/text/same-sex-partners';
import { fold } from '../../../../../shared/scan/text/fold';

const partnersIn = (text: string) => {
  const folded = fold(text);
  return findSameSexPartners(folded).map((hit) => folded.slice(hit.start, hit.end));
};

describe('findSameSexPartners', () => {
  it.each([
    [
      'a man marrying his boyfriend, words between (nl)',
      'Meester Bas trouwt in juni met zijn vriend Tom en het team wil een cadeau.',
      ['zijn vriend'],
    ],
    [
      'a woman going out with a woman, her gender in the next sentence (nl)',
      'Wist je dat Chantal omgaat met een vrouw? Ze heeft het me in de bus verteld.',
      ['een vrouw'],
    ],
    [
      'a man married to a man (en)',
      'Between us: he is married to a man and the parents do not know.',
      ['a man'],
    ],
    [
      'a man married to a man, his pronoun after it (en)',
      'Between us: Mark from year 4 is married to a man and he does not want the parents to know.',
      ['a man'],
    ],
    [
      'a woman living with a woman, by her title (nl)',
      'Juf Sanne woont sinds de zomer samen met een vrouw uit Venlo.',
      ['een vrouw'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(partnersIn(text)).toEqual(expected);
  });

  it.each([
    [
      'a woman married to a man (nl)',
      'Juf Sanne is sinds de zomer getrouwd met een man uit Venlo.',
    ],
    [
      'a friend at the cinema, no relationship (nl)',
      'Zij gaat zaterdag met haar vriendin naar de film.',
    ],
    [
      'a pupil going to camp with a friend (nl)',
      'Daan gaat met zijn vriend mee op kamp in groep 8.',
    ],
    ['a man who spoke with a woman (en)', 'He had a long talk with a woman from the council.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(partnersIn(text)).toEqual([]);
  });
});
