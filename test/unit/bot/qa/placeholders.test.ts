import { replacePlaceholders } from '../../../../bot/qa/placeholders';

describe('replacePlaceholders', () => {
  it('replaces each placeholder with its name and offset', () => {
    const seen: [string, number][] = [];
    const result = replacePlaceholders('{a} en {b.c}.', (name, offset) => {
      seen.push([name, offset]);
      return name.toUpperCase();
    });
    expect(result).toBe('A en B.C.');
    expect(seen).toEqual([
      ['a', 0],
      ['b.c', 7],
    ]);
  });

  it('leaves text without a closing brace as it is', () => {
    expect(replacePlaceholders('open { zonder einde', () => 'X')).toBe('open { zonder einde');
  });
});
