import { createAnalyzer, withAddressLineNames, wordsOf } from '../../../../bot/qa/analyzer';
import { createLexicon } from '../../../../bot/qa/lexicon';
import { NO_PACK_WORDS } from '../../../../shared/policy/pack/words-file';

describe('wordsOf', () => {
  it.each([
    ["Mag ik foto's e-mailen?", ['mag', 'ik', 'fotos', 'emailen']],
    ['Geïnformeerd over de AVG', ['geinformeerd', 'over', 'de', 'avg']],
    ['Wat doet de ICT’er?', ['wat', 'doet', 'de', 'icter']],
    ['binnen 72 uur', ['binnen', '72', 'uur']],
    ['usb-stick, a b', ['usbstick']],
  ])('folds and splits %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('withAddressLineNames', () => {
  it.each([
    ["zet ik alle ouders in de 'aan'?", ['zet', 'ik', 'alle', 'ouders', 'in', 'aanveld']],
    [
      'iedereen in de aan en niemand in bcc',
      ['iedereen', 'in', 'aanveld', 'en', 'niemand', 'in', 'bcc'],
    ],
  ])('names the To line of %j', (text, words) => {
    expect(withAddressLineNames(wordsOf(text))).toEqual(words);
  });

  it.each([
    ['de aan- en afmelding van leerlingen'],
    ['ik wil het aan een ouder vertellen'],
    ['vraag de aanvraag aan'],
  ])('leaves "aan" as a preposition or a particle in %j', (text) => {
    expect(withAddressLineNames(wordsOf(text))).toEqual(wordsOf(text));
  });
});

describe('createAnalyzer().termsOf', () => {
  const { termsOf } = createAnalyzer(new Set(['wachtwoord', 'lijst', 'verzuim', 'leerling']));

  it.each([['mag'], ['the'], ['hoe']])('drops the stopword %j', (word) => {
    expect(termsOf(word)).toEqual([]);
  });

  it('stems Dutch plurals to the same term as the singular', () => {
    expect(termsOf('wachtwoorden')).toEqual(termsOf('wachtwoord'));
    expect(termsOf('leerlingen')[0]).toBe(termsOf('leerling')[0]);
  });

  it.each([
    ['usbstick', 'usb'],
    ['stick', 'usb'],
    ['email', 'mail'],
    ['mailtje', 'mail'],
    ['inbreuk', 'datalek'],
    ['beeldmateriaal', 'foto'],
    ['invaller', 'vervanger'],
    ['gdpr', 'avg'],
    ['data', 'gegevens'],
    ['sent', 'send'],
    ['kept', 'keep'],
    ['kept', 'bewaren'],
    ['left', 'liggen'],
    ['publishers', 'leverancier'],
  ])('maps the synonym %j to the index word %j first', (word, canonical) => {
    expect(termsOf(word)[0]).toBe(termsOf(canonical)[0]);
  });

  it('leaves a word that only starts like an irregular form alone ("sentence" is no "sent")', () => {
    expect(termsOf('sentence')).not.toContain(termsOf('send')[0]);
  });

  it('adds the parts of a compound the vocabulary knows', () => {
    expect(termsOf('wachtwoordlijst')).toEqual(
      expect.arrayContaining([termsOf('wachtwoord')[0], termsOf('lijst')[0]]),
    );
    expect(termsOf('verzuimregistratie')).toContain(termsOf('verzuim')[0]);
  });
});

describe("a compound headed by the board's own name (a filler)", () => {
  const lexicon = createLexicon({ ...NO_PACK_WORDS, fillers: ['kindante'] });
  const { termsOf } = createAnalyzer(new Set(['kind', 'leveranciers', 'lijst']), lexicon);

  it('is read as its tail: "kindanteleveranciers" asks about suppliers, not children', () => {
    expect(termsOf('kindanteleveranciers')).toContain(termsOf('leveranciers')[0]);
    expect(termsOf('kindanteleveranciers')).not.toContain(termsOf('kind')[0]);
  });

  it('leaves a compound without the name as it was (near miss)', () => {
    expect(termsOf('kindlijst')).toEqual(expect.arrayContaining([termsOf('kind')[0]]));
  });
});
