import { createAnalyzer } from '../../../../bot/qa/analyzer';
import { verbFormCandidates } from '../../../../bot/qa/verb-forms';

describe('verbFormCandidates', () => {
  it.each([
    ['bewaart', ['bewaar']],
    ['gestuurd', ['gestuur', 'stuurd', 'stuur']],
    ['gemaakt', ['gemaak', 'maakt', 'maak']],
    ['foto', []],
  ])('offers %j the forms %j', (word, forms) => {
    expect(verbFormCandidates(word)).toEqual(forms);
  });
});

describe('verb forms in the analyzer', () => {
  const { termsOf } = createAnalyzer(new Set(['bewaren', 'sturen', 'maken']));

  it.each([
    ['bewaart', 'bewaren'],
    ['gestuurd', 'sturen'],
    ['gemaakt', 'maken'],
  ])('gives %j the stem of %j', (form, infinitive) => {
    expect(termsOf(form)).toContain(termsOf(infinitive)[0]);
  });
});
