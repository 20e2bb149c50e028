import { wordsOf } from '../../../../bot/qa/analyzer';
import { createKnowledgeIndex } from '../../../../bot/qa/knowledge-index';
import { createLexicon } from '../../../../bot/qa/lexicon';
import { withFieldNames, withPurposeAsked } from '../../../../bot/qa/stopwords';
import type { KnowledgeEntry } from '../../../../shared/policy/knowledge/types';
import { NO_PACK_WORDS } from '../../../../shared/policy/pack/words-file';

function entry(
  id: string,
  question: string,
  situations?: KnowledgeEntry['situations'],
): KnowledgeEntry {
  return {
    id,
    title: { nl: id, en: id },
    questions: { nl: [question], en: [question] },
    answer: { nl: 'Antwoord.', en: 'Answer.' },
    section: '§12 Protocol datalekken',
    related: [],
    reviewBy: '2027-08-01',
    ...(situations ? { situations } : {}),
  };
}

describe('createKnowledgeIndex', () => {
  const knowledge = [
    entry('laptop-care', 'hoe zorg ik voor mijn laptop'),
    entry('breach-lost-device', 'wat doe ik als mijn laptop weg is', {
      nl: ['laptop gestolen uit de auto', 'ingebroken en de schoollaptop is weg'],
      en: ['burglars took my school laptop'],
    }),
  ];
  const index = createKnowledgeIndex(knowledge);

  it('finds an entry by the situations it covers', () => {
    const words = index.queryWords('er is ingebroken in mijn auto');
    expect(index.search(words)[0]?.entry.id).toBe('breach-lost-device');
  });

  it('finds an entry by its English situations too', () => {
    const words = index.queryWords('burglars came last night');
    expect(index.search(words)[0]?.entry.id).toBe('breach-lost-device');
  });

  it('credits a word found in a situation as fully as one found in a question', () => {
    const words = index.queryWords('gestolen');
    const [hit] = index.search(words);
    expect(hit?.termCredit.get(words[0]?.terms[0] ?? '')).toBe(1);
  });

  it.each([
    ['wat betekend dat voor mijn laptop', 'betekend'],
    ['is mijn laptop eigelijk gestolen', 'eigelijk'],
  ])('reads a stopword typed with one slip as the stopword: %j', (question, slip) => {
    const words = index.queryWords(question).map((word) => word.word);
    expect(words).not.toContain(slip);
    expect(words).toContain('laptop');
  });

  it('keeps an unknown word that is no slip of a stopword', () => {
    expect(index.queryWords('mijn laptop en de beamer').map((word) => word.word)).toContain(
      'beamer',
    );
  });

  it('weighs an off-topic word heavily and lets it match nothing', () => {
    const words = index.queryWords('laptop vakantiedagen', 1, new Set(['vakantiedagen']));
    const offTopic = words.find((word) => word.word === 'vakantiedagen');
    expect(offTopic).toMatchObject({ terms: [], isKnown: false });
    expect(offTopic?.weight).toBeGreaterThanOrEqual(
      Math.max(...words.filter((word) => word !== offTopic).map((word) => word.weight)),
    );
  });

  it.each([
    ['ik ben van plan om zometeen mijn laptop mee te nemen', ['laptop']],
    ['ik sta op het punt mijn laptop te vergeten', ['laptop']],
    ["I'm about to take my laptop, gonna do it tonight", ['laptop']],
    ["I'm planning to lock my laptop and going to leave", ['laptop']],
  ])('reads no topic in how a plan is framed: %j', (question, topical) => {
    const words = index.queryWords(question).map((word) => word.word);
    for (const framing of ['plan', 'punt', 'zometeen', 'about', 'gonna', 'tonight', 'planning'])
      expect(words).not.toContain(framing);
    expect(words).toEqual(expect.arrayContaining(topical));
  });

  it.each([
    ["I'll take my laptop, we'd like to lock it", ['ill', 'id', 'like'], ['laptop']],
    ['Let me just quickly lock my laptop', ['let', 'quickly'], ['laptop']],
    ['ik neem even snel mijn laptop mee', ['snel'], ['laptop']],
  ])('reads no topic in contractions and haste: %j', (question, framing, topical) => {
    const words = index.queryWords(question).map((word) => word.word);
    for (const each of framing) expect(words).not.toContain(each);
    expect(words).toEqual(expect.arrayContaining(topical));
  });

  it.each([
    ['Should I lock my laptop, or anything else?', ['anything', 'else'], ['laptop']],
    ['What is the laptop used for?', ['used', 'for'], ['laptop']],
  ])('reads no topic in "anything else" or "used for": %j', (question, framing, topical) => {
    const words = index.queryWords(question).map((word) => word.word);
    for (const each of framing) expect(words).not.toContain(each);
    expect(words).toEqual(expect.arrayContaining(topical));
  });

  it.each([
    ['Which kind of information does the school keep?', ['kind'], ['information']],
    ['What sort of data is kept?', ['sort'], ['data']],
  ])('reads no topic in the English "what kind of": %j', (question, framing, topical) => {
    const words = index.queryWords(question).map((word) => word.word);
    for (const each of framing) expect(words).not.toContain(each);
    expect(words).toEqual(expect.arrayContaining(topical));
  });

  it('reads the past tense of a modal verb as no topic, as its present is', () => {
    const words = index
      .queryWords('wanneer moesten de overeenkomsten klaar zijn')
      .map((w) => w.word);
    expect(words).not.toContain('moesten');
    expect(words).toContain('overeenkomsten');
  });

  it('keeps the Dutch "kind" in "een kind of een ouder" (near miss)', () => {
    const words = index.queryWords('mag een kind of een ouder het dossier zien').map((w) => w.word);
    expect(words).toContain('kind');
  });

  it('keeps "used" and "else" when they are not that phrase', () => {
    const words = index.queryWords('my laptop is used by someone else').map((word) => word.word);
    expect(words).toEqual(expect.arrayContaining(['used', 'else']));
  });

  it('keeps "snel" when it asks how soon', () => {
    const words = index.queryWords('hoe snel moet mijn laptop terug').map((word) => word.word);
    expect(words).toContain('snel');
  });

  it('keeps "plan" when it is what the question is about', () => {
    const words = index.queryWords('wie maakt het plan voor de laptop').map((word) => word.word);
    expect(words).toContain('plan');
  });

  it('weighs a number lightly: "groep 5" does not name a topic', () => {
    const five = index.queryWords('leesboeken voor groep 5').find((word) => word.word === '5');
    expect(five?.weight ?? 0).toBeLessThanOrEqual(1);
  });

  it('never reads a stopword as the known word one slip away ("letten" is no "letter")', () => {
    const letters = createKnowledgeIndex([entry('letters', 'een letter in de brief')]);
    expect(letters.queryWords('waar moet ik op letten').map((word) => word.word)).toEqual([]);
  });

  it('joins a separable verb only when the index knows the joined verb itself', () => {
    const recording = createKnowledgeIndex([
      entry('lesson', 'mag ik een les terugkijken met de kinderen als ze terug in de klas zijn'),
    ]);
    const words = recording
      .queryWords('ik kijk de les met de kinderen terug')
      .map((word) => word.word);
    expect(words).toContain('terugkijk');
    // "kinderen" and "terug" are both words, but "terugkinderen" is no verb.
    expect(words).not.toContain('terugkinderen');
  });
  it("reads the board's name misspelt as the name itself: a filler, no unknown word", () => {
    const board = createKnowledgeIndex(
      [entry('role-board', 'wie is eindverantwoordelijk voor privacy')],
      undefined,
      createLexicon({ ...NO_PACK_WORDS, fillers: ['kindante'] }),
    );
    expect(board.queryWords('privacy binnen kindnate').map((word) => word.word)).toEqual([
      'privacy',
      'binnen',
    ]);
    // Two slips from the name is another word, kept as typed.
    expect(board.queryWords('privacy kindnaet').map((word) => word.word)).toContain('kindnaet');
  });

  it('weighs a long word with one slip as fully as the word, a short one or a compound tail less', () => {
    const long = createKnowledgeIndex([
      entry('role-board', 'wie is eindverantwoordelijk'),
      entry('notes', 'mag ik zorg in de notities zetten'),
      entry('password', 'mijn wachtwoord vergeten'),
    ]);
    const weightOf = (question: string, word: string) =>
      long.queryWords(question).find((each) => each.word === word)?.weight ?? 0;
    expect(weightOf('eindverantwoordleijk', 'eindverantwoordelijk')).toBe(
      weightOf('eindverantwoordelijk', 'eindverantwoordelijk'),
    );
    expect(weightOf('wachtwoort', 'wachtwoord')).toBeLessThan(weightOf('wachtwoord', 'wachtwoord'));
    // The slip is in "notities", a short word, however long the compound.
    expect(weightOf('zorgnotitis', 'zorgnotities')).toBeLessThan(
      weightOf('zorgnotities', 'zorgnotities'),
    );
  });

  it('reads a compound known only by a part as the known whole word one slip away', () => {
    const calendar = createKnowledgeIndex([
      entry('activity-calendar', 'wat staat er in de activiteitenkalender'),
      entry('photo', 'fotos van een activiteit op de kalender'),
    ]);
    const [word] = calendar.queryWords('actviteitenkalender');
    expect(word?.word).toBe('activiteitenkalender');
    // A new compound of known parts stays as typed, even one slip from a known word.
    expect(calendar.queryWords('fotokalender')[0]?.word).toBe('fotokalender');
    const mail = createKnowledgeIndex([
      entry('private-mail', 'mag ik mijn gmail gebruiken voor mijn adres'),
      entry('mail-address', 'wat is mijn emailadres'),
    ]);
    expect(mail.queryWords('gmailadres')[0]?.word).toBe('gmailadres');
  });

  it('reads a question or degree word run together with the next word as that word: "hoevaak"', () => {
    const review = createKnowledgeIndex([
      entry('policy-review', 'hoe vaak wordt het beleid herzien'),
      entry('signature', 'mag ik een teken of een tekening mailen'),
    ]);
    const wordsOf = (question: string) => review.queryWords(question).map((word) => word.word);
    expect(wordsOf('hoevaak wordt het beleid herzien')).toEqual(
      wordsOf('hoe vaak wordt het beleid herzien'),
    );
    expect(wordsOf('tevaak herzien')).toEqual(['vaak', 'herzien']);
    // A word of its own that starts so stays itself, and a short rest is no word run together.
    expect(wordsOf('tekening')).toEqual(['tekening']);
    expect(wordsOf('hoeken')).toEqual(['hoeken']);
  });

  it('skips a stopword clipped in chat ("wille", "moetn"), not a known word that looks clipped', () => {
    const rights = createKnowledgeIndex([
      entry('rights', 'ouders willen het dossier inzien, hebbe'),
    ]);
    expect(rights.queryWords('ouders wille dossier inzien').map((word) => word.word)).toEqual([
      'ouders',
      'dossier',
      'inzien',
    ]);
    expect(rights.queryWords('hebbe dossier').map((word) => word.word)).toContain('hebbe');
  });

  it('joins a compound typed apart when one half is no word of its own: "crypt share"', () => {
    const apart = createKnowledgeIndex([
      entry('cryptshare', 'hoe werkt cryptshare'),
      entry('breach', 'wat is een datalek, de data zijn weg en het lek is groot'),
    ]);
    const wordsOf = (question: string) => apart.queryWords(question).map((word) => word.word);
    expect(wordsOf('hoe werkt crypt share')).toEqual(wordsOf('hoe werkt cryptshare'));
    // Two words the knowledge base uses alone stay two words.
    expect(wordsOf('data lek')).toEqual(['data', 'lek']);
  });

  it('joins two words whose join is a synonym the board lists: "privacy persoon"', () => {
    const lexicon = createLexicon({ ...NO_PACK_WORDS, synonyms: { fg: ['privacypersoon'] } });
    const roles = createKnowledgeIndex(
      [
        entry('role-dpo', 'wie is de fg'),
        entry('privacy-regulation', 'wat staat er in het privacyreglement'),
      ],
      undefined,
      lexicon,
    );
    const words = roles.queryWords('wie is de privacy persoon');
    expect(words.map((word) => word.word)).toEqual(['privacypersoon']);
    expect(roles.search(words)[0]?.entry.id).toBe('role-dpo');
  });
});

