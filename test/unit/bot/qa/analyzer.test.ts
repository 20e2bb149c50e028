import { createAnalyzer, wordsOf } from '../../../../bot/qa/analyzer';
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
    ['access', 'toegang'],
    ['companies', 'leverancier'],
    ['kicks', 'uitloggen'],
    ['decides', 'beslissen'],
    ['decision', 'besluit'],
  ])('maps the synonym %j to the index word %j first', (word, canonical) => {
    expect(termsOf(word)[0]).toBe(termsOf(canonical)[0]);
  });

  it('leaves a word that only starts like an English synonym alone ("accessory" is no "access")', () => {
    expect(termsOf('accessory')).not.toContain(termsOf('toegang')[0]);
    // "a company not on the list" is the supplier entries' own word, not every supplier.
    expect(termsOf('company')).not.toContain(termsOf('leverancier')[0]);
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
