// Fixed expressions whose verb does not mean what it means alone: "rekening houden met" is taking
// something into account, not keeping it ("houden" is read as "bewaren", a privacy topic), and
// "zich houden aan" is keeping to a rule. Read without that verb, "Moeten wij daar rekening mee
// houden?" names no privacy topic, and the lunch the story is about decides.
import { wordsOf } from './analyzer';

/** Forms of "houden". */
const HOLD = new Set(['houden', 'houd', 'houdt', 'hield', 'hielden', 'gehouden']);
/** The words that make "houden" part of an expression, and how far before it they may stand. */
const EXPRESSION_HEADS = new Set(['rekening']);
const REACH = 3;

/**
 * Events one holds rather than keeps, as a word or a compound's tail ("ontruimingsoefening",
 * "teamvergadering"): "een oefening houden" is holding it.
 */
const EVENT_TAILS: readonly string[] = [
  'oefening',
  'vergadering',
  'overleg',
  'bijeenkomst',
  'viering',
  'feest',
  'wedstrijd',
  'spreekuur',
  'toespraak',
  'presentatie',
];
/** How far after "houden" "een" and its event may stand: "houden we een brandoefening". */
const EVENT_REACH = 3;

const isEvent = (word: string | undefined) =>
  word !== undefined && EVENT_TAILS.some((tail) => word.endsWith(tail));

/**
 * States one keeps something in: "de school dicht houden", "de deur open houden" keep a door or a
 * building shut or open, no data.
 */
const STATES: ReadonlySet<string> = new Set([
  'dicht',
  'open',
  'gesloten',
  'vrij',
  'schoon',
  'warm',
]);

/**
 * Whether "houden" at `at` holds an event: the event right before it ("een ontruimingsoefening
 * houden") or "een" and the event soon after it ("houden we een brandoefening").
 */
function holdsEvent(words: readonly string[], at: number): boolean {
  if (isEvent(words[at - 1])) return true;
  return words
    .slice(at + 1, at + 1 + EVENT_REACH)
    .some((word, offset) => isEvent(word) && words[at + offset] === 'een');
}

/**
 * The folded words without a form of "houden" that belongs to "rekening houden (met)", holds an
 * event ("een ontruimingsoefening houden") or keeps something in a state ("de school dicht
 * houden"), which keeps nothing either.
 * @example withoutIdiomVerbs(['moeten', 'wij', 'daar', 'rekening', 'mee', 'houden']) // ['moeten', 'wij', 'daar', 'rekening', 'mee']
 * @example withoutIdiomVerbs(['hoe', 'lang', 'houden', 'we', 'de', 'rekening']) // unchanged
 * @example withoutIdiomVerbs(['een', 'ontruimingsoefening', 'houden']) // ['een', 'ontruimingsoefening']
 */
export function withoutIdiomVerbs(words: readonly string[]): string[] {
  return words.filter(
    (word, at) =>
      !HOLD.has(word) ||
      (!words.slice(Math.max(0, at - REACH), at).some((before) => EXPRESSION_HEADS.has(before)) &&
        !holdsEvent(words, at) &&
        !STATES.has(words[at - 1] ?? '')),
  );
}

/** A question's folded words as the answerer reads them: its idiom verbs left out. */
export function questionWordsOf(question: string): string[] {
  return withoutIdiomVerbs(wordsOf(question));
}

/**
 * Taking someone at their word: "op haar woord afgaan", "take her word for it" trusts what is said;
 * no "woord" of a password. Kept: the verb and "op", so the question still asks whether to trust.
 */
const DUTCH_OWNERS: ReadonlySet<string> = new Set(
  'haar zijn hun mijn je jouw uw iemands het de'.split(' '),
);
const TRUST_VERBS: readonly string[] = ['afgaan', 'afgaat', 'gaan', 'vertrouwen', 'geloven'];
const TAKE_VERBS: ReadonlySet<string> = new Set(['take', 'taking', 'took']);
const ENGLISH_OWNERS: ReadonlySet<string> = new Set(
  "her his their my your someone's the".split(' '),
);

/**
 * The text without the word of an expression that takes someone at their word, in lower case
 * then (the words are folded anyway).
 * @example withoutTakenAtWord('Mag ik op haar woord afgaan?') // 'mag ik op afgaan?'
 * @example withoutTakenAtWord('Wat is een sterk woord voor een wachtwoord?') // unchanged
 */
