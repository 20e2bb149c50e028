import { closestGroup, questionTerms, similarity } from '../../../../bot/insight/question-groups';

describe('grouping scrubbed questions', () => {
  it.each([
    ['mag ik [naam] zijn dossier mailen', ['dossier', 'mail']],
    ['mag ik het dossier van [naam] mailen', ['dossier', 'mail']],
    ['[naam] [nummer] [e-mail]', []],
    ['hoe lang bewaren wij de cijfers', ['bewar', 'cijfer']],
  ])('reads the content stems of %j', (question, terms) => {
    expect(questionTerms(question)).toEqual(terms);
  });

  it('scores shared stems over all stems', () => {
    expect(similarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(similarity(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(similarity([], [])).toBe(0);
  });

  it('puts a question in the most similar group, the earliest on a tie, none below the bar', () => {
    const groups = [
      { id: 1, terms: ['dossier', 'mail'] },
      { id: 2, terms: ['dossier', 'mail', 'ouder'] },
      { id: 3, terms: ['dossier', 'mail'] },
    ];
    expect(closestGroup(['dossier', 'mail'], groups)?.id).toBe(1);
    expect(closestGroup(['dossier', 'mail', 'ouder'], groups)?.id).toBe(2);
    expect(closestGroup(['foto', 'websit'], groups)).toBeUndefined();
  });

  it('groups the same question asked in other words about other people', () => {
    const first = questionTerms('mag ik het dossier van [naam] mailen naar [naam]');
    const second = questionTerms('mag ik [naam] zijn dossier mailen');
    const other = questionTerms('mag ik fotos van [naam] op de website zetten');
    expect(closestGroup(second, [{ terms: first }])).toBeDefined();
    expect(closestGroup(other, [{ terms: first }])).toBeUndefined();
  });
});
