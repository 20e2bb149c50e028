import { findAdmissions } from '../../../../../shared/scan/text/admissions';
import { fold } from '../../../../../shared/scan/text/fold';

const admissionsIn = (text: string) => {
  const folded = fold(text);
  return findAdmissions(folded).map((hit) => folded.slice(hit.start, hit.end));
};

describe('findAdmissions', () => {
  it.each([
    [
      'a pronoun with time words between (nl)',
      'Danielle komt niet terug. Ze is afgelopen weekend opgenomen, het ging al een tijdje niet goed.',
      ['is afgelopen weekend opgenomen'],
    ],
    ['a spouse (nl)', 'Mijn man is vorige week opgenomen.', ['is vorige week opgenomen']],
    [
      'a parent with "weer" (nl)',
      'Zijn moeder is weer opgenomen, dus hij slaapt bij oma.',
      ['is weer opgenomen'],
    ],
    ['a listed first name (nl)', 'Gisteren is Jeroen opgenomen. Hij mag geen bezoek.', []],
    [
      'a listed first name before the verb (nl)',
      'Jeroen is gisteren opgenomen.',
      ['is gisteren opgenomen'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(admissionsIn(text)).toEqual(expected);
  });

  it.each([
    [
      'a document taken into a file (nl)',
      'Het stuk wordt daarna in zijn personeelsdossier opgenomen.',
    ],
    ['a sum in a budget (nl)', 'De uren zijn in de reguliere begroting opgenomen.'],
    ['a recording (nl)', 'Het gesprek is opgenomen, zodat we het kunnen terugkijken.'],
    ['a place between (nl)', 'Ze is in de werkgroep opgenomen.'],
    ['admitted to a group (nl)', 'Ze is opgenomen in de leerlingenraad.'],
    ['the writer who recorded something (nl)', 'Ik heb geen leerlingnamen opgenomen.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(admissionsIn(text)).toEqual([]);
  });

  it('finds a spouse taken away, as "taken" (nl)', () => {
    const folded = fold('Mijn man is vorige week meegenomen en mag voorlopig niet naar huis.');
    expect(findAdmissions(folded).map((hit) => hit.kind)).toEqual(['taken']);
  });

  it.each([
    ['things taken along (nl)', 'De spullen van Sem zijn meegenomen.'],
    ['a child fetched by a grandparent (nl)', 'Sem is door oma meegenomen.'],
    ['a child taken along somewhere (nl)', 'Hij is meegenomen naar de dierentuin.'],
    [
      'a child taken somewhere, the place before the verb (nl)',
      'Hij is naar de dierentuin meegenomen.',
    ],
  ])('finds nothing taken in %s', (_name, text) => {
    expect(admissionsIn(text)).toEqual([]);
  });
});

describe('findAdmissions: detained ("zit … vast")', () => {
  it.each([
    [
      'a father, the time between and a note after (nl)',
      'Zijn vader zit sinds september vast (tot de zomer).',
      ['zit sinds september vast'],
    ],
    [
      'a mother, "nog" between (nl)',
      'Haar moeder zat toen nog vast, dus oma haalde haar op.',
      ['zat toen nog vast'],
    ],
  ])('finds %s, as "taken"', (_name, text, expected) => {
    expect(admissionsIn(text)).toEqual(expected);
    expect(findAdmissions(fold(text)).map((hit) => hit.kind)).toEqual(['taken']);
  });

  it.each([
    ['the writer stuck (nl)', 'Ik zit vandaag helemaal vast, kun jij de ouders bellen?'],
    ['a thing stuck (nl)', 'De printer zit sinds vanochtend vast.'],
    ['a child stuck on a sum (nl)', 'Hij zit bij opgave 4 vast.'],
    ['stuck in a place (nl)', 'Papa zit vast in de file, hij is om vier uur bij school.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(admissionsIn(text)).toEqual([]);
  });
});
