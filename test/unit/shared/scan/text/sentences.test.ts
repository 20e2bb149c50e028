import { fold } from '../../../../../shared/scan/text/fold';
import {
  hasSentenceEnd,
  isByline,
  isGeneralQuestion,
  isHypotheticalSentence,
  sentenceStartOf,
} from '../../../../../shared/scan/text/sentences';

describe('sentences', () => {
  it.each([
    ['a full stop and a space', 'Sem is ziek. Hij heeft koorts.', true],
    ['a semicolon between clauses', 'het is fictief; Sarah bestaat niet', true],
    ['a blank line', 'Groet\n\nSem heeft', true],
    ['a short line (a heading)', 'Agenda\nSem heeft', true],
    [
      'a long wrapped line in plain text',
      'Wat u misschien nog niet weet: Ruben gaat sinds oktober om de week naar een\nkinderpsycholoog',
      false,
    ],
    [
      'a list item after a break',
      'een lange regel met heel veel woorden die doorloopt tot hier\n- Fenna',
      true,
    ],
    // Train round 8: an initial's full stop cut "Soufiane B. (…) is … aangehouden" in two.
    ['an initial after a first name (nl)', 'Soufiane B. (advies kader) is aangehouden', false],
    ['initials before a surname (en)', 'Ms J.P. Smith told us he was arrested', false],
    ['a full stop after a word (en)', 'Tom is ill. He has a fever.', true],
  ])('%s ends a sentence: %s', (_name, text, expected) => {
    expect(hasSentenceEnd(fold(text), 0, text.length)).toBe(expected);
  });

  it('finds the start of the sentence that holds a position', () => {
    const text = 'Eerste zin. Tweede zin met ADHD.';
    expect(sentenceStartOf(text, text.indexOf('ADHD'))).toBe(text.indexOf('Tweede'));
  });

  it.each([
    ['Als uw kind een allergie heeft, meld het.', true],
    ['Heeft uw kind een dieet?', true],
    ['If your child has asthma, tell us.', true],
    ['In case of a fever, keep them home.', true],
    ['Sem heeft een allergie.', false],
    ['In groep 5 heeft Sem een allergie.', false],
    // content-train-21: pupils in general, by what they have in common.
    ['Leerlingen die je wilt aanmelden voor de leerlingbespreking, geef je door.', true],
    ['Pupils who need an inhaler keep it in the classroom.', true],
    ['Leerlingen van groep 5 hebben dinsdag gym.', false],
  ])('"%s" is hypothetical: %s', (text, expected) => {
    expect(isHypotheticalSentence(fold(text), 0)).toBe(expected);
  });

  it.each([
    ['10.45 Workshop "ADHD in de klas", Sander Peeters', 'Sander', true],
    ['09.00 Dyslexie – Marieke Claassen (Expertisecentrum Lezen)', 'Marieke', true],
    ['13.00 Casus meldcode in groepjes (Marieke)', 'Marieke', true],
    ['Hoi allemaal, Sem heeft ADHD en gaat naar huis.', 'Sem', false],
    ['Zorgen om Sem, hij heeft weer blauwe plekken op zijn arm gehad', 'hij', false],
  ])('in "%s", %s is a byline: %s', (line, name, expected) => {
    expect(isByline(line, line.indexOf(name))).toBe(expected);
  });
});

// Tuning round s7-d7 (hard negatives): an open question about a procedure, with a generic "je" or
// "you", an infinitive and the term as "een"/"a" thing, asks about anyone.
describe('isGeneralQuestion', () => {
  it.each([
    [
      'Hoe lang heb je eigenlijk om een plan van aanpak op te stellen na een ziekmelding?',
      'plan',
      true,
    ],
    ['How long do you have to draw up a return-to-work plan after a sick note?', 'return', true],
    ['Hoe lang heb je al een burn-out?', 'burn', false],
    ['How long have you had a burn-out?', 'burn', false],
    ['Hoe lang heb je om je plan van aanpak op te stellen?', 'plan', false],
    ['Hoe lang heb je om een plan van aanpak op te stellen. Ik weet het niet?', 'plan', false],
  ])('"%s" asks about anyone: %s', (text, term, expected) => {
    const folded = fold(text);
    expect(isGeneralQuestion(folded, 0, folded.indexOf(term))).toBe(expected);
  });
});
