// Finds the question in what staff type: a long situation ("gisteren ..., en nu ..., moet ik ...?")
// carries its question in the last sentence or clause; the rest is context that counts less. And a
// question that asks two things ("wie vraagt het aan, en wie maakt het?") is split in two.

/** Below this many words a text is one question, not a situation. */
const MIN_SITUATION_WORDS = 14;
/** A clause with fewer words than this cannot carry the question on its own. */
const MIN_FOCUS_WORDS = 3;

export interface QuestionFocus {
  /** The sentence or clause that asks. */
  focus: string;
  /** What happened, said before the question (empty for a short question). */
  context: string;
  /**
   * The whole sentence that asks: the focus, or, when the focus is the last clause of one long
   * sentence, that sentence ("Moeten ouders elk jaar toestemming geven, en mag één ouder dat
   * intrekken?"), where two questions may sit side by side.
   */
  sentence: string;
  /**
   * The one sentence (or clause) told before the asking one, when the message is just that and its
   * question: where a question that refers back ("…. Mag dat zomaar?") finds what it asks about.
   * Empty for a short question and for a longer story, whose last sentence is one detail of many.
   */
  previous: string;
}

const SENTENCE_END = /(?<=[.?!\n])\s/u;
/** On text with single spaces (see `singleSpaced`), so no quantifier can backtrack. */
const CLAUSE_BREAK = /[,;:] | (?:en|maar|dus|and|but|so) (?=(?:nu|now)\b)/u;
/** Words a question starts with; a set, not an alternation, so no regex engine can stall on it. */
const QUESTION_WORDS = new Set(
  (
    'wie wat hoe hoelang hoeveel waar wanneer welke welk waarom moet moeten mag mogen kan kun ' +
    'binnen vanaf tot ' +
    // A Dutch question may start with its own verb ("geldt die code ook voor mij"): these rarely
    // start anything else.
    'geldt gelden hoort horen valt vallen ' +
    'kunnen is zijn heeft hebben wordt who what how when where which why must may can could ' +
    'should do does are am'
  ).split(' '),
);

/**
 * Prepositions a question word may follow: "Voor welke doelen …?", "Bij wie moet ik …?", "To whom
 * …?" ask as much as "Welke doelen …?".
 */
const QUESTION_PREPOSITIONS = new Set(
  'voor bij met aan naar van op in door over uit tegen for with to from by about of'.split(' '),
);
/** Question words that may follow such a preposition (not "is", "kan": "voor is" asks nothing). */
const WH_WORDS = new Set(
  'wie wat welke welk wanneer hoelang hoeveel whom who what which when how'.split(' '),
);

function startsLikeQuestion(text: string): boolean {
  const [first = '', second = ''] = text
    .trim()
    .split(' ', 2)
    .map((word) => word.toLowerCase().replace(/[^a-z]/g, ''));
  if (QUESTION_WORDS.has(first)) return true;
  return QUESTION_PREPOSITIONS.has(first) && WH_WORDS.has(second);
}

/**
 * A comma inside a list ("namen, allergieën en telefoonnummers"): the list goes on after it, one
 * word at a time, to its "en" or "of", so it breaks no clause.
 */
const LIST_COMMA = /,(?= [^\s,;:.?!]+(?:,| (?:en|of|and|or) ))/gu;

/** Single spaces and no list commas, so clauses split where a clause ends, not inside a list. */
const singleSpaced = (text: string) => text.replace(/\s+/gu, ' ').replace(LIST_COMMA, '');

/** The lower-case words of a text with their punctuation and digits dropped: "Mag dat?" → mag, dat. */
function plainWords(text: string): string[] {
  return singleSpaced(text)
    .trim()
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(/[^a-z]/gu, ''))
    .filter((word) => word !== '');
}

/** A sentence, or its last clause, that starts like a question though it lacks the "?". */
function asksWithoutMark(sentence: string): boolean {
  const clauses = singleSpaced(sentence.trim()).split(CLAUSE_BREAK);
  return startsLikeQuestion(sentence.trim()) || startsLikeQuestion(clauses.at(-1)?.trim() ?? '');
}

const wordCount = (text: string) => text.split(/\s+/u).filter((word) => word !== '').length;

