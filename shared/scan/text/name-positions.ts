// Finds people by where a capitalised word stands, not by a list of names: roster lines ("- Fenna:
// leest zwak"), initials with a surname ("J. de Vries"), possessives ("Kofi's dad"), pairs of names
// ("Oliwia en Kacper waren thuis") and a family name after "gezin" ("het gezin Wiśniewski").
// Names of every origin are too many to list; their position in the sentence gives them away.
import { DUTCH_WEEKDAYS, ENGLISH_WEEKDAYS } from '../../policy/lexicon/day-names';
import { isInitialAt, isUpperLetter } from './chars';
import { fold } from './fold';

/** A person found by position; `cue` says why, for the finding's explanation. */
interface ContextName {
  start: number;
  cue: string;
}

/** Line openers that end in a colon but are mail headers, labels or agenda items, not a pupil. */
const NOT_ROSTER = new Set([
  'van',
  'aan',
  'cc',
  'bcc',
  'onderwerp',
  'verzonden',
  'datum',
  'from',
  'to',
  'sent',
  'date',
  'subject',
  'tel',
  'telefoon',
  'mobiel',
  'email',
  'e-mail',
  'adres',
  'bijlage',
  'bijlagen',
  'attachment',
  'let',
  'noot',
  'nb',
  'ps',
  'vraag',
  'antwoord',
  'actie',
  'acties',
  'opmerking',
  'status',
  'doel',
  'tijd',
  'locatie',
  'plaats',
  'wie',
  'wat',
  'waar',
  'wanneer',
  'waarom',
  'hoe',
  're',
  'fw',
  'fwd',
  'update',
  'punt',
  'stap',
  'step',
  'thema',
  'agenda',
  'besluit',
  'afspraak',
  'afspraken',
  'note',
  'notes',
  'question',
  'answer',
  'time',
  'where',
  'what',
  'when',
  'who',
  'why',
  'how',
  'place',
  'groep',
  'group',
  'klas',
  'rekenen',
  'taal',
  'lezen',
  'spelling',
  'begrijpend',
  'technisch',
  ...DUTCH_WEEKDAYS,
  ...ENGLISH_WEEKDAYS,
  'ochtend',
  'middag',
  'avond',
  'pauze',
  'lunch',
  'opening',
  'afsluiting',
  'rondvraag',
  'data',
  'deadline',
  'aanmelden',
  'programma',
  'spreker',
  'sprekers',
  'doelgroep',
  'kosten',
  'prijs',
  'totaal',
  'bedrag',
  'factuur',
  'ordernummer',
  'klantnummer',
  'iban',
  'bsn',
  'naam',
  'name',
  'leerling',
  'pupil',
  'student',
  'ouders',
  'parents',
  'reden',
  'reason',
  'conclusie',
  'advies',
  'resultaat',
  'uitslag',
  'samenvatting',
  'summary',
  'link',
  'website',
  'web',
  'www',
  'https',
  'http',
  'mailto',
  'postadres',
  'bezoekadres',
  'kvk',
  'btw',
  'ref',
  'kenmerk',
  'betreft',
  'inzake',
  'nieuw',
  'oud',
  'belangrijk',
  'important',
  'herinnering',
  'reminder',
  'voorbeeld',
  'example',
  'tip',
  'tips',
  'info',
  'informatie',
  'bron',
  'source',
  'dus',
  'kortom',
  'verder',
  'ook',
  'dan',
  'zie',
  'see',
]);

/** Words between an initial and a surname: "J. de Vries", "A. van der Berg", "M. el Idrissi". */
const TUSSENVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ten',
  'ter',
  'te',
  'el',
  'al',
  'op',
  'in',
  "'t",
]);

/** Capitalised words that pair up with "en"/"and" but are no people ("Noord en Zuid"). */
const NOT_PAIRED = new Set([
  'taal',
  'rekenen',
  'lezen',
  'spelling',
  'noord',
  'zuid',
  'oost',
  'west',
  'zorg',
  'onderwijs',
  'kwaliteit',
  'personeel',
  'financien',
  'jeugd',
  'gezin',
  'school',
  'ouders',
  'kinderen',
  'leerlingen',
  'pupils',
  'parents',
  'children',
  'staff',
  'teachers',
]);

