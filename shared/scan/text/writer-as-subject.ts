// The writer as the subject of the sentence that holds a term ("ik word op 2 mei geopereerd", "I
// received the diagnosis", "ik zag"): the clause around the term is the writer's, so the situation
// is their own, or something they saw, not a pupil's.
import { isAsciiLower, isWhitespace } from './chars';
import { type PersonMention } from './person-mentions';
import { hasSentenceEnd, sentenceStartOf } from './sentences';
import { SELF_REACH, type WeightedHit, type TextContext } from './sensitive-hits';
import { isAfterArticle } from './words-around';
import { CARE_GIVERS } from './roles-and-titles';
import { speaksOfAChild } from './parents-and-children';

/** Verbs of seeing or finding: what the writer saw ("zag ik krassen op haar arm") is no state of theirs. */
const SEEING_VERBS = new Set([
  'zag',
  'zie',
  'hoorde',
  'hoor',
  // Not "merk ik", "merkte ik": "sinds januari merk ik paniekaanvallen" is the writer's own.
  'ontdekte',
  'vond',
  'saw',
  'see',
  'noticed',
  'heard',
  'found',
  'spotted',
]);

/**
 * "gisteren zag ik krassen op haar onderarmen", "I saw bruises on his arm": the writer right
 * before the term sees or finds it, with the verb before "ik" or between "I" and the term.
 */
export function isWriterSeeing(folded: string, self: number, termStart: number): boolean {
  const before = folded.slice(Math.max(0, self - 16), self).trimEnd();
  if (SEEING_VERBS.has(before.slice(before.lastIndexOf(' ') + 1))) return true;
  return folded
    .slice(self, termStart)
    .split(/[^a-z]+/)
    .some((word) => SEEING_VERBS.has(word));
}

/** Characters from "ik" to a term it says of the writer: "ik slaap", "i have". */
export const SELF_ADJACENT = 7;

/** Where "ik", "my" (the writer) last stands before `position`, owning it; -Infinity when nowhere. */
export function lastSelfBefore(near: PersonMention[], position: number): number {
  let last = -Infinity;
  for (const mention of near) {
    if (mention.start >= position) break;
    if (
      mention.kind === 'self' &&
      mention.isFirstPerson === true &&
      position - mention.start <= SELF_REACH
    )
      last = mention.start;
  }
  return last;
}

/** "ik" or "I" with a verb of being or undergoing: the writer is the subject of what follows. */
const WRITER_SUBJECT_STARTS = [
  'ik ben ',
  'ik word ',
  'ik werd ',
  'ik was ',
  'ik lig ',
  'i am ',
  "i'm ",
  'i was ',
  'i will be ',
  "i'll be ",
  'i have been ',
  "i've been ",
];
/** "ik word\nop 2 mei": a line break is a space between the writer and the verb. */
function isWriterSubjectStart(folded: string, start: number): boolean {
  const words = folded.slice(start, start + 16).replace(/\s+/g, ' ');
  return WRITER_SUBJECT_STARTS.some((subject) => words.startsWith(subject));
}

/** The verb of a Dutch subordinate clause after the term: "dat ik … onder behandeling ben". */
const VERB_AFTER_TERM = /^[a-z]* (?:ben|word|lig|moet worden)(?![a-z])/;
/** Characters after the term (the rest of its word included) in which that verb stands. */
const VERB_AFTER_REACH = 24;
/**
 * Words between the writer and a term that bring in someone else or another clause: "ik heb zijn
 * diagnose gekregen", "I got the report because …".
 */
const OTHER_OWNER_OR_CLAUSE = new Set([
  'zijn',
  'haar',
  'hun',
  'je',
  'jouw',
  'uw',
  'his',
  'her',
  'their',
  'your',
  'hij',
  'zij',
  'ze',
  'he',
  'she',
  'they',
  'dat',
  'omdat',
  'als',
  'that',
  'because',
  'if',
  'over',
  'about',
  'voor',
  'for',
]);
/**
 * Those, and the words that start another clause or make the term a thing: "ik ben bezorgd over
 * zijn behandeling", "ik ben blij dat de behandeling …".
 */
const OTHER_THAN_WRITER = new Set([
  ...OTHER_OWNER_OR_CLAUSE,
  'want',
  'en',
  'maar',
  'of',
  'die',
  'and',
  'but',
  'who',
  'with',
  'met',
  // "ik ben geschrokken van de diagnose ADHD bij Sem": an article or "van" makes the term part of
  // a thing spoken of, not the writer's state.
  'de',
  'het',
  'een',
  'van',
  'the',
  'a',
  'an',
]);