/** Openers of a clause that concedes ("ook als het digibord dan zwart wordt"): an aside, not the question. */
const CONCESSIONS: readonly string[] = [
  'ook als',
  'ook al',
  'ook wanneer',
  'zelfs als',
  'zelfs wanneer',
  'al is',
  'even if',
  'even though',
  'even when',
  'although',
  'though',
];

/**
 * The sentence without a last clause that concedes, and that clause: "Moet ik mijn scherm
 * vergrendelen, ook als het digibord dan zwart wordt?" asks about locking the screen, whatever the
 * board does.
 */
function withoutConcession(sentence: string): { asked: string; aside: string } {
  const clauses = singleSpaced(sentence).split(CLAUSE_BREAK);
  const last = (clauses.at(-1) ?? '').trim().toLowerCase();
  if (clauses.length < 2 || !CONCESSIONS.some((opener) => last.startsWith(`${opener} `)))
    return { asked: sentence, aside: '' };
  const asked = clauses.slice(0, -1).join(', ').trim();
  return { asked: sentence.endsWith('?') ? `${asked}?` : asked, aside: clauses.at(-1) ?? '' };
}

/** Openers of a clause that lists examples: it names no question of its own. */
const EXAMPLE_OPENERS = new Set([
  'zoals',
  'bijvoorbeeld',
  'bv',
  'bijv',
  'such',
  'like',
  'including',
]);

/** The clauses with a last one of examples joined to the one before it. */
function withoutExamples(clauses: string[]): string[] {
  const first = (clauses.at(-1) ?? '')
    .trim()
    .split(' ', 1)[0]
    ?.toLowerCase()
    .replace(/[^a-z]/gu, '');
  if (clauses.length < 2 || !EXAMPLE_OPENERS.has(first ?? '')) return clauses;
  return [...clauses.slice(0, -2), `${clauses.at(-2) ?? ''}, ${clauses.at(-1) ?? ''}`];
}

/** Words that join a clause to the one before as more of the same: no motive. */
const JOINING_WORDS = new Set('en of maar ook and or but also plus'.split(' '));

/**
 * Which clause of one sentence asks: the last one, unless it starts like no question while the
 * first one does ("Can I use my Gmail for the report, the Outlook is so slow": the motive follows).
 * A clause that joins on ("…, en welke stappen volgen?", "…, and is it paid?") is no motive.
 */
function lastAskingClause(clauses: readonly string[]): number {
  const lastAt = clauses.length - 1;
  if (lastAt < 1 || startsLikeQuestion(clauses[lastAt] ?? '')) return lastAt;
  const goesOn = (clause: string) =>
    startsLikeQuestion(clause) ||
    JOINING_WORDS.has((clause.trim().split(' ', 1)[0] ?? '').toLowerCase());
  return startsLikeQuestion(clauses[0] ?? '') && !clauses.slice(1).some(goesOn) ? 0 : lastAt;
}

/**
 * Pronouns by which a clause asks about what was told before it: "…, wat doet die nou?", "…, mag
 * ik het zelf repareren?", "…, may I share it?".
 */
const POINTING_PRONOUNS = new Set(['die', 'het', 'hem', 'ze', 'it', 'them', 'those', 'one']);

/**
 * A short question of one sentence that first tells and then asks, after a comma: "my colleague
 * forgot her password, can she use my login?" asks about using a login, the forgotten password is
 * what happened. The asking clause is the focus, the told one its context, as in a longer story.
 * A sentence that asks in its first clause, or whose last clause takes its topic from the first
 * ("…, hoe regelen we dat?", "…, what can I do?", "die knop, wat doet die?"), stays one question.
 */
function toldThenAsked(sentence: string): QuestionFocus {
  const whole = { focus: sentence, context: '', sentence, previous: '' };
  const clauses = singleSpaced(sentence).split(CLAUSE_BREAK);
  const [told = '', ...rest] = clauses;
  const asked = rest.join(', ').trim();
  if (
    clauses.length !== 2 ||
    !sentence.endsWith('?') ||
    startsLikeQuestion(told) ||
    !startsLikeQuestion(asked) ||
    refersBack(asked) ||
    plainWords(asked).some((word) => POINTING_PRONOUNS.has(word)) ||
    wordCount(told) < MIN_FOCUS_WORDS ||
    wordCount(asked) < MIN_FOCUS_WORDS
  )
    return whole;
  return { focus: asked, context: told.trim(), sentence, previous: told.trim() };
}

