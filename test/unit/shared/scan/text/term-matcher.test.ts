import { compileTerms } from '../../../../../shared/scan/text/term-matcher';

const matcher = compileTerms([
  ['*mishandel', 'abuse'],
  ['~kanker', 'cancer'],
  ['=opp', 'opp'],
  ['medicijn', 'medicine'],
]);
const tagsIn = (text: string) => matcher.find(text).map((hit) => hit.tag);

describe('compileTerms', () => {
  it.each([
    ['a stem at the start of a word', 'hij is mishandeld', ['abuse']],
    ['a stem inside a compound', 'melding kindermishandeling', ['abuse']],
    ['a stem inside a long compound with a dash', 'de vermoedens-van-mishandeling', ['abuse']],
    ['a compound ending', 'haar borstkanker', ['cancer']],
    ['a whole word before a dash', 'het opp-gesprek', ['opp']],
    ['a prefix', 'medicijngebruik', ['medicine']],
  ])('finds %s', (_name, text, expected) => {
    expect(tagsIn(text)).toEqual(expected);
  });

  it.each([
    ['a stem too close to the end of a short word', 'handel'],
    ['a whole word inside another', 'oppassen'],
    ['a prefix inside a compound', 'slaapmedicijn'],
  ])('finds nothing in %s', (_name, text) => {
    expect(tagsIn(text)).toEqual([]);
  });

  // Many terms with one head ("ver…") are split on their next letters: each must still be found,
  // and several on one word in the order of the list, as from one flat list.
  const crowded = compileTerms([
    ['vertrokken', 'left'],
    ['=ver', 'far'],
    ['verslaafd', 'addicted'],
    ['ver weg', 'far away'],
    ['verwaarlo', 'neglect'],
    ['vers', 'fresh'],
    ['verslav', 'addiction'],
  ]);
  it.each([
    ['verslaafd', ['addicted', 'fresh']],
    ['verslaving', ['fresh', 'addiction']],
    ['verwaarloosd', ['neglect']],
    ['ver weg', ['far', 'far away']],
    ['ver-weg', ['far']],
    ['vertrokken', ['left']],
    ['verder', []],
    ['ve', []],
  ])('finds in "%s" the terms %j of a crowded head, in list order', (text, expected) => {
    expect(crowded.find(text).map((hit) => hit.tag)).toEqual(expected);
  });
});

describe('phrases in wrapped plain-text mail', () => {
  const phrases = compileTerms([
    ['weer aan de drank', 'drink'],
    ['back on the drink', 'drink'],
  ]);
  const found = (text: string) => phrases.find(text).map((hit) => hit.term);

  it.each([
    ['Pieter is sinds de zomer weer aan de\ndrank, zegt zijn vrouw', 'weer aan de drank'],
    ['I am afraid he is back on the\ndrink again', 'back on the drink'],
  ])('finds a phrase broken by a line break: %s', (text, term) => {
    expect(found(text)).toEqual([term]);
  });

  it.each([
    'weer aan de\n\ndrank', // a blank line ends the sentence: two thoughts, not one phrase
    'weer aan de-drank',
    'back on the\n> drink', // a quote marker in between
  ])('keeps apart what a single line break does not join: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
