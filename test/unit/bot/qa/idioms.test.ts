import { withoutIdiomVerbs } from '../../../../bot/qa/idioms';

describe('withoutIdiomVerbs', () => {
  it('drops "houden" of "rekening (mee) houden", which keeps nothing', () => {
    expect(withoutIdiomVerbs(['moeten', 'wij', 'daar', 'rekening', 'mee', 'houden'])).toEqual([
      'moeten',
      'wij',
      'daar',
      'rekening',
      'mee',
    ]);
    expect(withoutIdiomVerbs(['we', 'houden', 'rekening'])).toEqual(['we', 'houden', 'rekening']);
  });

  it('keeps "houden" that keeps something (near miss)', () => {
    const words = ['hoe', 'lang', 'mogen', 'we', 'de', 'lijsten', 'houden'];
    expect(withoutIdiomVerbs(words)).toEqual(words);
  });
});
