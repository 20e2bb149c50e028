import { isBsn, isOnderwijsnummer } from '../../../../shared/scan/checksums';

describe('isBsn', () => {
  it.each([
    ['123456782', true],
    ['111222333', true],
    ['12345678', false],
    ['23456782', false], // 023456782: sum 0·9+2·8+3·7+4·6+5·5+6·4+7·3+8·2−2 = 145, not ≡ 0
    ['123456789', false],
    ['000000000', false],
    ['1234567', false],
  ])('%s → %s', (digits, expected) => {
    expect(isBsn(digits)).toBe(expected);
  });

  it('accepts an 8-digit number whose zero-padded form passes', () => {
    // 0 12345672: 1·8+2·7+3·6+4·5+5·4+6·3+7·2 = 112, 112 − 2 = 110 ≡ 0 (mod 11)
    expect(isBsn('12345672')).toBe(true);
  });
});

describe('isOnderwijsnummer', () => {
  it.each([
    ['101222331', true],
    ['100252333', false],
    ['123456782', false],
  ])('%s → %s', (digits, expected) => {
    expect(isOnderwijsnummer(digits)).toBe(expected);
  });
});
