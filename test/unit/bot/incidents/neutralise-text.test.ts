import { neutraliseUserLine, neutraliseUserText } from '../../../../bot/incidents/neutralise-text';

describe('neutraliseUserText', () => {
  it.each([
    ['a markdown link', '[klik hier](https://evil.example)', '⟦klik hier⟧(https://evil.example)'],
    ['a Teams mention', '<at>Iedereen</at> kijk', '‹at›Iedereen‹/at› kijk'],
    ['HTML', '<b>vet</b>', '‹b›vet‹/b›'],
    ['control and zero-width characters', 'a\u0000b\u200bc\u202ed\u0007', 'abcd'],
    ['Windows line breaks', 'regel 1\r\nregel 2', 'regel 1\nregel 2'],
    ['a wall of blank lines', 'a\n\n\n\n\n\n\nb', 'a\n\n\nb'],
    [
      'ordinary Dutch text',
      "Leerling's map is kwijt — 3 dossiers.",
      "Leerling's map is kwijt — 3 dossiers.",
    ],
  ])('defuses %s', (_name, input, expected) => {
    expect(neutraliseUserText(input, 500)).toBe(expected);
  });

  it('cuts long text with an ellipsis within the limit', () => {
    const text = neutraliseUserText('woord '.repeat(100), 20);
    expect(text.length).toBeLessThanOrEqual(20);
    expect(text.endsWith('…')).toBe(true);
  });

  it('makes one line of a multi-line name', () => {
    expect(neutraliseUserLine('Petra\nde Vries', 50)).toBe('Petra de Vries');
  });
});
