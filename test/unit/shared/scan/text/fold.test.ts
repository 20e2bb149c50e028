import { fold } from '../../../../../shared/scan/text/fold';

describe('fold', () => {
  it.each([
    ['Ziekmelding', 'ziekmelding'],
    ['Geïnformeerd', 'geinformeerd'],
    ['ZIEKMÉLDING', 'ziekmelding'],
    ['Aydın Łukasz Søren', 'aydin lukasz soren'],
    ['İbrahim en İlayda', 'ibrahim en ilayda'],
    // The typographic apostrophe of Outlook and phones reads as the plain one.
    ['It’s Eid, I’m fasting', "it's eid, i'm fasting"],
  ])('folds %s to %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it('keeps the length, so positions in the folded text are positions in the original', () => {
    const text = 'Één leerling, Zoë’s — ÀÉÎÕÜ, İbrahim'.repeat(10);
    expect(fold(text)).toHaveLength(text.length);
  });
});