/**
 * Verbs that, put before their subject, ask in mid-text ("… op de printer ligt wat moet ik daar nou
 * mee", "… zien moet ik dat gwn doen"): modals and the verbs a yes/no question starts with, in the
 * present tense only, since a story told in the past inverts too ("toen moest ik …").
 */
const ASKING_VERBS = new Set(
  (
    'moet moeten mag mogen kan kun kunnen is hoort geldt ' +
    'must may can could should do does is are'
  ).split(' '),
);
/** Subjects after such a verb: a person asking, or what was just told ("kan dat", "is dat normaal"). */
const ASKING_SUBJECTS = new Set('ik we wij je jij u dat dit het i we you it that this'.split(' '));
/** Question words that may come right before the asking verb: "wat moet ik", "what should I". */
const ASKING_WH = new Set(
  'wie wat hoe waar wanneer welke welk waarom hoelang hoeveel who what how where when which why'.split(
    ' ',
  ),
);
/** The asking part of a dictated message is short: a longer tail is more story. */
const MAX_MID_QUESTION_WORDS = 12;
/** A question word this many words before the asking verb opens the question: "hoe lang moeten we". */
const MAX_WH_LOOKBACK = 3;
/** Prepositions before such a question word: "bij wie moet ik", "onder welke voorwaarden mag ik". */
const MID_PREPOSITIONS = new Set([...QUESTION_PREPOSITIONS, 'na', 'onder', 'sinds', 'tot']);
/** Words that join a second half to a question: "moet ik … veranderen of is dat een advies". */
const ALTERNATIVE_JOINS = new Set(['of', 'en', 'or', 'and']);

/**
 * Where the question starts in a clause dictated without punctuation, as a word index, or -1: the
 * last asking verb before its subject ("moet ik", "kan dat"), with a question word up to three
 * words before it and a preposition before that ("bij wie moet ik", "hoe lang moeten we"). A verb
 * after "of" / "en" opens the second half of a question started earlier ("moet ik X veranderen of
 * is dat …"), so the search goes on before it. The story before keeps MIN_FOCUS_WORDS words. A
 * clause that starts like a question ("mag ik de lijst mailen dat is handig") asks from its start.
 * @example midTextQuestionStart('de schoonmaakster zegt dat er uitdraaien liggen wat moet ik daarmee') // 7
 */
export function midTextQuestionStart(clause: string): number {
  const words = plainWords(clause);
  const opening = words.findIndex((word) => !JOINING_WORDS.has(word) && word !== 'nu');
  // "…, en hoe lang mogen we die beelden bewaren": the clause asks from its start.
  if (startsLikeQuestion(words.slice(Math.max(opening, 0)).join(' '))) return -1;
  for (let at = words.length - 2; at >= MIN_FOCUS_WORDS; at--) {
    if (words.length - at > MAX_MID_QUESTION_WORDS) return -1;
    if (!ASKING_VERBS.has(words[at] ?? '') || !ASKING_SUBJECTS.has(words[at + 1] ?? '')) continue;
    if (ALTERNATIVE_JOINS.has(words[at - 1] ?? '')) continue;
    let start = at;
    for (let back = 1; back <= MAX_WH_LOOKBACK; back++)
      if (ASKING_WH.has(words[at - back] ?? '')) start = at - back;
    // "… staat parro op wat moet ik doen": "op" belongs to the story; "bij wie" asks.
    if (start < at && words[start] !== 'wat' && MID_PREPOSITIONS.has(words[start - 1] ?? ''))
      start--;
    return start >= MIN_FOCUS_WORDS ? start : -1;
  }
  return -1;
}