/** Family words after which a capitalised word is the family's name: "het gezin Wiśniewski". */
const FAMILY_NOUN = /gezin |familie |family /g;
/** English words whose "'s" is "is", "has" or "us": "Here's", "Let's", "That's". */
const CONTRACTED_BEFORE_S = new Set([
  'everyone',
  'everything',
  'he',
  'here',
  'how',
  'it',
  'let',
  'nobody',
  'nothing',
  'she',
  'someone',
  'something',
  'that',
  'there',
  'what',
  'when',
  'where',
  'who',
]);
/** The capitals of `isUpperLetter`; searched from `lastIndex`. */
const CAPITAL = /[A-Z\u00c0-\u00d6\u00d8-\u00de]/g;

/**
 * Person mentions found by position, sorted by start. `isNotName(word, start)` says whether a folded
 * word (at that place) is a known non-name or a topic word (a sentence opener, a weekday); listed names are found elsewhere.
 * @example findContextNames('- Fenna: leest zwak', fold('- Fenna: leest zwak'), () => false) // [{ start: 2, cue: 'roster line' }]
 */
export function findContextNames(
  original: string,
  folded: string,
  isNotName: (word: string, start: number) => boolean,
  /** The name the mail's subject line opens with, if any (subjectLineWords). */
  subjectWords: ReadonlySet<string> = NO_WORDS,
): ContextName[] {
  const found: ContextName[] = [];
  const pronouns = new PronounLookahead(folded);
  const length = original.length;
  let lineStart = 0;
  // A roster is two or more such lines in a row: one "Scholing: …" line is a heading.
  let run: number[] = [];
  const endRun = () => {
    if (run.length >= 2) for (const start of run) found.push({ start, cue: 'roster line' });
    if (run.length > 0) run = [];
  };
  while (lineStart < length) {
    const newline = original.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? length : newline;
    const roster = rosterName(original, folded, lineStart, lineEnd, isNotName);
    if (roster !== undefined) run.push(roster);
    else endRun();
    lineStart = lineEnd + 1;
  }
  endRun();
  // The regex jumps from capital to capital faster than a loop over every character; `test`
  // (not `exec`) builds no match object, and `lastIndex` says where the capital was.
  for (let i = 0; i < length; i++) {
    CAPITAL.lastIndex = i;
    if (!CAPITAL.test(original)) break;
    i = CAPITAL.lastIndex - 1;
    if (isWordChar(folded.charCodeAt(i - 1))) continue;
    const wordEnd = endOfWord(folded, i);
    const after = original.charCodeAt(wordEnd);
    // "J. de Vries", "H. Claessens": one capital, a full stop, then a (prefixed) surname.
    if (wordEnd === i + 1 && after === 46) {
      const surname = surnameAfterInitial(original, folded, wordEnd + 1, isNotName);
      if (surname && !isSignatureLine(original, i, surname)) {
        found.push({ start: i, cue: 'initial and surname' });
        i = surname;
      }
      continue;
    }
    if (wordEnd - i < 2 || isUpperLetter(original.charCodeAt(i + 1))) continue;
    const word = folded.slice(i, wordEnd);
    // "We had Mei's hearing tested": a month takes no possessive, a child named May or Mei does.
    if (MONTH_NAMES.has(word) && isPossessive(original, folded, wordEnd)) {
      found.push({ start: i, cue: 'possessive of a name' });
      i = wordEnd;
      continue;
    }
    if (isNotName(word, i) || looksLikeNoun(word)) {
      i = wordEnd;
      continue;
    }
    // "Zofia - behaviour today" over "Today Zofia bit a classmate": the subject line names her.
    if (subjectWords.has(word)) {
      found.push({ start: i, cue: SUBJECT_LINE_NAME });
      i = wordEnd;
      continue;
    }
    if (isInTitle(original, folded, i)) {
      i = wordEnd;
      continue;
    }
    // "Arjun (8) has refused … He says", "Emre (9 jaar) … hij": a child's age in brackets after
    // a name, with "he" or "zij" after it, as a person is spoken of ("Bijlage (2)" is not).
    if (
      after === 32 &&
      isChildsAgeInBrackets(folded, wordEnd + 1) &&
      pronouns.isFollowedByPronoun(wordEnd)
    ) {
      found.push({ start: i, cue: 'name before an age' });
      i = wordEnd;
      continue;
    }
    // "Kofi's father", "Lina’s coat": a possessive of a capitalised word.
    if (isApostropheS(original, folded, wordEnd)) {
      // "Here's my draft", "Let's talk": "'s" for "is", "has" or "us", not a possessive.
      if (isPossessive(original, folded, wordEnd) && !CONTRACTED_BEFORE_S.has(word))
        found.push({ start: i, cue: 'possessive of a name' });
    } else if (
      !NOT_PAIRED.has(word) &&
      !OPENING_GREETINGS.has(word) &&
      !isAfterGreeting(folded, i)
    ) {
      // "spreekuur in Sittard en Geleen", "te Heerlen en Sittard": two places, not two people.
      const other = isAfterPairPlaceWord(folded, i)
        ? undefined
        : pairedName(original, folded, wordEnd, isNotName);
      if (other !== undefined) {
        found.push({ start: i, cue: 'two names joined by "en"' });
        found.push({ start: other, cue: 'two names joined by "en"' });
        i = other;
        continue;
      }
      // "Jamal K. uit groep 8 zit thuis. Hij …": a first name and the surname's initial, as
      // school mail often names a pupil, when "hij"/"she" follows.
      if (isInitialAfter(original, wordEnd) && pronouns.isFollowedByPronoun(wordEnd)) {
        found.push({ start: i, cue: 'first name and initial' });
        i = wordEnd + 3;
        continue;
      }
      // "You had Ayaan Warsame last year": a first name and surname in mid-sentence.
      const surnameEnd = fullNameEnd(original, folded, i, wordEnd, isNotName);
      if (surnameEnd !== undefined) {
        found.push({ start: i, cue: 'first name and surname' });
        i = surnameEnd;
        continue;
      }
      // "When Elif changed for PE … her back": mid-sentence, only proper nouns take a capital; a
      // "she" or "hij" after it makes it a person rather than a place.
      if (
        isProperNounPosition(original, folded, i, wordEnd) &&
        pronouns.isFollowedByPronoun(wordEnd)
      )
        found.push({ start: i, cue: 'capitalised word in mid-sentence' });
    }
    i = wordEnd;
  }
  // One pass for all family nouns; at most one of them ends right before a given name, so the
  // order of the found names after sorting is as with one search per noun.
  FAMILY_NOUN.lastIndex = 0;
  for (let match = FAMILY_NOUN.exec(folded); match; match = FAMILY_NOUN.exec(folded)) {
    const at = match.index;
    const name = at + match[0].length;
    if (isWordChar(folded.charCodeAt(at - 1)) || !isUpperLetter(original.charCodeAt(name)))
      continue;
    // "International Family Centre", "Jeugd en Gezin Limburg": a family noun with a capital in
    // mid-sentence, before a capital, is part of an organisation's name.
    if (
      isUpperLetter(original.charCodeAt(at)) &&
      original.charCodeAt(at - 1) === 32 &&
      isWordChar(folded.charCodeAt(at - 2))
    )
      continue;
    if (isUpperLetter(original.charCodeAt(name + 1))) continue;
    if (!isNotName(folded.slice(name, endOfWord(folded, name)), name))
      found.push({ start: name, cue: 'family name after "gezin"' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "- Fenna: leest zwak", "> Bilal: rekenen IV", "Mo (gr 6): …": a name opening a list line. */
function rosterName(
  original: string,
  folded: string,
  lineStart: number,
  lineEnd: number,
  isNotName: (word: string, start: number) => boolean,
): number | undefined {
  let i = lineStart;
  // Quote marks, bullets and indentation before the name.
  while (i < lineEnd && i < lineStart + 8) {
    const code = original.charCodeAt(i);
    if (code === 32 || code === 9 || code === 62 || code === 45 || code === 42 || code === 0x2022)
      i++;
    else break;
  }
  if (!isUpperLetter(original.charCodeAt(i)) || isUpperLetter(original.charCodeAt(i + 1)))
    return undefined;
  const start = i;
  const end = endOfWord(folded, i);
  if (end - start < 2) return undefined;
  let next = end;
  // One capitalised surname may follow: "Fatima-Zahra El Idrissi:" is too long; "Mo Amrani:" fits.
  if (original.charCodeAt(next) === 32 && isUpperLetter(original.charCodeAt(next + 1)))
    next = endOfWord(folded, next + 1);
  // The colon first: most lines open with a word that has none, and need not be looked up.
  if (original.charCodeAt(next) !== 58) return undefined; // ":"
  const word = folded.slice(start, end);
  if (NOT_ROSTER.has(word) || isNotName(word, start) || looksLikeNoun(word)) return undefined;
  // A description in small letters must follow: "Fenna:" alone is a heading, "Data: 9 februari" a label.
  for (let j = next + 1; j < lineEnd; j++) {
    const code = original.charCodeAt(j);
    if (code === 32 || code === 9) continue;
    return code >= 97 && code <= 122 ? start : undefined;
  }
  return undefined;
}

/** The end of the surname after "J. ", tussenvoegsels allowed; undefined when none follows. */
function surnameAfterInitial(
  original: string,
  folded: string,
  from: number,
  isNotName: (word: string, start: number) => boolean,
): number | undefined {
  let i = from;
  // "J.P. de Vries": a second initial.
  if (isInitialAt(original, i)) i += 2;
  if (original.charCodeAt(i) !== 32) return undefined;
  i++;
  for (let words = 0; words < 3; words++) {
    const end = endOfWord(folded, i);
    if (end === i) return undefined;
    if (
      isUpperLetter(original.charCodeAt(i)) &&
      !isUpperLetter(original.charCodeAt(i + 1)) &&
      end - i >= 2
    )
      // "in bijlage A. Het formulier …": a list's letter, then a sentence's first word.
      return isSentenceWord(original, folded, i, end, isNotName) ? undefined : end;
    if (!TUSSENVOEGSELS.has(folded.slice(i, end)) || original.charCodeAt(end) !== 32)
      return undefined;
    i = end + 1;
  }
  return undefined;
}

/**
 * A word that opens sentences and is no surname: "Het formulier", "Een kind", "The form". A
 * capitalised "De" or "Van" is one only before a capitalised word ("J. De Vries").
 */
function isSentenceWord(
  original: string,
  folded: string,
  start: number,
  end: number,
  isNotName: (word: string, start: number) => boolean,
): boolean {
  const word = folded.slice(start, end);
  if (TUSSENVOEGSELS.has(word))
    return !(original.charCodeAt(end) === 32 && isUpperLetter(original.charCodeAt(end + 1)));
  return isNotName(word, start);
}

/** "R. Vaessen" alone on its line is a signature: the writer, not a person spoken of. */
function isSignatureLine(original: string, start: number, end: number): boolean {
  const lineStart = original.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = original.indexOf('\n', end);
  return (
    original.slice(lineStart, start).trim() === '' &&
    original.slice(end, lineEnd === -1 ? original.length : lineEnd).trim() === ''
  );
}

const NO_WORDS: ReadonlySet<string> = new Set();
/** The cue of a name the subject line gave. */
const SUBJECT_LINE_NAME = 'name in the subject line';
/** The shortest word of a subject line taken for a name ("Bo", "Li" are too like initials). */
const SUBJECT_NAME_MIN = 3;
/** What may follow a name that opens a subject line: a dash, a bracket, a comma. */
const AFTER_SUBJECT_NAME = new Set([45, 8211, 40, 44]);

/**
 * The word that opens a subject line, folded, when the line gives it as whom the mail is about:
 * alone, or before a dash, a bracket, a comma or "'s" ("Zofia - behaviour today", "Emil's
 * reading assessment"). Labels before a colon ("Re:", "Fw:", "Invitation:") are skipped. A set of
 * at most that one word; whether it is a name the body decides.
 */
export function subjectLineWords(line: string): Set<string> {
  const folded = fold(line);
  let i = 0;
  for (;;) {
    while (i < folded.length && !isWordChar(folded.charCodeAt(i))) i++;
    const end = endOfWord(folded, i);
    if (end === i) return new Set();
    // "Re:", "Fw:", "Invitation:": a label before the subject itself.
    if (line.charCodeAt(end) !== 58) {
      let next = end;
      while (line.charCodeAt(next) === 32) next++;
      const isGiven =
        next >= line.length ||
        AFTER_SUBJECT_NAME.has(line.charCodeAt(next)) ||
        isApostropheS(line, folded, end);
      return end - i >= SUBJECT_NAME_MIN &&
        isUpperLetter(line.charCodeAt(i)) &&
        !isUpperLetter(line.charCodeAt(i + 1)) &&
        isGiven
        ? new Set([folded.slice(i, end)])
        : new Set();
    }
    i = end + 1;
  }
}

/** "Beste Anne en Piet": the people written to, not spoken of. */
export const OPENING_GREETINGS: ReadonlySet<string> = new Set([
  'beste',
  'hoi',
  'hallo',
  'hi',
  'hey',
  'dag',
  'lieve',
  'geachte',
  'dear',
]);

/** The first letters of OPENING_GREETINGS: most words before a name start otherwise. */
const GREETING_FIRST_LETTERS = new Set([...OPENING_GREETINGS].map((word) => word.charCodeAt(0)));

function isAfterGreeting(folded: string, start: number): boolean {
  let end = start - 1;
  while (end > 0 && folded.charCodeAt(end) === 32) end--;
  let begin = end;
  while (begin > 0 && begin > end - 8 && isWordChar(folded.charCodeAt(begin - 1))) begin--;
  return (
    GREETING_FIRST_LETTERS.has(folded.charCodeAt(begin)) &&
    OPENING_GREETINGS.has(folded.slice(begin, end + 1))
  );
}

/** Words before a pair of places, never before two people: "in Sittard en Geleen", "te Heerlen". */
const PAIR_PLACE_WORDS = [' in ', ' te ', ' uit '];

function isAfterPairPlaceWord(folded: string, start: number): boolean {
  for (const word of PAIR_PLACE_WORDS)
    if (folded.startsWith(word, start - word.length)) return true;
  return false;
}

/** "Oliwia en Kacper waren", "Ahmed and Kacper": the start of another capitalised word after "en". */
function pairedName(
  original: string,
  folded: string,
  wordEnd: number,
  isNotName: (word: string, start: number) => boolean,
): number | undefined {
  let i = wordEnd;
  // "Ahmed Benali en Kacper Nowak": a surname between.
  if (original.charCodeAt(i) === 32 && isUpperLetter(original.charCodeAt(i + 1))) {
    const surnameEnd = endOfWord(folded, i + 1);
    const surname = folded.slice(i + 1, surnameEnd);
    if (
      surname.length >= 2 &&
      !isUpperLetter(original.charCodeAt(i + 2)) &&
      !looksLikeNoun(surname)
    )
      i = surnameEnd;
  }
  const joiner = folded.startsWith(' en ', i) ? 4 : folded.startsWith(' and ', i) ? 5 : 0;
  if (joiner === 0) return undefined;
  const other = i + joiner;
  if (!isUpperLetter(original.charCodeAt(other)) || isUpperLetter(original.charCodeAt(other + 1)))
    return undefined;
  const otherEnd = endOfWord(folded, other);
  const word = folded.slice(other, otherEnd);
  return otherEnd - other >= 2 &&
    !isNotName(word, other) &&
    !NOT_PAIRED.has(word) &&
    !looksLikeNoun(word)
    ? other
    : undefined;
}

/** Capitalised words that open organisation and place names ("Stichting Leergeld", "Sint Jan"). */
const NOT_FULL_NAME = new Set([
  'stichting',
  'school',
  'basisschool',
  'centrum',
  'gemeente',
  'sint',
  'kindante',
  'veilig',
  'zuid',
  'noord',
  'oost',
  'west',
  'limburg',
  'team',
  'groep',
  'juf',
  'meester',
  'dear',
  'miss',
  'mrs',
  'mr',
  'ms',
  'heer',
  'mevrouw',
  'meneer',
  'new',
  'old',
  'st',
]);

/**
 * The end of "Ayaan Warsame" when a capitalised word follows the one at `start` in mid-sentence and
 * no third capitalised word follows (a title, "Protocol Leesproblemen Dyslexie", has more).
 */
function fullNameEnd(
  original: string,
  folded: string,
  start: number,
  wordEnd: number,
  isNotName: (word: string, start: number) => boolean,
): number | undefined {
  if (isSentenceStart(original, start) || isAfterArticle(folded, start)) return undefined;
  if (original.charCodeAt(wordEnd) !== 32) return undefined;
  const surname = wordEnd + 1;
  if (
    !isUpperLetter(original.charCodeAt(surname)) ||
    isUpperLetter(original.charCodeAt(surname + 1))
  )
    return undefined;
  const surnameEnd = endOfWord(folded, surname);
  const word = folded.slice(start, wordEnd);
  const last = folded.slice(surname, surnameEnd);
  if (
    last.length < 2 ||
    NOT_FULL_NAME.has(word) ||
    NOT_FULL_NAME.has(last) ||
    isNotName(last, surname) ||
    looksLikeNoun(last)
  )
    return undefined;
  // A third capitalised word makes it a title or an organisation: "Centrum Jeugd GGZ".
  if (original.charCodeAt(surnameEnd) === 32 && isUpperLetter(original.charCodeAt(surnameEnd + 1)))
    return undefined;
  return surnameEnd;
}

function isLineLead(code: number): boolean {
  return code === 32 || code === 9 || code === 45 || code === 42 || code === 0x2022 || code === 34;
}

/**
 * "de Schinveldse Bossen", "the Red Cross": after an article it is a place or a thing; so after an
 * English "our" or "their" ("our Primary Years open morning"), which no one puts before a name.
 */
const ARTICLES = [
  'de ',
  'het ',
  'the ',
  'een ',
  'a ',
  'in ',
  'naar ',
  'bij de ',
  'at ',
  'our ',
  'their ',
];

function isAfterArticle(folded: string, start: number): boolean {
  // A loop, not `some`: a closure per capitalised word is garbage the add-in collects.
  for (const article of ARTICLES)
    if (
      folded.startsWith(article, start - article.length) &&
      !isWordChar(folded.charCodeAt(start - article.length - 1))
    )
      return true;
  return false;
}

/** At the text's or a line's start, or after ". ", "! ", "? ", ": ". */
function isSentenceStart(original: string, start: number): boolean {
  let i = start - 1;
  // Spaces, bullets and quote marks before the word: "- Lever uiterlijk …", "> Hij".
  while (i >= 0 && isLineLead(original.charCodeAt(i))) i--;
  if (i < 0) return true;
  const code = original.charCodeAt(i);
  return code === 10 || code === 46 || code === 33 || code === 63 || code === 58 || code === 62;
}

/** Words before a place rather than a person: "uit Eritrea", "naar Venlo", "in Maastricht". */
const PLACE_WORDS = [' uit ', ' naar ', ' in ', ' from ', ' to ', ' at ', ' via ', ' op ', ' te '];

/** A capitalised word in mid-sentence, alone (no capitalised word after it), not after a place word. */
function isProperNounPosition(
  original: string,
  folded: string,
  start: number,
  wordEnd: number,
): boolean {
  if (wordEnd - start > 15 || isSentenceStart(original, start) || isAfterArticle(folded, start))
    return false;
  if (PLACE_WORDS.some((word) => folded.startsWith(word, start - word.length))) return false;
  return !(original.charCodeAt(wordEnd) === 32 && isUpperLetter(original.charCodeAt(wordEnd + 1)));
}

/** " K. " after a word: a surname's initial, then the sentence goes on. */
function isInitialAfter(original: string, wordEnd: number): boolean {
  return (
    original.charCodeAt(wordEnd) === 32 &&
    isInitialAt(original, wordEnd + 1) &&
    original.charCodeAt(wordEnd + 3) === 32
  );
}

/** Personal pronouns that confirm a person: "hij", "she", "her". */
const PERSON_PRONOUNS = new Set(['hij', 'zij', 'hem', 'he', 'she', 'him', 'his', 'her']);
const PRONOUN_FIRST_LETTERS = new Set([...PERSON_PRONOUNS].map((word) => word.charCodeAt(0)));
/** Where a PERSON_PRONOUNS word is spelled, matched as its first letter (`lastIndex` - 1). */
const PRONOUN_SPELLING = /(?=hij|zij|hem|her|him|his|she|he)[hsz]/g;
/** How far after the word the pronoun may come. */
const PRONOUN_REACH = 200;

/**
 * Whether a person pronoun follows within PRONOUN_REACH of `from`, a position just after a word.
 * Asked in increasing order of `from` by one findContextNames call, so it reads each word of the
 * text once and keeps the first pronoun it found, instead of reading 200 characters per question.
 */
class PronounLookahead {
  /** Start and end of the first pronoun at or after the last question; -1: none before `readUpTo`. */
  private pronounStart = -1;
  private pronounEnd = 0;
  /** No pronoun starts between the last question and here. */
  private readUpTo = 0;

  constructor(private readonly folded: string) {}

  isFollowedByPronoun(from: number): boolean {
    const folded = this.folded;
    const end = Math.min(folded.length, from + PRONOUN_REACH);
    if (this.pronounStart < from) {
      this.pronounStart = -1;
      // The regex jumps to the next place a pronoun is spelled, inside a word too ("the"): a
      // pronoun counts where it is the whole word.
      PRONOUN_SPELLING.lastIndex = Math.max(from, this.readUpTo);
      while (PRONOUN_SPELLING.test(folded)) {
        const start = PRONOUN_SPELLING.lastIndex - 1;
        if (start >= end) break;
        let wordEnd = start + 1;
        while (wordEnd < folded.length && isWordChar(folded.charCodeAt(wordEnd))) wordEnd++;
        if (!isWordChar(folded.charCodeAt(start - 1)) && isPersonPronoun(folded, start, wordEnd)) {
          this.pronounStart = start;
          this.pronounEnd = wordEnd;
          break;
        }
      }
      // The regex would have stopped at any pronoun before where it stopped (or ran out).
      this.readUpTo =
        this.pronounStart >= 0
          ? this.pronounEnd
          : PRONOUN_SPELLING.lastIndex === 0
            ? folded.length
            : PRONOUN_SPELLING.lastIndex - 1;
    }
    if (this.pronounStart >= 0 && this.pronounEnd <= end) return true;
    // The word that `end` cuts is read cut, as a pronoun too: "hem" cut to "he".
    if (end >= folded.length || !isWordChar(folded.charCodeAt(end))) return false;
    let start = end;
    while (start > from && start > end - 4 && isWordChar(folded.charCodeAt(start - 1))) start--;
    return (
      !isWordChar(folded.charCodeAt(start - 1)) &&
      start >= from &&
      isPersonPronoun(folded, start, end)
    );
  }
}

/** Most words are no pronoun by their length or first letter: decided without cutting them out. */
function isPersonPronoun(folded: string, start: number, end: number): boolean {
  return (
    end - start >= 2 &&
    end - start <= 3 &&
    PRONOUN_FIRST_LETTERS.has(folded.charCodeAt(start)) &&
    PERSON_PRONOUNS.has(folded.slice(start, end))
  );
}

/** Dutch noun endings no given name has: "Scholing", "Leesproblemen", "Gezondheid", "Informatie". */
const NOUN_ENDINGS = ['ing', 'heid', 'schap', 'teit', 'isme', 'atie', 'tie', 'ment', 'aties'];

/** The last letters of the noun endings: most words end otherwise and skip the list. */
const NOUN_ENDING_LAST = new Set(
  NOUN_ENDINGS.map((ending) => ending.charCodeAt(ending.length - 1)),
);

function looksLikeNoun(word: string): boolean {
  if (word.length >= 7 && word.endsWith('en')) return true;
  if (word.length < 5 || !NOUN_ENDING_LAST.has(word.charCodeAt(word.length - 1))) return false;
  for (const ending of NOUN_ENDINGS) if (word.endsWith(ending)) return true;
  return false;
}

/** "Protocol Leesproblemen en Dyslexie": a capitalised word after another is a title's word. */
function isInTitle(original: string, folded: string, start: number): boolean {
  if (original.charCodeAt(start - 1) !== 32) return false;
  let previous = start - 1;
  while (previous > 0 && isWordChar(folded.charCodeAt(previous - 1))) previous--;
  return previous < start - 2 && isUpperLetter(original.charCodeAt(previous));
}

/** Words after the number in an age's brackets: "(9 jaar)", "(8 years)", "(8 yrs)". */
const AGE_UNITS = [' jaar', ' jr', ' jr.', ' years', ' yrs', ' year old', ' years old'];
/** Ages of a child at primary or secondary school. */
const MIN_CHILD_AGE = 2;
const MAX_CHILD_AGE = 17;

/**
 * "(8) has", "(8), who", "(9 jaar)" at `at`: an age in brackets, the way a parent or care worker
 * introduces a child. A lower-case word or comma must follow, so a heading ("Bijlage (2)\n",
 * "Looptijd (2 jaar):") is no age.
 */
function isChildsAgeInBrackets(folded: string, at: number): boolean {
  if (folded.charCodeAt(at) !== 40) return false;
  let end = at + 1;
  let age = 0;
  while (end < at + 3 && folded.charCodeAt(end) >= 48 && folded.charCodeAt(end) <= 57)
    age = age * 10 + folded.charCodeAt(end++) - 48;
  if (end === at + 1 || age < MIN_CHILD_AGE || age > MAX_CHILD_AGE) return false;
  const unit = AGE_UNITS.find((words) => folded.startsWith(`${words})`, end));
  if (unit !== undefined) end += unit.length;
  if (folded.charCodeAt(end) !== 41) return false;
  const next = folded.charCodeAt(end + 1);
  return next === 44 || (next === 32 && isWordChar(folded.charCodeAt(end + 2)));
}

function endOfWord(folded: string, start: number): number {
  let end = start;
  while (end < folded.length && end < start + 24) {
    const code = folded.charCodeAt(end);
    if (isWordChar(code)) end++;
    else if (code === 45 && isWordChar(folded.charCodeAt(end + 1))) end++;
    else break;
  }
  return end;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
}

/** Months that are given names too ("Mei", "June", "April"), told apart by a possessive. */
const MONTH_NAMES = new Set(['mei', 'juni', 'april', 'may', 'june', 'august']);

/** "'s" or "’s" right after the word: "Kofi's", "Here's", "Kofi'sochtends". */
function isApostropheS(original: string, folded: string, wordEnd: number): boolean {
  const after = original.charCodeAt(wordEnd);
  return (after === 39 || after === 0x2019) && folded.charCodeAt(wordEnd + 1) === 115;
}

/** "'s" or "’s" right after the word, ending there: "Kofi's", not "Kofi'sochtends". */
function isPossessive(original: string, folded: string, wordEnd: number): boolean {
  return isApostropheS(original, folded, wordEnd) && !isWordChar(folded.charCodeAt(wordEnd + 2));
}
