import {
  readOnPurpose,
  readSentOut,
  readThrownOut,
  withoutIdiomVerbs,
  withoutTakenAtWord,
} from '../../../../bot/qa/idioms';

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

  it('drops "houden" that holds an event: right before it, or "een" and the event after it', () => {
    expect(withoutIdiomVerbs(['een', 'ontruimingsoefening', 'houden'])).toEqual([
      'een',
      'ontruimingsoefening',
    ]);
    expect(withoutIdiomVerbs(['houden', 'we', 'een', 'teamvergadering'])).toEqual([
      'we',
      'een',
      'teamvergadering',
    ]);
  });

  it('keeps "houden" of what is kept about an event (near miss)', () => {
    const words = ['hoe', 'lang', 'houden', 'we', 'de', 'notulen', 'van', 'de', 'vergadering'];
    expect(withoutIdiomVerbs(words)).toEqual(words);
  });

  it('drops "houden" that keeps something shut or open: "de school dicht houden"', () => {
    expect(withoutIdiomVerbs(['mag', 'ik', 'de', 'school', 'dicht', 'houden'])).toEqual([
      'mag',
      'ik',
      'de',
      'school',
      'dicht',
    ]);
  });

  it('keeps "houden" of a list kept (near miss): "de lijst dicht bij je houden" keeps it', () => {
    const words = ['mag', 'ik', 'de', 'lijst', 'houden', 'als', 'de', 'school', 'dicht', 'is'];
    expect(withoutIdiomVerbs(words)).toEqual(words);
  });
});

describe('withoutTakenAtWord', () => {
  it.each([
    ['Mag ik op haar woord afgaan?', 'mag ik op afgaan?'],
    ['Kan ik op zijn woord vertrouwen?', 'kan ik op vertrouwen?'],
    ['Can I take her word for it?', 'can i take it?'],
  ])('drops the word of taking someone at their word: %j', (text, expected) => {
    expect(withoutTakenAtWord(text)).toBe(expected);
  });

  it.each(['Wat is een sterk woord voor een wachtwoord?', 'Is one word enough as a password?'])(
    'keeps any other word (near miss): %j',
    (text) => {
      expect(withoutTakenAtWord(text)).toBe(text);
    },
  );
});

describe('readThrownOut', () => {
  it('reads a system that throws its user out as logging out, in Dutch', () => {
    expect(readThrownOut('esis gooit me steeds eruit na een tijdje', ['esis'])).toBe(
      'esis logt me steeds uit na een tijdje',
    );
    expect(readThrownOut('die app van school schopt mij eruit, waarom?', [])).toBe(
      'die app van school logt mij uit, waarom?',
    );
  });

  it('keeps a person who throws someone out, and text without it (near miss)', () => {
    expect(readThrownOut('mijn baas gooit me eruit, mag dat?', ['esis'])).toBe(
      'mijn baas gooit me eruit, mag dat?',
    );
    expect(readThrownOut('esis logs me out all the time', ['esis'])).toBe(
      'esis logs me out all the time',
    );
  });
});

describe('readOnPurpose', () => {
  it('reads "on purpose" as "deliberately"', () => {
    expect(readOnPurpose('It keeps logging me out. Is that on purpose?')).toBe(
      'It keeps logging me out. Is that deliberately?',
    );
  });

  it('keeps a purpose that data is used for (near miss)', () => {
    expect(readOnPurpose('For what purpose do we keep this?')).toBe(
      'For what purpose do we keep this?',
    );
  });
});

describe('readSentOut', () => {
  it('reads a pupil sent out of class as "uitsturen", either word order', () => {
    expect(readSentOut('mag ik een leerling die slaat uit de klas zetten?')).toBe(
      'mag ik een leerling die slaat uitsturen?',
    );
    expect(readSentOut('mag ik een kind gwn de klas uit sturen')).toBe(
      'mag ik een kind gwn uitsturen',
    );
  });

  it('keeps what is sent from the class to someone, and leaving the room (near misses)', () => {
    expect(readSentOut('ik wil de adressen van de kinderen uit de klas sturen')).toBe(
      'ik wil de adressen van de kinderen uit de klas sturen',
    );
    expect(readSentOut('als ik de klas uit loop, moet mijn scherm op slot?')).toBe(
      'als ik de klas uit loop, moet mijn scherm op slot?',
    );
  });
});
