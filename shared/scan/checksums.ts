// The eleven-tests of Dutch citizen numbers (BSN and onderwijsnummer).

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

function weightedSum(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nineDigits.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return sum;
}

/** A BSN: 9 digits (8 with the leading zero dropped), weighted sum ≡ 0 (mod 11), not all zeros. */
export function isBsn(digits: string): boolean {
  const nine = digits.length === 8 ? `0${digits}` : digits;
  if (nine.length !== 9 || nine === '000000000') return false;
  return weightedSum(nine) % 11 === 0;
}

/** DUO's onderwijsnummer: 9 digits starting with 10, the same weights, sum ≡ 5 (mod 11). */
export function isOnderwijsnummer(digits: string): boolean {
  if (digits.length !== 9 || !digits.startsWith('10')) return false;
  return ((weightedSum(digits) % 11) + 11) % 11 === 5;
}
