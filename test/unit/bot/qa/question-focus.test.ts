import {
  pointsBack,
  questionFocus,
  referredSentence,
  twoQuestions,
} from '../../../../bot/qa/question-focus';

describe('questionFocus', () => {
  it('reads a short question as its own focus, with no context', () => {
    expect(questionFocus('Mag ik een BSN mailen?')).toEqual({
      focus: 'Mag ik een BSN mailen?',
      context: '',
      sentence: 'Mag ik een BSN mailen?',
    });
  });

  it('finds the question sentence after the situation', () => {
    const found = questionFocus(
      'Gisteren is mijn tas uit de auto gestolen. De schoollaptop zat erin. Moet ik dat melden?',
    );
    expect(found.focus).toBe('Moet ik dat melden?');
    expect(found.context).toBe(
      'Gisteren is mijn tas uit de auto gestolen. De schoollaptop zat erin.',
    );
  });

  it('keeps the whole sentence when its last clause is the focus, so two questions stay together', () => {
    const found = questionFocus(
      "Moeten ouders elk jaar opnieuw toestemming geven voor foto's, en mag één ouder dat intrekken?",
    );
    expect(found.focus).toBe('en mag één ouder dat intrekken?');
    expect(found.sentence).toBe(
      "Moeten ouders elk jaar opnieuw toestemming geven voor foto's, en mag één ouder dat intrekken?",
    );
  });

  it.each([
    'Ik zet zo de toetsuitslagen van mijn groep even op een usb-stick, dan kan ik thuis verder.',
    "I'm about to put the class photos from the trip on my own Instagram, back in a minute.",
  ])(
    'reads a plan told without asking as one whole, not its last aside as the question: %j',
    (text) => {
      expect(questionFocus(text)).toEqual({ focus: text, context: '', sentence: text });
    },
  );

  it.each([
    [
      'Vanochtend lag er een stapel rapporten bij de printer op de gang. Ik weet niet van wie ze zijn. Moet ik dit melden',
      'Moet ik dit melden',
    ],
    [
      'This morning a pile of pupil reports was lying at the printer in the hallway. Nobody knows whose they are. Should I report this',
      'Should I report this',
    ],
  ])('still finds a question that lacks its "?": %j', (text, focus) => {
    expect(questionFocus(text).focus).toBe(focus);
  });
});

describe('twoQuestions', () => {
  it.each([
    [
      'Wie mag het aanvragen en wie maakt het aan?',
      ['Wie mag het aanvragen', 'wie maakt het aan?'],
    ],
    [
      'Moet ik een datalek melden en binnen hoeveel uur moet het bij de AP zijn?',
      ['Moet ik een datalek melden', 'binnen hoeveel uur moet het bij de AP zijn?'],
    ],
    [
      'Ik heb de lijst naar de verkeerde ouder gestuurd, moet ik dat melden en wie moet ik bellen?',
      [
        'Ik heb de lijst naar de verkeerde ouder gestuurd, moet ik dat melden',
        'wie moet ik bellen?',
      ],
    ],
  ])('splits %j', (question, halves) => {
    expect(twoQuestions(question)).toEqual(halves);
  });

  it('keeps one question after an intention: the first half says what, the second asks', () => {
    expect(
      twoQuestions('Ik wil straks de hele klas mailen over de excursie, moeten de ouders in bcc?'),
    ).toBeUndefined();
  });

  it('keeps one question whose second half borrows its topic', () => {
    expect(twoQuestions('Mogen we het bewaren, en hoe lang?')).toBeUndefined();
  });
});

describe('referredSentence', () => {
  it('gives the sentence that tells the case of a two-sentence story, in Dutch and English', () => {
    const dutch =
      'Mijn salarisschaal is na het halen van mijn master nog steeds niet aangepast. Bij wie meld ik dat?';
    expect(referredSentence(dutch, questionFocus(dutch).sentence)).toBe(
      'Mijn salarisschaal is na het halen van mijn master nog steeds niet aangepast.',
    );
    const english =
      'My pay scale was still not adjusted after I finished my degree last year. Who do I report that to?';
    expect(referredSentence(english, questionFocus(english).sentence)).toBe(
      'My pay scale was still not adjusted after I finished my degree last year.',
    );
  });

  it('gives nothing for a longer story, where the sentence before is as often a detail (near miss)', () => {
    const longer =
      'Ik breng de laptops naar de andere locatie. Daarna haal ik een kapotte beamer op. Waar let ik op bij dat vervoer?';
    expect(referredSentence(longer, questionFocus(longer).sentence)).toBe('');
  });
});

describe('pointsBack', () => {
  it('finds a sentence that points back at the story, in Dutch and English', () => {
    expect(pointsBack('Bij wie meld ik dat?')).toBe(true);
    expect(pointsBack('Moeten wij daar rekening mee houden?')).toBe(true);
    expect(pointsBack('Who do I report that to?')).toBe(true);
  });

  it('leaves a sentence that names its own topic (near miss)', () => {
    expect(pointsBack('Mag ik met haar account inloggen?')).toBe(false);
    expect(pointsBack('Can I log in with her account?')).toBe(false);
  });
});
