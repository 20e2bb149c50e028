import { wordsOf } from '../../../../bot/qa/analyzer';
import { separableVerbForms } from '../../../../bot/qa/separable-verbs';
import { STOPWORDS } from '../../../../bot/qa/stopwords';

const formsOf = (question: string) =>
  separableVerbForms(wordsOf(question), (word) => STOPWORDS.has(word));

describe('separableVerbForms', () => {
  it.each([
    ['Wie vraagt dat aan?', 'aanvraagt'],
    ['Wie maakt het account aan?', 'aanmaakt'],
    ['Ik geef het lek meteen door', 'doorgeef'],
    ['Log je wel uit?', 'uitlog'],
  ])('joins the particle of %j to its verb: %s', (question, form) => {
    expect(formsOf(question)).toContain(form);
  });

  it('joins no stopword: "wat houdt het in" is no verb "inhouden"', () => {
    expect(formsOf('Wat houdt dataminimalisatie in?')).not.toContain('inhoudt');
  });

  it('joins no particle before "te": "namen … op te halen" is no "opnamen"', () => {
    expect(
      formsOf('Ik heb een overzicht met namen en scores geprint en vergeten op te halen'),
    ).not.toContain('opnamen');
  });

  it('joins no preposition: "bij wie" is no verb "bijwerken"', () => {
    expect(formsOf('Ik wil minder werken, bij wie vraag ik dat aan?')).not.toContain('bijwerken');
  });

  it('counts its reach in telling words: a plan\'s "zo even" and "het" put the verb no farther', () => {
    expect(formsOf('ik zoek zo even het adres van een leerling op voor een kaartje')).toContain(
      'opzoek',
    );
    expect(formsOf('ik maak zo meteen even voor de nieuwe collega een account aan')).toContain(
      'aanmaak',
    );
  });

  it('still reaches only so far back', () => {
    expect(
      formsOf(
        'ik zoek de klassenlijst, het rooster, de agenda, de toetsen, de mappen en de rapporten op',
      ),
    ).not.toContain('opzoek');
  });

  it('joins nothing without a particle', () => {
    expect(formsOf('Mag ik een BSN mailen?')).toEqual([]);
  });
});
