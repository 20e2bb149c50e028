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
  ]),
);

describe('createCompoundSplitter', () => {
  it.each([
    ['wachtwoordlijst', ['wachtwoord', 'lijst']],
    ['verwerkersovereenkomst', ['verwerker', 'overeenkomst']],
    ['leerlingdossier', ['leerling', 'dossier']],
    ['usbstick', ['usb', 'stick']],
    ['verzuimregistratie', ['verzuim', 'registratie']],
  ])('splits %j into %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each([['leerling'], ['ouders'], ['lijstje'], ['bewaren']])(
    'leaves %j whole: no two known parts',
    (word) => {
      expect(split(word)).toEqual([]);
    },
  );
});
