import { fold } from '../../../../../shared/scan/text/fold';

describe('fold', () => {
  it.each([
    ['Ziekmelding', 'ziekmelding'],
    ['Geïnformeerd', 'geinformeerd'],
    ['ZIEKMÉLDING', 'ziekmelding'],
    ['Aydın Łukasz Søren', 'aydin lukasz soren'],
    ['İbrahim en İlayda', 'ibrahim en ilayda'],
  ])('folds %s to %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it('keeps the length, so positions in the folded text are positions in the original', () => {
    const text = 'Één leerling, Zoë — ÀÉÎÕÜ, İbrahim'.repeat(10);
    expect(fold(text)).toHaveLength(text.length);
  });
});
