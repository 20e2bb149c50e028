import { compileSensitiveLexicon } from '../../../../../shared/scan/text/sensitive-content';
import { fold } from '../../../../../shared/scan/text/fold';
import {
  findPersonMentions,
  type PersonWordTag,
} from '../../../../../shared/scan/text/person-mentions';
import type { TermHit } from '../../../../../shared/scan/text/term-matcher';

const lexicon = compileSensitiveLexicon({ pupil: [], adult: [] });

/** The mentions of a text as "kind:word", e.g. "name:Kwabena". */
function mentionsOf(text: string): string[] {
  const folded = fold(text);
  const personHits = lexicon.matcher
    .find(folded)
    .filter((hit): hit is TermHit<PersonWordTag> => hit.tag.kind === 'person');
  return findPersonMentions(text, folded, personHits).map(
    (mention) => `${mention.kind}:${/^[^\s,.()']+/.exec(text.slice(mention.start))?.[0] ?? ''}`,
  );
}

describe('findPersonMentions', () => {
  it.each([
    ['a name the list lacks before a verb (nl)', 'Kwabena heeft buikpijn.', 'name:Kwabena'],
    ['a name the list lacks before a verb (en)', 'Then Zainab told me everything.', 'name:Zainab'],
    ['a name after "de moeder van"', 'De moeder van Noé belde.', 'name:Noé'],
    ['a name after "our daughter"', 'Our daughter Ella is ill.', 'name:Ella'],
    ['a name before a class', 'Overleg over Kwabena (groep 4) morgen.', 'name:Kwabena'],
    ['an English family word', 'I spoke to his dad today.', 'pupil:dad'],
    ['a possessive listed name', "Daan's mum called.", 'name:Daan'],
    ['a name after a greeting closed by a comma', 'Hi,\nLuca forgot his lunch.', 'name:Luca'],
    ['a name alone as the salutation', 'Karin,\nik ben ziek.', 'self:Karin'],
    ['a name signing at the end', 'Ik ben ziek.\n\nRuud', 'self:Ruud'],
    ['a name and surname signing at the end', 'I am ill.\n\nDaniel Brooks', 'self:Daniel'],
    ['a name opening a sentence, not a salutation', 'Sem, Daan en ik gaan.', 'name:Sem'],
  ])('finds %s', (_name, text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it.each([
    ['"een leerling"', 'Een vraag: een leerling uit groep 7 is vaak ziek.', 'pupil:leerling'],
    ['"leerling A."', 'In de casus heeft leerling A. vaak hoofdpijn.', 'pupil:leerling'],
    ['"a child"', 'If a child in our school is ill, call the office.', 'pupil:child'],
    ['a sentence start before a class', 'Vanaf groep 3 lezen we elke dag.', 'name:Vanaf'],
    [
      'a surname after a listed name',
      'Dan vertelt Maud Lenssen vertelt over slapen.',
      'name:Lenssen',
    ],
    ['the person greeted', 'Hi Luca, how are you?', 'name:Luca'],
  ])('does not count %s', (_name, text, unexpected) => {
    expect(mentionsOf(text)).not.toContain(unexpected);
  });
});

describe('findPersonMentions, a parent’s own child', () => {
  it('counts "een zoon" of the writer as a pupil', () => {
    expect(mentionsOf('Ik heb een zoon in groep 5.')).toContain('pupil:zoon');
  });
});
