import { findContextNames, subjectLineWords } from '../../../../../shared/scan/text/name-positions';
import { fold } from '../../../../../shared/scan/text/fold';

const NOT_NAMES = new Set(['daarna', 'vandaag', 'de', 'het', 'the', 'een']);

/** The names found by position as "cue:word". */
function namesIn(text: string): string[] {
  return findContextNames(text, fold(text), (word) => NOT_NAMES.has(word)).map(
    (name) => `${name.cue}:${/^[^\s,.():']+/.exec(text.slice(name.start))?.[0] ?? ''}`,
  );
}

describe('subjectLineWords', () => {
  it.each([
    ['Zofia - behaviour today', ['zofia']],
    ["Emil's reading assessment", ['emil']],
    ['Re: Nazar', ['nazar']],
    ['Zofia (groep 3)', ['zofia']],
    ['Invitation: trauma-informed teaching (17 March)', []],
    ['Factuur teamtraining', []],
    ['Bo - gym', []],
  ])('reads "%s" as %j', (line, words) => {
    expect([...subjectLineWords(line)]).toEqual(words);
  });
});

describe('findContextNames', () => {
  it.each([
    [
      'roster lines under each other',
      'Even een overzicht:\n- Fenna: leest erg zwak\n- Mo: mag naar de time-out plek\n- Zofia: thuis gaat het slecht',
      ['roster line:Fenna', 'roster line:Mo', 'roster line:Zofia'],
    ],
    [
      'quoted roster lines with a hyphenated name',
      '> Bilal: rekenen IV -> V\n> Fatima-Zahra: alles V',
      ['roster line:Bilal', 'roster line:Fatima-Zahra'],
    ],
    ['an initial and a surname', 'Het gaat om J. de Vries uit groep 6.', ['initial and surname:J']],
    [
      'an initial and a capitalised "De" surname',
      'Het gaat om J. De Vries uit groep 6.',
      ['initial and surname:J'],
    ],
    [
      'a possessive (en)',
      "I want to tell you that Kofi's father is away.",
      ['possessive of a name:Kofi'],
    ],
    [
      'two names joined by "en"',
      'Oliwia en Kacper waren thuis.',
      ['two names joined by "en":Oliwia', 'two names joined by "en":Kacper'],
    ],
    [
      'full names joined by "and"',
      'We caught Ahmed Benali and Kacper Nowak behind the bus.',
      ['two names joined by "en":Ahmed', 'two names joined by "en":Kacper'],
    ],
    [
      'a family name after "family" (en)',
      'We supported the family Tanaka.',
      ['family name after "gezin":Tanaka'],
    ],
    [
      'a family name after "Gezin" opening a line',
      'Gezin Kowalski:\nverhuist in mei',
      ['family name after "gezin":Kowalski'],
    ],
    [
      'a family name after "gezin"',
      'De politie was bij het gezin Wiśniewski.',
      ['family name after "gezin":Wiśniewski'],
    ],
    [
      'a first name and an initial, then "hij" (nl)',
      'Ter info: Jamal K. uit groep 8 zit sinds september thuis. Hij durft niet meer.',
      ['first name and initial:Jamal'],
    ],
    [
      'a first name and an initial, then "she" (en)',
      'I am worried about Ilinca P. from year 4. She has not eaten since Monday.',
      ['first name and initial:Ilinca'],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(namesIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['one heading with a colon', 'Scholing: werken met de meldcode'],
    ['mail headers', 'Van: Ruud\nAan: Marjon\nOnderwerp: overleg'],
    ['labels followed by capitals or numbers', 'Data: 9 februari\nLocatie: Venlo'],
    ['a signature with an initial', 'Met vriendelijke groet,\nR. Vaessen'],
    [
      'a list letter before a sentence (nl)',
      'Zie het formulier in bijlage A. Het formulier wordt bewaard.',
    ],
    [
      'a list letter before a sentence (en)',
      'See the form in appendix B. The form is kept on file.',
    ],
    ['a title in capitals', 'volgens het Protocol Leesproblemen en Dyslexie'],
    [
      'a capitalised appendix letter with no pronoun after it',
      'Zie Bijlage B. Het formulier is klaar.',
    ],
    ['a greeting to two people', 'Beste Ruud en Annemiek,\nHierbij de agenda.'],
    ['nouns joined by "en"', 'Opening en vaststellen; Scholing en Training'],
    ['"Here\'s" and "Let\'s" (en)', "Here's my draft. Let's talk after school."],
    ['an organisation with "Family" (en)', 'Rebecca Stone\nInternational Family Centre Limburg'],
    ['an organisation with "Gezin" (nl)', 'Het Centrum voor Jeugd en Gezin Limburg belde.'],
  ])('finds no one in %s', (_name, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  // Content-train-23: a parent or care worker introduces a child with the age in brackets.
  it.each([
    [
      'a bare age and "he" (en)',
      'Arjun (8) has refused to go to school. He says his stomach hurts.',
      'name before an age:Arjun',
    ],
    [
      'an age in years and "hij" (nl)',
      'Kwabena (9 jaar) wil niet meer naar school. Hij is bang.',
      'name before an age:Kwabena',
    ],
  ])('finds a name before %s', (_name, text, expected) => {
    expect(namesIn(text)).toContain(expected);
  });

  it.each([
    ['a numbered attachment', 'Bijlage (2) is het verslag van het gesprek.'],
    ['a duration as a heading', 'Looptijd (2 jaar): tot augustus, zegt hij.'],
    ['a grown-up age (en)', 'Colin (45) is our new caretaker. He starts on Monday.'],
  ])('finds no age name in %s', (_name, text) => {
    expect(namesIn(text).filter((name) => name.startsWith('name before an age'))).toEqual([]);
  });
});