/**
 * The last "ik" or "I" within reach before the term ("mijn", "me" are no subject); `subjectWord`
 * says what may follow the letters ("I'm" is the writer as a subject, not as a receiver).
 */
function writerBefore(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
  subjectWord: RegExp,
): PersonMention | undefined {
  let writer: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= hit.start) break;
    if (
      mention.kind === 'self' &&
      mention.isFirstPerson === true &&
      hit.start - mention.start <= SELF_REACH &&
      subjectWord.test(folded.slice(mention.start, mention.start + 3))
    )
      writer = mention;
  }
  return writer;
}

/**
 * The writer as the subject of a state or a passive in the term's own clause: "Ik word op 2 mei
 * aan mijn heup geopereerd", "I'm still in treatment". Nobody else may be spoken of between, and
 * an article before the term makes it a thing the writer handles ("ik ben de medicatielijst …").
 */
export function isWriterSubjectOf(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  if (isAfterArticle(folded, hit.start)) return false;
  const writer = writerBefore(folded, near, hit, /^(?:ik|i)(?![a-z])/);
  if (
    writer === undefined ||
    !(
      isWriterSubjectStart(folded, writer.start) ||
      // "dat ik sinds december weer onder behandeling ben": the verb after the term.
      VERB_AFTER_TERM.test(folded.slice(hit.end, hit.end + VERB_AFTER_REACH))
    ) ||
    hasSentenceEnd(folded, writer.start, hit.start)
  )
    return false;
  const from = writer.start;
  if (
    near.some(
      (mention) => mention.kind !== 'self' && mention.start > from && mention.start < hit.start,
    )
  )
    return false;
  const words = folded.slice(from, hit.start).split(/[^a-z']+/);
  return !words.some((word) => OTHER_THAN_WRITER.has(word));
}

/** Verbs of receiving: "de diagnose … gekregen", "een gesprek gehad bij de schuldhulp", "I got". */
const RECEIPT_VERBS = new Set(['gekregen', 'gehad', 'kreeg', 'got', 'received', 'receive']);
/** Characters after the term read for the verb of receiving ("… de diagnose MS gekregen"). */
const RECEIPT_AFTER_REACH = 40;

/**
 * The writer ("ik", "I", within reach before the term) received what the term names, and the
 * sentence speaks of nobody else: "Ik heb vorig jaar de diagnose MS gekregen", "ik heb vorige
 * week mijn eerste gesprek gehad bij de schuldhulp", "I got the diagnosis last spring". Unlike
 * isWriterSubjectOf an article is allowed: the verb of receiving makes the thing the writer's.
 * A child, a name or a pronoun in the sentence ("ik heb de diagnose van Sem gekregen", "I got
 * his report") leaves it open.
 */
export function isWritersReceipt(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  const writer = writerBefore(folded, near, hit, /^(?:ik|i)(?![a-z'])/);
  if (!writer || hasSentenceEnd(folded, writer.start, hit.start)) return false;
  const from = sentenceStartOf(folded, hit.start);
  for (const mention of near) {
    if (mention.start < from) continue;
    if (mention.start >= hit.end && hasSentenceEnd(folded, hit.end, mention.start)) break;
    if (mention.kind !== 'self' || mention.isFirstPerson !== true) return false;
  }
  const between = folded.slice(writer.start, hit.start).split(/[^a-z']+/);
  if (between.some((word) => OTHER_OWNER_OR_CLAUSE.has(word))) return false;
  let after = folded.slice(hit.end, hit.end + RECEIPT_AFTER_REACH);
  const stop = after.search(/[.!?;\n]/);
  if (stop >= 0) after = after.slice(0, stop);
  return [...between, ...after.split(/[^a-z']+/)].some((word) => RECEIPT_VERBS.has(word));
}

/** Words of advice before a term: the writer advises on someone else's care. */
const ADVICE_WORDS = ['advi', 'recommend', 'suggest', 'aanbevel', 'aanraden', 'raad ik'];

/**
 * A health term in a sentence that speaks of the writer ("ik", "mijn", "I", "me", within reach
 * before the term) and of nobody else but the reader, before or after it: "I had a couple of panic attacks in
 * February", "mijn huisarts heeft me doorverwezen vanwege paniekaanvallen". A child, a name or a
 * pronoun anywhere in the sentence ("I took him to the GP for his asthma") leaves it open, and an
 * article before the term makes it a thing spoken of ("I had a talk about the therapy").
 */
export function isOnlyWriterInSentence(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  if (isAfterArticle(folded, hit.start)) return false;
  const start = sentenceStartOf(folded, hit.start);
  // "I would recommend a dyslexia screening", "ik heb ouders geadviseerd om logopedie te starten":
  // a professional's advice is for someone else's care.
  const sentence = folded.slice(start, hit.start);
  if (ADVICE_WORDS.some((word) => sentence.includes(word))) return false;
  let hasWriter = false;
  for (const mention of near) {
    if (mention.start < start) continue;
    if (mention.start >= hit.end && hasSentenceEnd(folded, hit.end, mention.start)) break;
    // The reader may be spoken to: "I wanted to tell you myself: my GP referred me …".
    if (mention.kind !== 'self') return false;
    if (
      mention.isFirstPerson === true &&
      mention.start < hit.start &&
      hit.start - mention.start <= SELF_REACH
    )
      hasWriter = true;
  }
  return hasWriter;
}

/** "the school doctor", "de eigen huisarts": one word between an article and `position`. */
function isOneWordAfterArticle(folded: string, position: number): boolean {
  if (folded.charCodeAt(position - 1) !== 32) return false;
  let start = position - 1;
  while (start > 0 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  return start < position - 1 && isAfterArticle(folded, start);
}
/** Words after which a clause starts: "…, my wife is seeing a counsellor", "omdat mijn man …". */
const CLAUSE_WORDS = new Set([
  'and',
  'en',
  'but',
  'maar',
  'because',
  'omdat',
  'want',
  'that',
  'dat',
  'since',
  'sinds',
  'now',
  'nu',
  'also',
  'ook',
]);

/** A word of the sentence before a position, and whether a clause starts at it. */
interface ClauseWord {
  text: string;
  start: number;
  /** After a clause word ("omdat", "and") or a clause mark, or first in the sentence. */
  isClauseStart: boolean;
}

/**
 * The words of the sentence that ends at `position`, at most `reach` characters back: "…, omdat
 * mijn man" gives omdat, mijn (a clause start, after "omdat"), man.
 */
export function* clauseWordsBefore(
  folded: string,
  position: number,
  reach: number,
): Generator<ClauseWord, void, undefined> {
  const sentenceStart = sentenceStartOf(folded, position);
  const from = Math.max(sentenceStart, position - reach);
  let previous = '';
  for (const word of folded.slice(from, position).matchAll(/[a-z]+/g)) {
    const text = word[0];
    const start = from + word.index;
    const isClauseStart =
      CLAUSE_WORDS.has(previous) || isAfterClauseMark(folded, sentenceStart, start);
    yield { text, start, isClauseStart };
    previous = text;
  }
}

/** Whether only spaces, or a comma, semicolon or colon, stand between the sentence start and `start`. */
function isAfterClauseMark(folded: string, sentenceStart: number, start: number): boolean {
  let at = start;
  while (at > sentenceStart && isWhitespace(folded.charCodeAt(at - 1))) at--;
  if (at <= sentenceStart) return true;
  const mark = folded.charCodeAt(at - 1);
  return mark === 44 || mark === 59 || mark === 58;
}

/** The writer as the clause's subject: "ik lig 's nachts wakker", "I keep seeing the psychologist". */
const WRITER_SUBJECTS = new Set(['i', 'ik']);
/**
 * Words between the writer and the term that make it someone else's or a topic: another person's
 * pronoun, what the writer sees, hears, thinks or tells ("I noticed she …"), a topic word.
 */
const NOT_WRITERS_WORDS = new Set([
  ...['he', 'she', 'they', 'him', 'her', 'his', 'their', 'hij', 'ze', 'zij', 'hem', 'haar', 'hun'],
  ...['noticed', 'saw', 'see', 'heard', 'read', 'know', 'think', 'told', 'asked', 'about', 'on'],
  ...[
    'merk',
    'merkte',
    'zie',
    'zag',
    'hoorde',
    'weet',
    'denk',
    'dacht',
    'vertelde',
    'vroeg',
    'over',
  ],
]);
/** Characters from "ik" to the health word it says of the writer. */
const WRITER_REACH = 60;

/**
 * Where the writer's subject word ("ik", "I") ends when it opens a clause within WRITER_REACH
 * before `position` with no seeing or telling word ("zag", "vertelde") after it; -1 otherwise.
 */
function writersClauseEnd(folded: string, position: number): number {
  let writerEnd = -1;
  for (const { text, start, isClauseStart } of clauseWordsBefore(folded, position, WRITER_REACH)) {
    if (writerEnd < 0) {
      if (WRITER_SUBJECTS.has(text) && isClauseStart) writerEnd = start + text.length;
    } else if (NOT_WRITERS_WORDS.has(text)) return -1;
  }
  return writerEnd;
}

/**
 * "Het gaat thuis niet zo lekker met me, ik lig 's nachts wakker": a health word nobody else is
 * tied to, with the writer starting its clause and no one else, no other person's pronoun and no
 * seeing or telling between, in a mail that speaks of no child, is the writer's own.
 */
export function isWritersOwnHealth(
  hit: WeightedHit,
  context: TextContext,
  folded: string,
  mentions: readonly PersonMention[],
): boolean {
  if (hit.category !== 'health' || context.hasPupilWords || context.isGeneral(hit.start))
    return false;
  if (isAfterArticle(folded, hit.start) || speaksOfAChild(folded, mentions)) return false;
  // "when it's time to involve the school doctor": a care giver by their kind, one word after an
  // article, is whom the writer might turn to, no condition of theirs.
  if (CARE_GIVERS.has(hit.term) && isOneWordAfterArticle(folded, hit.start)) return false;
  const writerEnd = writersClauseEnd(folded, hit.start);
  if (writerEnd < 0) return false;
  return !mentions.some(
    (mention) =>
      mention.start >= writerEnd &&
      mention.start < hit.start &&
      !(mention.kind === 'self' && mention.isFirstPerson === true),
  );
}

/**
 * "Ik ben nu 14 maanden clean en heb begeleiding", "I still get support": a weak pupil word whose
 * clause the writer opens, with no one else, no other person's pronoun and no seeing or telling
 * between, and nobody named after it in the sentence ("ik heb begeleiding gevraagd voor Daan").
 */
export function isWritersOwnSupport(
  hit: WeightedHit,
  folded: string,
  near: readonly PersonMention[],
): boolean {
  const writerEnd = writersClauseEnd(folded, hit.start);
  if (writerEnd < 0) return false;
  return !near.some(
    (mention) =>
      mention.start >= writerEnd &&
      !(mention.kind === 'self' && mention.isFirstPerson === true) &&
      (mention.start < hit.start || !hasSentenceEnd(folded, hit.end, mention.start)),
  );
}

/** Places of care one goes to: "naar het ziekenhuis", "to the hospital", "bij de huisarts". */
const CARE_PLACES = new Set([
  'ziekenhuis',
  'huisarts',
  'dokter',
  'specialist',
  'polikliniek',
  'poli',
  'hospital',
  'doctor',
  'doctors',
  'gp',
]);
/** Words that bring someone to a place: "naar", "in", "bij"; "to", "at". */
const TO_PLACE = new Set(['naar', 'in', 'bij', 'to', 'at']);
/** What may stand between that word and the place: "naar het ziekenhuis", "to the hospital". */
const PLACE_ARTICLES = new Set(['het', 'de', 'een', 'mijn', 'the', 'a', 'my']);

/**
 * The writer goes to a place of care, in a sentence that speaks of nobody else: "Ik moet donderdag
 * naar het ziekenhuis voor de uitslag van de biopsie", "I have to go to the hospital for a scan".
 * The sentence's health terms are the writer's, whatever child the mail is about. Anyone else
 * in the sentence ("ik ga met Daan naar de huisarts", "ik breng haar naar de dokter") leaves it
 * open, and so does a place before the writer ("het ziekenhuis belde mij").
 */
export function isWritersCareVisit(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  const from = sentenceStartOf(folded, hit.start);
  // Read within reach after the term: text with no sentence end must not be read whole per hit.
  const after = folded.slice(hit.end, hit.end + SELF_REACH);
  const stop = after.search(/[.!?;\n]/);
  const to = hit.end + (stop < 0 ? after.length : stop);
  let writer: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start < from || mention.start >= to) continue;
    if (mention.kind !== 'self' || mention.isFirstPerson !== true) return false;
    // The writer as a subject ("ik", "I"), as the mentions found it: not the "i" of "i.v.m.".
    if (!writer && /^(?:ik|i)(?![a-z'])/.test(folded.slice(mention.start, mention.start + 3)))
      writer = mention;
  }
  if (writer === undefined) return false;
  const words = folded.slice(writer.start, to).split(/[^a-z]+/);
  return words.some(
    (word, at) =>
      CARE_PLACES.has(word) &&
      (TO_PLACE.has(words[at - 1] ?? '') ||
        (PLACE_ARTICLES.has(words[at - 1] ?? '') && TO_PLACE.has(words[at - 2] ?? ''))),
  );
}
