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
