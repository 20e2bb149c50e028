import { findParentViolence } from '../../../../../shared/scan/text/parent-violence';
import { fold } from '../../../../../shared/scan/text/fold';

const violenceIn = (text: string) => {
  const folded = fold(text);
  return findParentViolence(folded).map((hit) => folded.slice(hit.start, hit.end));
};

describe('findParentViolence', () => {
  it.each([
    [
      'a child quoting her mother (nl)',
      'Ze zei: "mama slaat me met de riem als ik niet luister".',
      ['mama slaat me'],
    ],
    [
      'a child quoting his father, a line break between (nl)',
      'In de zoekgeschiedenis staat "papa slaat\nmij wat moet ik doen".',
      ['papa slaat\nmij'],
    ],
    [
      'a father hitting the child (en)',
      'He told me his dad hits him with a belt.',
      ['dad hits him'],
    ],
    ['a father hitting the mother (en)', 'Dad hit mum again on Saturday.', ['dad hit mum']],
    [
      'a stepfather, in the passive (nl)',
      'Milan wordt thuis geslagen door zijn stiefvader.',
      ['geslagen door zijn stiefvader'],
    ],
    [
      'a father, in the passive (en)',
      'She says she was beaten by her father.',
      ['beaten by her father'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(violenceIn(text)).toEqual(expected);
  });

  it.each([
    ['an idiom with no person hit (nl)', 'Vader slaat alarm over de verkeersdrukte bij school.'],
    ['a road, no person (en)', 'After the meeting dad hit the road early.'],
    ['a denial right after (nl)', 'Moeder zegt: "papa slaat hem niet, hij is gevallen".'],
    ['a classmate, no parent (en)', 'At break Tim hits him every day.'],
    [
      'a ball hit by dad, no hitting verb with a person (en)',
      'The ball was hit by the batter, not by dad.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(violenceIn(text)).toEqual([]);
  });
});
