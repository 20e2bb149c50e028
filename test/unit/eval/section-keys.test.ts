// How `npm run eval` reads a cited policy section: a right answer is one whose entry cites a
// section the question's writer expected, so the reading must not lose an article of a range.
import { sectionKeys } from '../../eval/evaluate-qa';

describe('sectionKeys', () => {
  it.each([
    ['§12 Protocol datalekken', ['12']],
    ['Bijlage 8 §13 Richtlijnen sociale media', ['b8.13']],
    ['§8 Privacyreglement; Bijlage 2 art. 17–19', ['b2.17', 'b2.18', 'b2.19', '8']],
    ['Bijlage 2 art. 14a', ['b2.14']],
    ['Bijlage 9', ['b9']],
  ])('reads %j as %j', (cited, keys) => {
    expect(sectionKeys(cited)).toEqual(keys);
  });
});
