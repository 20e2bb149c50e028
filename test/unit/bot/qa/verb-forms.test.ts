import { createAnalyzer } from '../../../../bot/qa/analyzer';
import {
  clippedEnForms,
  englishFormCandidates,
  informalFormCandidates,
  longVowelForms,
  verbFormCandidates,
} from '../../../../bot/qa/verb-forms';

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

describe('englishFormCandidates', () => {
  it.each([
    ['reported', ['report', 'reporte']],
    ['decides', ['decid', 'decide']],
    ['sending', ['send', 'sende']],
    ['copies', ['copy', 'copi', 'copie']],
    ['mail', []],
  ])('offers %j the base forms %j', (word, forms) => {
    expect(englishFormCandidates(word)).toEqual(forms);
  });

  it('gives an English inflection the unknown stem of its base form in the analyzer', () => {
    const { termsOf } = createAnalyzer(new Set(['report', 'decide', 'encrypt']));
    expect(termsOf('reported')).toContain(termsOf('report')[0]);
    expect(termsOf('decides')).toContain(termsOf('decide')[0]);
    expect(termsOf('encrypting')).toContain(termsOf('encrypt')[0]);
  });
});

describe('informalFormCandidates: the weak past tense', () => {
  it.each([
    ['klikte', ['klik', 'geklikt']],
    ['belden', ['bel', 'gebeld']],
  ])('offers %j its root and participle %j', (word, forms) => {
    expect(informalFormCandidates(word)).toEqual(expect.arrayContaining(forms));
  });

  it('reads it as the participle when the index has only that ("klikte" is "geklikt")', () => {
    const { termsOf } = createAnalyzer(new Set(['geklikt']));
    expect(termsOf('klikte')).toContain(termsOf('geklikt')[0]);
  });

  it('offers no participle for a word without the ending (near miss)', () => {
    expect(informalFormCandidates('klikken')).not.toContain('geklikt');
  });
});

describe('longVowelForms', () => {
  it.each([
    ['klagen', ['klaag', 'klaagt']],
    ['lezen', ['lees', 'leest']],
    ['sturen', ['stuur', 'stuurt']],
  ])('offers %j the long-vowel forms %j', (word, forms) => {
    expect(longVowelForms(word)).toEqual(forms);
  });

  it.each([['melden'], ['zetten'], ['foto']])('offers %j none (near miss)', (word) => {
    expect(longVowelForms(word)).toEqual([]);
  });

  it('reads the infinitive as the third person the index has ("klagen" as "klaagt")', () => {
    const { termsOf } = createAnalyzer(new Set(['klaagt']));
    expect(termsOf('klagen')).toContain(termsOf('klaagt')[0]);
  });
});

describe('clippedEnForms: an "-en" clipped in chat', () => {
  it.each([
    ['meldn', ['melden']],
    ['lezn', ['lezen']],
    ['overgedragn', ['overgedragen']],
    ['hebbe', ['hebben']],
    ['wille', ['willen']],
  ])('restores %j as %j', (word, forms) => {
    expect(clippedEnForms(word)).toEqual(forms);
  });

  it.each([['melden'], ['foto'], ['mail'], ['mee'], ['toen']])('leaves %j alone', (word) => {
    expect(clippedEnForms(word)).toEqual([]);
  });

  it('reads a clipped verb as the verb in the analyzer', () => {
    const { termsOf } = createAnalyzer(new Set(['lezen', 'mail']));
    expect(termsOf('lezn')).toContain(termsOf('lezen')[0]);
  });
});