/** A clause cut where its question starts (see midTextQuestionStart), or undefined. */
function splitAtMidQuestion(clause: string): { story: string; asked: string } | undefined {
  const at = midTextQuestionStart(clause);
  if (at === -1) return undefined;
  // plainWords drops words of punctuation alone ("-"): count on the same words.
  const tokens = singleSpaced(clause).trim().split(' ');
  let seen = -1;
  const cut = tokens.findIndex((token) => {
    if (token.toLowerCase().replace(/[^a-z]/gu, '') !== '') seen++;
    return seen === at;
  });
  if (cut <= 0) return undefined;
  return { story: tokens.slice(0, cut).join(' '), asked: tokens.slice(cut).join(' ') };
}

/** Words of a tag that asks to confirm: "3 dagen toch?", "72 uur, right?", "klopt, 3 dagen?". */
const TAG_WORDS = new Set(['toch', 'klopt', 'right', 'correct', 'juist']);
/** Number words a guessed figure may be said in: "drie dagen toch?". */
const NUMBER_WORDS = new Set(
  'twee drie vier vijf zes zeven acht negen tien twaalf twintig two three four five six seven eight nine ten twelve twenty'.split(
    ' ',
  ),
);
/** A tag this short adds a guess, no question. */
const MAX_TAG_WORDS = 4;

/**
 * Whether a sentence only guesses a figure and asks to confirm it ("3 dagen toch?", "72 hours,
 * right?", "klopt, 3 dagen?"): short, with a number, ending or starting on a tag word. A figure is no topic: the question it
 * follows is. A tag that names something else ("snappet en gynzy toch?") may name the topic.
 * @example isFigureGuess('3 dagen toch?') // true
 */
export function isFigureGuess(sentence: string): boolean {
  const raw = singleSpaced(sentence).trim().toLowerCase().split(' ');
  const words = plainWords(sentence);
  return (
    raw.length <= MAX_TAG_WORDS &&
    (TAG_WORDS.has(words.at(-1) ?? '') || TAG_WORDS.has(words[0] ?? '')) &&
    raw.some((word) => /\d/u.test(word) || NUMBER_WORDS.has(word.replace(/[^a-z]/gu, '')))
  );
}

/**
 * @example questionFocus('Mijn tas is gestolen. Moet ik dat melden?').focus // 'Moet ik dat melden?'
 */
export function questionFocus(text: string): QuestionFocus {
  const trimmed = text.trim();
  if (wordCount(trimmed) < MIN_SITUATION_WORDS) return toldThenAsked(trimmed);
  const sentences = trimmed.split(SENTENCE_END).filter((each) => each.trim() !== '');
  // A plan or a story told without asking ("Ik laat mijn laptop even in de kantine liggen, ben zo
  // terug."): no sentence is the question, so none outweighs the rest; its last words are an
  // aside, not the topic. A question without its "?" still starts like one ("Moet ik dit melden").
  if (
    !trimmed.includes('?') &&
    !sentences.some(asksWithoutMark) &&
    splitAtMidQuestion(lastClause(sentences.at(-1) ?? '')) === undefined
  )
    return { focus: trimmed, context: '', sentence: trimmed, previous: '' };
  // A figure guessed after the question ("… door te geven? 3 dagen toch?") is no question of its
  // own: it belongs to the sentence before.
  const tagAt = sentences.length - 1;
  if (tagAt > 0 && isFigureGuess(sentences[tagAt] ?? '') && sentences[tagAt - 1]?.includes('?'))
    sentences.splice(tagAt - 1, 2, `${sentences[tagAt - 1] ?? ''} ${sentences[tagAt] ?? ''}`);
  // The question sentence: the last one asking (with "?"), else the last one.
  let index = sentences.length - 1;
  for (let each = sentences.length - 1; each >= 0; each--) {
    if ((sentences[each] as string).includes('?')) {
      index = each;
      break;
    }
  }
  const { asked: sentence, aside } = withoutConcession((sentences[index] as string).trim());
  let focus = sentence;
  const before = sentences.slice(0, index);
  const after = [...sentences.slice(index + 1), aside];
  // One long sentence: its last clause asks ("…, en nu is de laptop weg, moet ik dat melden?").
  // A last clause of examples ("…, zoals gordels en zitverhogers?") belongs to the clause before.
  if (sentences.length === 1) {
    const clauses = withoutExamples(singleSpaced(focus).split(CLAUSE_BREAK));
    const asking = lastAskingClause(clauses);
    const last = clauses[asking]?.trim() ?? '';
    if (clauses.length > 1 && asking > 0 && wordCount(last) >= MIN_FOCUS_WORDS) {
      before.push(clauses.slice(0, asking).join(', '));
      focus = last;
    } else if (asking === 0 && clauses.length > 1 && wordCount(last) >= MIN_FOCUS_WORDS) {
      // "Can I use my Gmail to send the report, the Outlook is so slow": the first clause asks,
      // the ones after it tell why.
      after.unshift(clauses.slice(1).join(', '));
      focus = last;
    }
  }
  // Dictated without punctuation, the question starts mid-clause ("… op de printer ligt wat moet
  // ik daar nou mee"): the story before it is context, and the asking part is the sentence.
  // Only where no punctuation splits it: "…: wat gebeurt er met de accounts, moet ik dat zelf
  // regelen?" asks from its clause break.
  const mid = splitAtMidQuestion(focus);
  let asking = sentence;
  if (
    mid &&
    wordCount(mid.story) >= MIN_FOCUS_WORDS &&
    wordCount(mid.asked) >= MIN_FOCUS_WORDS &&
    !/[,;:]/u.test(focus)
  ) {
    before.push(mid.story);
    focus = mid.asked;
    asking = mid.asked;
  }
  return {
    focus,
    context: [...before, ...after].join(' ').trim(),
    sentence: asking,
    previous: before.length === 1 && after.join('').trim() === '' ? (before[0] ?? '').trim() : '',
  };
}

