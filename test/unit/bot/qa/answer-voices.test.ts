// How the answerer copes with the way staff really ask: spoken Dutch and typos, long situations
// with the question at the end, two questions at once, English, and what the policy does not cover.
import { createAnswerer } from '../../../../bot/qa/answerer';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { kindanteKnowledge } from '../../../helpers/knowledge';

const parsed = parseConfig(EXAMPLE_CONFIG);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const answer = createAnswerer(parsed.config, kindanteKnowledge());

describe('answering questions as staff type them', () => {
  it.each([
    ['ik ben mn ww kwijt', 'password-forgotten'],
    ['mag de invaller mn wachtwoord gebruiken?', 'password-sharing'],
    ['wachtwoort vergete wat moet ik doen', 'password-forgotten'],
    ['datalek meldn hoe', 'breach-how-to-report'],
  ])('reads spoken Dutch and typos: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it('finds the question at the end of a long situation', () => {
    const result = answer(
      'Gisteren had ik ouderavond en heb ik mijn tas in de auto laten liggen. Vanochtend was de ruit ingeslagen en de tas weg, met mijn schoollaptop erin. Wat moet ik nu doen?',
    );
    expect(result.answered).toBe(true);
    expect([result.sources[0]?.id, ...result.suggestions.map((each) => each.id)]).toContain(
      'breach-lost-device',
    );
  });

  it('answers two questions at once from two entries, each part with its own section', () => {
    const result = answer('Wie mag een ESIS-account aanvragen en wie maakt het aan?');
    expect(result.sources.map((source) => source.id)).toEqual([
      'esis-who-may-request',
      'esis-who-creates',
    ]);
    expect(result.parts).toHaveLength(2);
    expect(result.parts.map((part) => part.source.section)).toEqual(
      result.sources.map((source) => source.section),
    );
    expect(result.answer).toContain(result.parts[1]?.answer);
  });

  it('answers an unsure in-scope question from the best entry and offers the next ones', () => {
    const result = answer(
      'Bij ons op school hangen de wachtwoorden van het digibord op een briefje naast het bureau. Kinderen kunnen het lezen. Mag dat?',
    );
    expect(result).toMatchObject({ answered: true, confidence: 'low' });
    expect(result.sources[0]?.id).toBe('password-lists');
    expect(result.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    expect(result.suggestions.map((each) => each.id)).not.toContain('password-lists');
  });

  it('answers a picked entry ("Bedoel je" button) in the language of the card', () => {
    const result = answer('', { entryId: 'photo-no-names', language: 'en' });
    expect(result).toMatchObject({ answered: true, confidence: 'high', language: 'en' });
    expect(result.sources[0]?.id).toBe('photo-no-names');
    expect(result.suggestions).toEqual([]);
  });

  it.each([
    ['someone stole my work laptop from my car', 'breach-lost-device'],
    ['Can I send a pupil’s file by email to the youth doctor?', 'email-pupil-file'],
    ['Am I allowed to share my password with the substitute teacher?', 'password-sharing'],
  ])('answers English as Dutch, in English: %j', (question, expected) => {
    const result = answer(question);
    expect(result.language).toBe('en');
    expect(result.sources[0]?.id).toBe(expected);
  });

  it.each([
    ['hoeveel vakantiedagen heb ik dit jaar nog?'],
    ['wanneer wordt het salaris overgemaakt deze maand?'],
    ['de printer op de gang doet het niet, wie kan helpen?'],
    ['Hoe reset ik mijn wachtwoord van Netflix?'],
    ['Mag mijn werkgever mijn contract zomaar niet verlengen?'],
    ['How many sick days am I entitled to?'],
  ])('declines what the policy does not cover, pointing to the privacy officer: %j', (question) => {
    const result = answer(question);
    expect(result).toMatchObject({ answered: false, confidence: 'none', suggestions: [] });
    expect(result.answer).toMatch(/privacy/i);
  });
});
