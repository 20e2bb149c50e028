import {
  quotedCorrespondents,
  quotedHistoryStart,
} from '../../../../../shared/scan/text/quoted-history';

describe('quotedHistoryStart', () => {
  it.each([
    ['"> " quoting', 'Prima!\n\n> Sem heeft ADHD', 'Prima!\n\n'.length],
    [
      "Gmail's attribution line",
      'Dank!\nOp 4 mrt 2025 om 19:02 schreef Hanna <h@example.nl>:\n> tekst',
      'Dank!\n'.length,
    ],
    [
      'an English attribution line',
      'Thanks\nOn Tue, 4 Mar 2025, Hanna wrote:\n> text',
      'Thanks\n'.length,
    ],
    [
      "Outlook's header block",
      'Ter info.\n\nVan: Femke <f@example.nl>\nVerzonden: maandag 3 maart 2025\nAan: Karin\n\nIk ben ziek.',
      'Ter info.\n\n'.length,
    ],
    [
      'an Original Message separator',
      'Zie hieronder.\n-----Original Message-----\nFrom: x',
      'Zie hieronder.\n'.length,
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(quotedHistoryStart(text)).toBe(expected);
  });

  it.each([
    ['a plain mail', 'Hoi Karin,\nVan: de ouderraad heeft een vraag.\nGroet'],
    ['a "Van:" line without sent header', 'Van: juf Anja\nOnderwerp: schoolreis\n\nWie gaat mee?'],
  ])('finds no quote in %s', (_name, text) => {
    expect(quotedHistoryStart(text)).toBe(text.length);
  });
});

describe('quotedCorrespondents', () => {
  it.each([
    [
      'an Outlook header block',
      'Zie hieronder.\n\nVan: Ruud Peters <r.peters@x.nl>\nVerzonden: dinsdag',
      ['ruud'],
    ],
    [
      'a Gmail attribution',
      'Prima.\n\nOp 3 mrt 2025 om 08:10 schreef Karin Schols <k@x.nl>:\n> tekst',
      ['karin'],
    ],
    [
      'an English attribution',
      'Sure.\n\nOn Tue 4 Feb 2025 at 18:02, Daniel Brooks <d@x.nl> wrote:\n> text',
      ['daniel'],
    ],
    ['an address without a name', 'From: ruud@x.nl\nSent: Monday', []],
  ])('names the people of %s', (_name, text, expected) => {
    expect(quotedCorrespondents(text.toLowerCase())).toEqual(expected);
  });
});