/** How a plan starts ("ik zet even …", "I'll send …"): the one who tells it, doing it. */
const PLAN_OPENERS = new Set(['ik', 'we', 'wij', 'i', 'ill', 'im']);
/**
 * Words that open a clause going on with the plan itself, not its motive: how or with what
 * ("…, met verificatie per sms", "…, via WhatsApp"), or a further step ("…, en ik …").
 */
const PLAN_GOES_ON = new Set(
  (
    'met via zonder in op naar voor bij aan en maar of ik we wij with without via to on in for ' +
    'and but or i'
  ).split(' '),
);

/**
 * The text without the motive told after what is asked or planned: a sentence after the last one
 * asking ("Can I use my Gmail to email parents? Outlook keeps crashing"), or a clause after a plan
 * told without asking ("Ik koppel mijn eigen laptop aan het netwerk, die van school is zo traag").
 * Why someone does it is no topic of the question: a slow or crashing school device is the reason
 * for the plan the policy speaks of. A trailing clause or sentence that asks stays ("…, mag dat?").
 * @example withoutMotive('Ik koppel mijn laptop aan het netwerk, die van school is traag') // 'Ik koppel mijn laptop aan het netwerk'
 */
export function withoutMotive(text: string): string {
  return motiveSplit(text).asked;
}

/** What is asked or planned, and the motive told after it ('' when none): see withoutMotive. */
export function motiveSplit(text: string): { asked: string; motive: string } {
  const trimmed = singleSpaced(text).trim();
  const split = (asked: string) => ({
    asked,
    motive: trimmed
      .slice(asked.length)
      .replace(/^[\s,;:]+/u, '')
      .trim(),
  });
  const sentences = trimmed.split(SENTENCE_END).filter((each) => each.trim() !== '');
  const lastAsking = sentences.map((each) => each.includes('?')).lastIndexOf(true);
  if (lastAsking !== -1) {
    const after = sentences.slice(lastAsking + 1);
    const kept = sentences.slice(0, lastAsking + 1).join(' ');
    return split(
      after.length > 0 && !after.some(asksWithoutMark) && wordCount(kept) >= MIN_FOCUS_WORDS
        ? kept
        : trimmed,
    );
  }
  const opener = (trimmed.split(' ', 1)[0] ?? '').toLowerCase().replace(/[^a-z]/gu, '');
  // "what is unilogic exactly, i see the name everywhere": a first clause that asks without its
  // "?", and a motive after it that neither asks nor joins on (see lastAskingClause).
  const parts = trimmed.split(CLAUSE_BREAK);
  if (
    sentences.length === 1 &&
    parts.length > 1 &&
    lastAskingClause(parts) === 0 &&
    wordCount(parts[0] ?? '') >= MIN_FOCUS_WORDS
  )
    return split((parts[0] ?? '').trim());
  if (sentences.length !== 1 || !PLAN_OPENERS.has(opener)) return split(trimmed);
  // "…, omdat de schoolpc traag is", "… zodat de overblijfouders het zien": why, not what.
  const planned = withoutReason(trimmed);
  const clauses = planned.split(', ');
  const first = clauses[0] ?? '';
  if (clauses.length < 2 || wordCount(first) < MIN_FOCUS_WORDS) return split(planned);
  const continuesPlan = (clause: string) =>
    startsLikeQuestion(clause) ||
    PLAN_GOES_ON.has((clause.trim().split(' ', 1)[0] ?? '').toLowerCase());
  return split(clauses.slice(1).some(continuesPlan) ? planned : first);
}

