import { createCompoundSplitter } from '../../../../bot/qa/compounds';

const split = createCompoundSplitter(
  new Set([
    'wachtwoord',
    'lijst',
    'verwerker',
    'overeenkomst',
    'leerling',
    'dossier',
    'usb',
    'stick',
    'verzuim',
    'kaartje',
    'moeder',
    'les',
    'activiteit',
    'kalender',
    'school',
    'pc',
    'ibp',
    'beleid',
    'esis',
    'rol',
    'foto',
    'formulier',
  ]),
);

describe('createCompoundSplitter', () => {
  it.each([
    ['wachtwoordlijst', ['wachtwoord', 'lijst']],
    ['verwerkersovereenkomst', ['verwerker', 'overeenkomst']],
    ['leerlingdossier', ['leerling', 'dossier']],
    ['usbstick', ['usb', 'stick']],
    ['verzuimregistratie', ['verzuim', 'registratie']],
    // The linking "en" of a plural head.
    ['activiteitenkalender', ['activiteit', 'kalender']],
    ['leerlingenlijst', ['leerling', 'lijst']],
    // The shortest listed part as a tail.
    ['schoolpc', ['school', 'pc']],
    // An acronym as a listed short part: the "IBP-beleid" (hyphen dropped).
    ['ibpbeleid', ['ibp', 'beleid']],
    // A role as a short tail: the "ESIS-rol" (hyphen dropped).
    ['esisrol', ['esis', 'rol']],
    // A plural tail the vocabulary knows only in the singular: "die fotoformulieren ophalen".
    ['fotoformulieren', ['foto', 'formulier']],
    ['schoolpcs', ['school', 'pc']],
  ])('splits %j into %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each([
    ['verjaardagskaartje', ['verjaardags', 'kaartje']],
    ['overblijfmoeder', ['overblijf', 'moeder']],
  ])(
    'keeps the known tail of %j, the part a compound is about, when its head is new',
    (word, parts) => {
      expect(split(word)).toEqual(parts);
    },
  );

  it('reads no short tail alone: a "rekenles" is not found by "les"', () => {
    expect(split('rekenles')).toEqual([]);
  });

  it.each([['leerling'], ['ouders'], ['lijstje'], ['bewaren']])(
    'leaves %j whole: no two known parts',
    (word) => {
      expect(split(word)).toEqual([]);
    },
  );

  describe('a word made with the prefix "voor"', () => {
    const withPrefix = createCompoundSplitter(
      new Set(['voor', 'beeld', 'voorbeeld', 'brief', 'deur', 'waarde', 'voorwaarde']),
    );

    it.each([['voorbeeld'], ['voorwaarde']])(
      'leaves %j whole when the vocabulary knows it: an example is no image',
      (word) => {
        expect(withPrefix(word)).toEqual([]);
      },
    );

    it('still splits a compound with such a word as head, or one not known whole (near miss)', () => {
      expect(withPrefix('voorbeeldbrief')).toEqual(['voorbeeld', 'brief']);
      expect(withPrefix('voordeur')).toEqual(['voor', 'deur']);
    });
  });

  it('reads a linking "en" only after a known head: no "klas" known, no "klassenlijst" split', () => {
    expect(split('klassenlijst')).toEqual([]);
    expect(split('kalenderlijst')).toEqual(['kalender', 'lijst']);
  });

  it('reads a two-letter tail only when it is a listed short part: "schoolje" is no "school" + "je"', () => {
    expect(split('schoolje')).toEqual([]);
    expect(split('kladpc')).toEqual([]);
  });
});