export function withoutTakenAtWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/u);
  const dropped = new Set<number>();
  words.forEach((word, at) => {
    const next = (offset: number) => words[at + offset] ?? '';
    if (
      word === 'op' &&
      DUTCH_OWNERS.has(next(1)) &&
      next(2) === 'woord' &&
      TRUST_VERBS.some((verb) => next(3).startsWith(verb))
    )
      [1, 2].forEach((offset) => dropped.add(at + offset));
    if (
      TAKE_VERBS.has(word) &&
      ENGLISH_OWNERS.has(next(1)) &&
      next(2) === 'word' &&
      next(3) === 'for' &&
      next(4).startsWith('it')
    )
      [1, 2, 3].forEach((offset) => dropped.add(at + offset));
  });
  return dropped.size === 0 ? text : words.filter((_word, at) => !dropped.has(at)).join(' ');
}

/** Verbs of throwing someone out: "ESIS gooit me eruit", "de baas schopt me eruit". */
const THROW_OUT = '(?:gooit|gooien|gooide|schopt|schoppen|schopte|flikkert|knikkert|trapt)';
/** "<verb> me (steeds, na 20 minuten) eruit": up to four words between the one thrown out and "eruit". */
const THROWN_OUT = new RegExp(
  `(^|\\s)${THROW_OUT}\\s+(me|mij|je|ons|u|jullie)((?:\\s+[^\\s,;:.?!]+){0,4}?)\\s+eruit(?=$|[\\s,;:.?!])`,
  'iu',
);
/**
 * Systems that throw a user out by logging them out, beside the board's own (words.md `in-scope`:
 * ESIS, Basispoort): a person who throws someone out ("mijn baas gooit me eruit") dismisses them.
 */
const SYSTEMS = new Set(
  (
    'systeem programma programmaatje app computer pc laptop teams zoom parro website site ' +
    'netwerk wifi outlook mail ipad tablet chromebook account'
  ).split(' '),
);
/** How far before the verb the system may stand: "ESIS gooit", "die app van school gooit". */
const SUBJECT_REACH = 4;

/**
 * The text with a system that "throws me out" ("ESIS gooit me steeds eruit") read as logging out
 * ("ESIS logt me steeds uit"): "eruit" alone reads as dismissal, which is no policy topic, while a
 * system that logs its user out is. A person who throws someone out keeps the text as it is.
 * @param ownSystems The board's own systems (words.md `in-scope`), folded.
 * @example readThrownOut('esis gooit me steeds eruit', ['esis']) // 'esis logt me steeds uit'
 * @example readThrownOut('mijn baas gooit me eruit', ['esis']) // unchanged
 */
export function readThrownOut(text: string, ownSystems: readonly string[]): string {
  const match = THROWN_OUT.exec(text);
  if (!match) return text;
  const before = text
    .slice(0, match.index)
    .toLowerCase()
    .split(/[^a-z0-9\u00e0-\u00ff]+/u)
    .filter((word) => word !== '')
    .slice(-SUBJECT_REACH);
  const isSystem = (word: string) => SYSTEMS.has(word) || ownSystems.includes(word);
  if (!before.some(isSystem)) return text;
  const [whole, lead = '', who = '', between = ''] = match;
  return `${text.slice(0, match.index)}${lead}logt ${who}${between} uit${text.slice(match.index + whole.length)}`;
}

/** "on purpose": done deliberately, no purpose that data is used for. */
const ON_PURPOSE = /\bon purpose\b/gi;

/**
 * The text with "on purpose" read as "deliberately": "Is that on purpose?" asks whether something
 * is meant, and "purpose" alone reads as purpose limitation, a privacy topic.
 * @example readOnPurpose('It logs me out. Is that on purpose?') // 'It logs me out. Is that deliberately?'
 */
export function readOnPurpose(text: string): string {
  return text.replace(ON_PURPOSE, 'deliberately');
}

/**
 * "uit de klas zetten", "uit de klas gestuurd", "de klas uit sturen": a pupil sent out of class.
 * Not "uit de klas sturen", which also sends something from the class ("de adressen van de
 * kinderen uit de klas sturen").
 */
const SENT_OUT_OF_CLASS =
  /\b(?:uit de klas (?:zetten|zet|gezet|gestuurd)|de klas uit (?:zetten|zet|gezet|sturen|stuur|stuurt|gestuurd))\b/gi;

/**
 * The text with sending a pupil out of class read as "uitsturen", discipline that the policy leaves
 * to other rules: "mag ik een leerling uit de klas zetten" puts no photos online.
 * @example readSentOut('mag ik hem de klas uit sturen') // 'mag ik hem uitsturen'
 */
export function readSentOut(text: string): string {
  return text.replace(SENT_OUT_OF_CLASS, 'uitsturen');
}

/**
 * The text with every idiom above read for what it means: a system that throws its user out,
 * "on purpose", a pupil sent out of class. What the answerer reads before anything else.
 * @param ownSystems The board's own systems (words.md `in-scope`), folded.
 */
export function readIdioms(text: string, ownSystems: readonly string[]): string {
  return readSentOut(readThrownOut(readOnPurpose(text), ownSystems));
}