/**
 * Conjunctions that open the reason or purpose of a plan, with or without a comma before them:
 * "omdat de schoolpc traag is", "zodat opa's en oma's het zien", "want ik loop even weg".
 */
const REASON_OPENERS = new Set(['omdat', 'zodat', 'want', 'aangezien', 'because']);

/**
 * A plan (one sentence, no question) without the clause that says why or what for: the reason is
 * no topic of the plan, as the motive after a comma is not (see motiveSplit). The plan keeps at
 * least MIN_FOCUS_WORDS words: "Ik wil zodat …" cuts nothing.
 */
function withoutReason(plan: string): string {
  const words = plan.split(' ');
  const at = words.findIndex(
    (word, index) =>
      index >= MIN_FOCUS_WORDS && REASON_OPENERS.has(word.toLowerCase().replace(/[^a-z]/gu, '')),
  );
  return at === -1
    ? plan
    : words
        .slice(0, at)
        .join(' ')
        .replace(/[,;:]$/u, '');
}

/**
 * Ways to reach someone: in "Wie moet ik bellen?" the channel, not what the question is about; so
 * is passing something on in "who should I send it to?", "who do I forward it to?".
 */
const CONTACT_VERBS = new Set(
  (
    'bellen bel opbellen mailen mail appen contacteren benaderen inlichten waarschuwen ' +
    'call ring phone email contact notify tell inform send forward'
  ).split(' '),
);
/** Words that ask who: "Wie moet ik bellen?", "Bij wie …", "Who do I call?", "Whom …". */
const WHO_WORDS = new Set(['wie', 'who', 'whom']);

/**
 * The contact verbs of a sentence that asks whom to reach ("Wie moet ik nu bellen?", "Who do I
 * have to call?"): such a question asks whom to report to, so after a story the story is what it
 * is about, not the telephone; so does a bare "Kan ik gewoon bellen?" (isBareContactQuestion).
 * Empty for any other sentence ("Mag ik ouders bellen vanaf mijn privételefoon?").
 * @example contactVerbsOfWhoQuestion('Who do I have to call?') // ['call']
 */
export function contactVerbsOfWhoQuestion(sentence: string): string[] {
  const words = plainWords(sentence);
  if (!words.slice(0, 2).some((word) => WHO_WORDS.has(word)) && !isBareContactQuestion(words))
    return [];
  return words.filter((word) => CONTACT_VERBS.has(word));
}

/** Verbs a yes/no question starts with: "Kan ik gewoon bellen?", "Can I just call?". */
const MODAL_STARTS = new Set(['kan', 'kun', 'mag', 'moet', 'can', 'may', 'should', 'must']);
/** A bare question this short names nothing but the channel. */
const MAX_BARE_CONTACT_WORDS = 4;

/**
 * Whether a short yes/no question asks only whether to reach someone ("Kan ik gwn bellen?", "Can I
 * just call?"), with nothing to say whom or about what: after a story, the story is the topic.
 */
function isBareContactQuestion(words: readonly string[]): boolean {
  return (
    words.length <= MAX_BARE_CONTACT_WORDS &&
    MODAL_STARTS.has(words[0] ?? '') &&
    CONTACT_VERBS.has(words.at(-1) ?? '')
  );
}

