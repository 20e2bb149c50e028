import { MAX_SCRUBBED_CHARS, scrubQuestion } from '../../../../shared/insight/scrub-question';

describe('scrubbing a question the bot could not answer', () => {
  it.each([
    // Names: listed first names, surnames after them, names by their place, unknown capitals.
    [
      "Mag ik foto's van Daan Bakker op de website zetten?",
      'mag ik fotos van [naam] op de website zetten',
    ],
    [
      'Kan ik de map van Wiśniewski delen met juf Ellen?',
      'kan ik de map van [naam] delen met juf [naam]',
    ],
    [
      'de moeder van Noé belde over haar zoon luuk',
      'de moeder van [naam] belde over haar zoon [naam]',
    ],
    [
      "Kofi's vader wil de cijfers van Jan-Willem zien",
      '[naam] vader wil de cijfers van [naam] zien',
    ],
    [
      'Quirijn woont bij zijn oma, moet ik dat melden?',
      '[naam] woont bij zijn oma moet ik dat melden',
    ],
    ['mijn collega Ahmed El Amrani verloor een laptop', 'mijn collega [naam] verloor een laptop'],
    ['collega Fatima el Amrani verloor een laptop', 'collega [naam] verloor een laptop'],
    ['mag ik de map van jan de vries delen', 'mag ik de map van [naam] delen'],
    ['IBAN van meneer Visser in de mail?', 'iban van meneer [naam] in de mail'],
    // Numbers: BSN in every layout, phone numbers, any digit run.
    ['BSN 123456782 in de mail?', 'bsn [nummer] in de mail'],
    ['Het nummer is 1234.56.782', 'het nummer is [nummer]'],
    ['Bel me op 06-12345678 of +31 6 1234 5678', 'bel me op [nummer] of [nummer]'],
    ['Leerling 4471 uit groep 7b', 'leerling [nummer] uit groep [nummer]'],
    // Addresses and postcodes.
    ['Ik woon op de Kerkstraat 12, 6041 AB', 'ik woon op de [adres] [postcode]'],
    ['het adres is kerkstraat 12a', 'het adres is [adres]'],
    ['postcode 6041ab of 6041 AB', 'postcode [postcode] of [postcode]'],
    // Mail addresses and links.
    ['Mag ik sanne.jansen@gmail.com mailen?', 'mag ik [e-mail] mailen'],
    ['Zie https://school.nl/leerling?id=5 of www.school.nl/x', 'zie [link] of [link]'],
    // What stays: policy words, acronyms, pronouns, titles without a name.
    ['Hoe zit het met ESIS en de AVG?', 'hoe zit het met esis en de avg'],
    ['Geachte mevrouw, mag hij dat inzien?', 'geachte mevrouw mag hij dat inzien'],
    ['ik ben de juf van groep 3', 'ik ben de juf van groep [nummer]'],
  ])('scrubs %j', (question, expected) => {
    expect(scrubQuestion(question)).toBe(expected);
  });

  it('leaves scrubbed text as it is', () => {
    const once = scrubQuestion(
      'Mag ik het rapport van Sanne Jansen (BSN 123456782) naar sanne@gmail.com, Dorpsstraat 4, sturen?',
    );
    expect(once).toBe('mag ik het rapport van [naam] bsn [nummer] naar [e-mail] [adres] sturen');
    expect(scrubQuestion(once)).toBe(once);
  });

  it('keeps one short line of folded words, whatever is sent', () => {
    const scrubbed = scrubQuestion(`${'privacybeleid toestemming formulier '.repeat(60)}\n\n`);
    expect(scrubbed.length).toBeLessThanOrEqual(MAX_SCRUBBED_CHARS);
    expect(scrubbed).toMatch(/^[a-z ]+$/);
  });

  it('keeps no digit, @ or capital of any question', () => {
    const questions = [
      'Mail van Petra (petra@school.nl, 06 1234 5678) over leerling 123456782',
      'Adres: Hoofdweg 1, 1234 AB Amsterdam; BSN: 12.34.56.782',
      'NL91 ABNA 0417 1643 00 van de ouders van Liam',
    ];
    for (const question of questions) expect(scrubQuestion(question)).not.toMatch(/[\d@A-Z]/);
  });
});