describe('withFieldNames', () => {
  it.each([
    ["zet ik alle ouders in de 'aan'?", ['zet', 'ik', 'alle', 'ouders', 'in', 'de', 'aanveld']],
    [
      'iedereen in de aan en niemand in bcc',
      ['iedereen', 'in', 'de', 'aanveld', 'en', 'niemand', 'in', 'bcc'],
    ],
  ])('names the To line of %j', (text, words) => {
    expect(withFieldNames(wordsOf(text))).toEqual(words);
  });

  it.each([
    ['de aan- en afmelding van leerlingen'],
    ['ik wil het aan een ouder vertellen'],
    ['vraag de aanvraag aan'],
  ])('leaves "aan" as a preposition or a particle in %j', (text) => {
    expect(withFieldNames(wordsOf(text))).toEqual(wordsOf(text));
  });

  it('reads "aan" after "in de" / "in het" as the To field of a mail', () => {
    expect(withFieldNames(['alle', 'ouders', 'in', 'de', 'aan', 'zetten'])).toEqual([
      'alle',
      'ouders',
      'in',
      'de',
      'aanveld',
      'zetten',
    ]);
    expect(withFieldNames(['in', 'het', 'aan'])).toEqual(['in', 'het', 'aanveld']);
  });

  it.each([
    [['toestemming', 'aan', 'de', 'ouders', 'vragen']],
    [['ik', 'zet', 'de', 'laptop', 'aan']],
  ])('leaves "aan" as preposition or particle (near miss): %j', (words) => {
    expect(withFieldNames(words)).toEqual(words);
  });
});

describe('withPurposeAsked', () => {
  it.each([
    [
      'What is this privacy policy actually for?',
      ['what', 'is', 'this', 'privacy', 'policy', 'actually', 'purpose'],
    ],
    ["What's the pupil file for?", ['whats', 'the', 'pupil', 'file', 'purpose']],
  ])('reads the stranded "for" of %j as the purpose asked', (text, words) => {
    expect(withPurposeAsked(wordsOf(text))).toEqual(words);
  });

  it.each([
    'What do we need consent for?',
    'What is the consent form used for in our school when a pupil joins a club for sports?',
    'Waar is het privacybeleid voor?',
  ])('leaves the words of %j as they are (near miss)', (text) => {
    expect(withPurposeAsked(wordsOf(text))).toEqual(wordsOf(text));
  });
});