/** A question this short names no topic of its own: "Waar moet ik heen?", "Wat nu?". */
const MAX_BARE_QUESTION_WORDS = 4;
/** Pronouns that point back at what was just told: "Mag dat?", "Is this allowed?". */
const BACK_POINTERS = new Set(['dat', 'dit', 'that', 'this']);
/** Adverbs that point back wherever they stand: "Moeten wij daar rekening mee houden?". */
const POINTING_ADVERBS: ReadonlySet<string> = new Set(
  (
    'daar daarvoor daarmee daarover daarbij daarop daarin daarvan daaraan hiervoor hiermee ' +
    'hierover hierbij hiervan'
  ).split(' '),
);
/** A preposition that ends an English question after its pointer: "Who do I report that to?". */
const STRANDED_PREPOSITIONS = new Set(['to', 'with', 'about', 'for', 'of', 'on']);

/**
 * Whether an asking sentence takes its topic from the sentence before it: it is too short to name
 * one ("Waar moet ik heen?"), or points back right after its verb ("Mag dat zomaar …?", "Is that
 * allowed?") or right before its last verb or stranded preposition ("Mag de directeur dat goedkeuren?",
 * "Who do I report that to?"), or uses a pointing adverb anywhere ("Moeten wij daar rekening mee
 * houden?").
 * "Mag ik de lijst mailen zonder dat de ouders het weten?" uses "dat" as a conjunction: no.
 * @example refersBack('Mag dat zomaar zonder dat de MR erover heeft meegepraat?') // true
 */
export function refersBack(sentence: string): boolean {
  const words = plainWords(sentence);
  if (words.length <= MAX_BARE_QUESTION_WORDS) return true;
  const isPointer = (at: number) => BACK_POINTERS.has(words.at(at) ?? '');
  const last = words.at(-1) ?? '';
  return (
    isPointer(1) ||
    isPointer(-1) ||
    (isPointer(-2) && (last.endsWith('en') || STRANDED_PREPOSITIONS.has(last))) ||
    words.some((word) => POINTING_ADVERBS.has(word))
  );
}

/** Words that compare two topics, and the word before the first of them. */
const COMPARING = new Set(['verschil', 'verschillen', 'onderscheid', 'difference', 'differences']);
const BETWEEN = new Set(['tussen', 'tussn', 'tusen', 'between']);
const AND = new Set(['en', 'and', 'vs', 'versus']);

/**
 * The two topics of a question that asks how they differ, or undefined: each is a question of its
 * own ("wat is de FG?", "wat is de manager IBP?"), answered from two entries.
 * @example comparedTopics('Wat is het verschil tussen de FG en de manager IBP?') // ['de FG', 'de manager IBP']
 */
export function comparedTopics(question: string): [string, string] | undefined {
  const words = singleSpaced(question)
    .trim()
    .split(' ')
    .map((word) => word.replace(/[?!.,;:]/gu, ''));
  const lower = words.map((word) => word.toLowerCase());
  const at = lower.findIndex((word) => COMPARING.has(word));
  if (at === -1) return undefined;
  if (!BETWEEN.has(lower[at + 1] ?? '')) return topicsBesideComparing(question);
  const start = at + 2;
  const cut = lower.findIndex((word, index) => index > start && AND.has(word));
  if (cut === -1 || cut === words.length - 1) return undefined;
  // "… en die dpo want ik hoor beide namen": why one asks is no part of the second topic.
  const reason = lower.findIndex((word, index) => index > cut + 1 && REASON_OPENERS.has(word));
  return [
    words.slice(start, cut).join(' '),
    words.slice(cut + 1, reason === -1 ? undefined : reason).join(' '),
  ];
}

/**
 * The two topics named in the clauses around a comparing one that names none ("wat doet de manager
 * IBP en wat doet de DPO, wat is het verschil?", "FG en privacyofficer: what's the difference?"):
 * the rest of the text, split at its one "en" / "and".
 */
