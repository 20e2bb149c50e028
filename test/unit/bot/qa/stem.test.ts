import { stemDutch } from '../../../../bot/qa/stem';

describe('stemDutch', () => {
  it.each([
    ['wachtwoorden', 'wachtwoord'],
    ['ouders', 'ouder'],
    ['leerlingen', 'leerling'],
    ['verwerkersovereenkomsten', 'verwerkersovereenkomst'],
    ['datalekken', 'datalek'],
  ])('stems %j like %j', (word, same) => {
    expect(stemDutch(word)).toBe(stemDutch(same));
  });

  it('keeps different words apart', () => {
    expect(stemDutch('bewaren')).not.toBe(stemDutch('beveiligen'));
  });
});
