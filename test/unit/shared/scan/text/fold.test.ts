import { fold } from '../../../../../shared/scan/text/fold';

describe('fold', () => {
  it.each([
    ['Ziekmelding', 'ziekmelding'],
    ['Geïnformeerd', 'geinformeerd'],
    ['ZIEKMÉLDING', 'ziekmelding'],
    ['Aydın Łukasz Søren', 'aydin lukasz soren'],
  ])('folds %s to %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it('keeps the length, so positions in the folded text are positions in the original', () => {
    const text = 'Één leerling, Zoë — ÀÉÎÕÜ'.repeat(10);
    expect(fold(text)).toHaveLength(text.length);
  });

  it('folds each long text as its own, also after one of the same length was folded', () => {
    // Long texts are remembered once folded (the scan folds a mail body more than once).
    const first = `${'Daan '.repeat(400)}É`;
    const second = `${'Daan '.repeat(400)}Ö`;
    expect(fold(first)).toBe(`${'daan '.repeat(400)}e`);
    expect(fold(second)).toBe(`${'daan '.repeat(400)}o`);
    expect(fold(first)).toBe(`${'daan '.repeat(400)}e`);
  });
});