function topicsBesideComparing(question: string): [string, string] | undefined {
  const clauses = singleSpaced(question)
    .split(/[,;:?.!] ?/u)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const isComparing = (clause: string) =>
    clause
      .toLowerCase()
      .split(' ')
      .some((word) => COMPARING.has(word));
  const rest = clauses.filter((clause) => !isComparing(clause));
  if (rest.length !== 1 || clauses.length !== 2) return undefined;
  const words = (rest[0] as string).split(' ');
  const cuts = words.flatMap((word, at) => (AND.has(word.toLowerCase()) ? [at] : []));
  const [cut] = cuts;
  if (cuts.length !== 1 || cut === undefined || cut === 0 || cut === words.length - 1)
    return undefined;
  return [words.slice(0, cut).join(' '), words.slice(cut + 1).join(' ')];
}

/** The text after the last comma or semicolon. */
function lastClause(text: string): string {
  const at = Math.max(text.lastIndexOf(', '), text.lastIndexOf('; '));
  return at === -1 ? text : text.slice(at + 2);
}

/** On single-spaced text: the separators after which a second question may start. */
const SEPARATORS = ['? ', ', en ', ', and ', ', ', ' en ', ' and '];

/** Where `text` may split, in order: [index, separator length]. */
function splitPoints(text: string): [number, number][] {
  const points: [number, number][] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const separator = SEPARATORS.find((candidate) => lower.startsWith(candidate, i));
    if (separator) {
      points.push([i, separator.length]);
      i += separator.length - 1;
    }
  }
  return points;
}

/**
 * The two questions in a question that asks two things, or undefined. Each half must start like a
 * question (the first in its last clause) and keep some words of its own: "Wie vraagt het aan en wie maakt het aan?" splits,
 * "Mogen we het bewaren, en hoe lang?" stays one question (its second half borrows the topic).
 * @example twoQuestions('Wie mag het aanvragen en wie maakt het aan?') // ['Wie mag het aanvragen', 'wie maakt het aan?']
 */
export function twoQuestions(question: string): [string, string] | undefined {
  const text = singleSpaced(question);
  for (const [cut, length] of splitPoints(text)) {
    const first = text.slice(0, cut).trim();
    const second = text.slice(cut + length).trim();
    if (wordCount(first) < MIN_FOCUS_WORDS || wordCount(second) < MIN_FOCUS_WORDS) continue;
    if (!startsLikeQuestion(second)) continue;
    // The first half asks too, in its last clause: "Ik wil de klas mailen, moeten de ouders in
    // BCC?" is an intention and one question, "Ik heb X gestuurd, moet ik dat melden en …?" two.
    if (!startsLikeQuestion(lastClause(first))) continue;
    return [first, second];
  }
  return undefined;
}

/** "ik werk bij de bso", "I work at the after-school club": the verb and preposition of a workplace. */
const WORK_VERBS = new Set(['werk', 'werkt', 'work', 'works']);
const WORK_PREPOSITIONS = new Set(['bij', 'op', 'in', 'voor', 'at', 'for']);
/** How much one works, right after the verb: "ik werk parttime", "I work part-time". */
const WORK_HOURS = new Set(['parttime', 'fulltime', 'deeltijd', 'halftime']);
/** Articles and possessives between the preposition and the place: "bij de bso", "at our club". */
const PLACE_DETERMINERS = new Set(['de', 'het', 'een', 'ons', 'onze', 'the', 'a', 'an', 'our']);

/**
 * The words naming where or how much the one who asks works ("ik werk bij de bso in ons ikc", "I
 * work at the after-school club", "I work part-time"): who asks, not what is asked, so an outside
 * word there makes no question off-topic ("…, geldt die gedragscode ook voor mij?"). Up to two
 * words after the preposition.
 * @example workplaceWords('ik werk bij de bso, geldt de code voor mij') // ['bso']
 */
export function workplaceWords(text: string): string[] {
  const words = plainWords(text);
  const found: string[] = [];
  words.forEach((word, at) => {
    if (!WORK_VERBS.has(word)) return;
    // "ik werk parttime", "I work part-time": how much one works says who asks, as where does.
    const after = words[at + 1] ?? '';
    if (WORK_HOURS.has(after)) {
      found.push(after);
      return;
    }
    if (!WORK_PREPOSITIONS.has(after)) return;
    let next = at + 2;
    while (PLACE_DETERMINERS.has(words[next] ?? '')) next++;
    found.push(...words.slice(next, next + 1));
  });
  return found;
}
