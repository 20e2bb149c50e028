import { detectLanguage } from '../../../../bot/qa/language';

describe('detectLanguage', () => {
  it.each([
    ['Mag ik een BSN mailen?', 'nl'],
    ['Hoe lang bewaren we het dossier?', 'nl'],
    ['datalek', 'nl'],
    ['Can I email a BSN?', 'en'],
    ['How long do we keep pupil records?', 'en'],
    ['Is one parent’s signature enough for photo consent?', 'en'],
    ['Should parents go in BCC?', 'en'],
  ])('reads %j as %s', (question, language) => {
    expect(detectLanguage(question)).toBe(language);
  });
});
