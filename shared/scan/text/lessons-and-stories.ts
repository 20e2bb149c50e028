// What is taught or told rather than lived: course content, lesson topics, history, quoted topics,
// names inside book titles, and the speakers, characters and contact persons of a general mail.
// A sensitive term there is a topic, nobody's file.
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';
import { type BookTitles, isInTitle } from './book-titles';
import { isAsciiLower } from './chars';
import { type PersonMention } from './person-mentions';
import { hasSentenceEnd, sentenceStartOf } from './sentences';
import { isUpperAscii, firstNameOf } from './words-around';

/** Words that name a quoted word as a topic or a word: "het onderwerp 'diabetes'", "the topic 'cancer'". */
const TOPIC_NOUNS = new Set([
  'onderwerp',
  'thema',
  'woord',
  'begrip',
  'topic',
  'subject',
  'word',
  'term',
]);
/** Opening quotes: ' " ‘ “ „ */
const OPENING_QUOTES = new Set([39, 34, 0x2018, 0x201c, 0x201e]);
/** Closing quotes: ' " ’ ” */
const CLOSING_QUOTES = new Set([39, 34, 0x2019, 0x201d]);

/**
 * The hits that are not a word quoted as a topic: "Het onderwerp 'diabetes', dat hij noemde na
 * onze les", "the topic 'divorce' came up" speak of the word, not of anyone's condition. The quote
 * opens right before the term and closes within its words; a topic noun stands right before it.
 * A header "Onderwerp: 'diabetes'" has a colon between and is no such topic.
 */
export function withoutQuotedTopics<T extends { start: number; end: number }>(
  hits: T[],
  folded: string,
): T[] {
  return hits.some((hit) => OPENING_QUOTES.has(folded.charCodeAt(hit.start - 1)))
    ? hits.filter((hit) => !isQuotedTopic(folded, hit.start, hit.end))
    : hits;
}

function isQuotedTopic(folded: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(folded.charCodeAt(start - 1)) || folded.charCodeAt(start - 2) !== 32)
    return false;
  let close = end;
  while (close < folded.length && close - end < 20 && isAsciiLower(folded.charCodeAt(close)))
    close++;
  if (!CLOSING_QUOTES.has(folded.charCodeAt(close))) return false;
  const wordStart = folded.lastIndexOf(' ', start - 3) + 1;
  return TOPIC_NOUNS.has(folded.slice(wordStart, start - 2));
}

/**
 * "het boek 'Mijn broer is een ster'", "'Wolf en Gazelle'": a person word or name inside a story's
 * title is the story's, nobody to tie a term to.
 */
export function outsideTitles(
  mentions: PersonMention[],
  titles: BookTitles | undefined,
  folded: string,
): PersonMention[] {
  if (!titles || (titles.spans.length === 0 && titles.characters.size === 0)) return mentions;
  return mentions.filter((mention) => {
    const at = mention.antecedent ?? mention.start;
    // "Auggie Pullman is tien … Hij heeft 27 operaties gehad": the character, or a pronoun for them.
    return !isInTitle(titles, at) && !titles.characters.has(firstNameOf(folded, mention) ?? '');
  });
}

/** Courses whose content a bracket lists: "EHBO voor kinderen (incl. epilepsie …)". */
const COURSE_WORDS = [
  'ehbo',
  'bhv',
  'cursus',
  'training',
  'workshop',
  'scholing',
  'first aid',
  'course',
];
/** How a bracket that lists a course's content opens. */
const CONTENT_OPENINGS = [
  '(incl',
  '(inclusief ',
  '(including ',
  '(o.a. ',
  '(onder andere ',
  '(waaronder ',
  '(e.g. ',
  '(such as ',
];
/** How far a course's content bracket may open before a term. */
const CONTENT_REACH = 80;
/** How far before its content bracket a course is named. */
const COURSE_REACH = 40;

/** What a training has its group practise: "Dit jaar oefenen we … een epileptische aanval". */
const PRACTICE_CUES = [
  'oefenen we ',
  'we oefenen ',
  'leren we ',
  'we leren ',
  'we practise ',
  'we practice ',
  'we will practise ',
  'we will practice ',
];
/** How far after a practice cue its sentence may name a term. */
const PRACTICE_REACH = 120;
/** How far before a practice cue the course it belongs to is named. */
const PRACTICE_COURSE_REACH = 300;

/**
 * "EHBO voor kinderen (incl. epilepsie, allergie en astma-aanval) op 19 november: Mei Lin, …",
 * "first aid course (including asthma and epilepsy)": a course's content, listed in a bracket after
 * the course's name, is what staff learn about, no one's condition. So is what a course's group
 * practises ("De herhalingscursus BHV is op 30 september. Dit jaar oefenen we … een epileptische
 * aanval"), just after the course is named.
 */
export function isCourseContent(folded: string, start: number): boolean {
  return isInContentBracket(folded, start) || isPractisedInCourse(folded, start);
}

function isPractisedInCourse(folded: string, start: number): boolean {
  const from = Math.max(0, start - PRACTICE_REACH);
  const before = folded.slice(from, start);
  return PRACTICE_CUES.some((cue) => {
    const at = before.lastIndexOf(cue);
    if (at < 0 || hasSentenceEnd(folded, from + at, start)) return false;
    const course = folded.slice(Math.max(0, from + at - PRACTICE_COURSE_REACH), from + at);
    return COURSE_WORDS.some((word) => course.includes(word));
  });
}

function isInContentBracket(folded: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && start - at <= CONTENT_REACH; at--) {
    const code = folded.charCodeAt(at);
    if (code === 41) return false; // ")": the term stands after the bracket, not inside it
    if (code !== 40) continue;
    if (!CONTENT_OPENINGS.some((opening) => folded.startsWith(opening, at))) return false;
    const course = folded.slice(Math.max(0, at - COURSE_REACH), at);
    return COURSE_WORDS.some((word) => course.includes(word));
  }
  return false;
}

/** What opens a lesson's topic: "een les geven over wat de politie doet: … een huiszoeking". */
const LESSON_TOPIC_CUES = [
  'les over ',
  'les geven over ',
  'lessen over ',
  'gastles over ',
  'voorlichting over ',
  'lesson about ',
  'lesson on ',
  'lessons about ',
  'lessons on ',
];
/**
 * A person between a lesson's opening and the term: then it is theirs ("over zijn vader", "les over
 * pesten kwam hij huilend bij me: hij wordt gepest").
 */
const OWNED_IN_TOPIC = new Set([
  'zijn',
  'haar',
  'mijn',
  'hun',
  'hij',
  'zij',
  'ze',
  'ik',
  'hem',
  'his',
  'her',
  'my',
  'their',
  'he',
  'she',
  'i',
  'him',
  'they',
]);

/**
 * "Hij wil in groep 6 een les geven over wat de politie doet: … een aanhouding, hoe een
 * huiszoeking gaat", "a lesson about what happens at an arrest": a lesson's topic, in the same
 * sentence, with no name or anyone's own ("zijn", "her") between, is what a class learns about.
 */
export function isLessonTopic(text: string, folded: string, start: number): boolean {
  const sentenceStart = sentenceStartOf(folded, start);
  const before = folded.slice(sentenceStart, start);
  // Every cue holds "les" or "voorlichting": most sentences need no search per cue.
  if (!before.includes('les') && !before.includes('voorlichting')) return false;
  let cueEnd = -1;
  for (const cue of LESSON_TOPIC_CUES) {
    const at = before.lastIndexOf(cue);
    if (at !== -1) cueEnd = Math.max(cueEnd, at + cue.length);
  }
  if (cueEnd === -1) return false;
  const topic = before.slice(cueEnd);
  if (topic.split(/[^a-z]+/).some((word) => OWNED_IN_TOPIC.has(word))) return false;
  // A capital in the sentence after its first word may be a name: "les over wat Daan overkwam",
  // "Kenzo vertelde na de les over de politie dat er een huiszoeking was". Not one inside quotes:
  // "het project 'Gezond Leven'" names a project.
  // Once no quote closes before `start`, none will: each stretch is searched once.
  let mayClose = true;
  for (let i = sentenceStart; i < start; i++) {
    // An opening quote, not the apostrophe of "Daan's".
    if (
      mayClose &&
      OPENING_QUOTES.has(text.charCodeAt(i)) &&
      !isAsciiLower(folded.charCodeAt(i - 1))
    ) {
      const close = closingQuoteAfter(text, i + 1, start);
      if (close === -1) mayClose = false;
      else i = close;
      continue;
    }
    if (
      isUpperAscii(text.charCodeAt(i)) &&
      !isAsciiLower(folded.charCodeAt(i - 1)) &&
      !isEnglishI(folded, i) &&
      hasWordBefore(folded, sentenceStart, i)
    )
      return false;
  }
  let firstStart = sentenceStart;
  while (firstStart < start && !isAsciiLower(folded.charCodeAt(firstStart))) firstStart++;
  let firstEnd = firstStart;
  while (isAsciiLower(folded.charCodeAt(firstEnd))) firstEnd++;
  return !NAMES.has(folded.slice(firstStart, firstEnd));
}

/** The English "I" ("For the project I am teaching …"), a capital that is no name. */
function isEnglishI(folded: string, at: number): boolean {
  return folded.charCodeAt(at) === 105 && !isAsciiLower(folded.charCodeAt(at + 1));
}

/** Where the quote opened before `from` closes before `end`, or -1. */
function closingQuoteAfter(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (CLOSING_QUOTES.has(text.charCodeAt(i))) return i;
  return -1;
}

/** Whether a letter stands in folded[from, at): the word at `at` is not the sentence's first. */
function hasWordBefore(folded: string, from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (isAsciiLower(folded.charCodeAt(i))) return true;
  return false;
}

/** A year this early is history: "his arrest in 1962", "in 1944 opgepakt". */
const HISTORY_BEFORE = 1970;
/** How far after a term its sentence is read for a year. */
const HISTORY_AFTER_REACH = 80;

/**
 * "Nelson Mandela: his arrest in 1962, … his 27 years in prison", "Anne Frank werd in 1944
 * gearresteerd": a year before 1970 in the term's sentence tells history, no one's file today.
 */
export function isHistory(folded: string, start: number, end: number): boolean {
  const from = sentenceStartOf(folded, start);
  let to = Math.min(folded.length, end + HISTORY_AFTER_REACH);
  for (let i = end; i < to; i++)
    if (hasSentenceEnd(folded, i, i + 1)) {
      to = i;
      break;
    }
  for (let i = from; i + 4 <= to; i++) {
    if (!isDigit(folded.charCodeAt(i)) || isDigit(folded.charCodeAt(i - 1))) continue;
    if (!isDigit(folded.charCodeAt(i + 1)) || !isDigit(folded.charCodeAt(i + 2))) continue;
    if (!isDigit(folded.charCodeAt(i + 3)) || isDigit(folded.charCodeAt(i + 4))) continue;
    // Not part of an amount: "€ 1.214,50".
    if (folded.charCodeAt(i - 1) === 46) continue;
    if (folded.charCodeAt(i + 4) === 44 && isDigit(folded.charCodeAt(i + 5))) continue;
    const year = Number(folded.slice(i, i + 4));
    if (year >= 1000 && year < HISTORY_BEFORE) return true;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Words before a speaker or author: "Presentatie door Linda Ramakers", "led by Dr. Emma Hughes". */
const SPEAKER_CUES = [
  ' door ',
  ' by ',
  'spreker',
  'speaker',
  'presented',
  'verzorgd',
  'trainer',
  'docent',
  'facilitator',
  'gastles',
  'begeleid door',
  'presentatie',
];
/** Characters before a name in which a speaker cue counts (room for a title: "by psychologist Dr."). */
const SPEAKER_REACH = 28;

/** Words after a speaker's name: "De lezing van Tijl Koenderink over …", "Karin … vertelde over". */
const SPEAKER_AFTER_CUES = [
  ' over ',
  ' about ',
  'vertelde over',
  'vertelt over',
  'sprak over',
  'spoke about',
  'talked about',
  'told us about',
  'presenteert',
  'presents',
];
/** Characters after a name (with its surname) in which a speaker cue counts. */
const SPEAKER_AFTER_REACH = 30;

/** Events a named person gives or leads: "Marieke Claassen geeft de training …". */
const EVENT_WORDS = [
  'training',
  'workshop',
  'presentatie',
  'lezing',
  'cursus',
  'webinar',
  'masterclass',
  'gastles',
  'voorlichting',
  'talk',
];
/** Words before an event that someone attends rather than gives: "bij de training". */
const ATTENDING = [
  'bij de ',
  'tijdens de ',
  'na de ',
  'naar de ',
  'op de ',
  'at the ',
  'during the ',
  'after the ',
  'to the ',
];
/** Characters after a name in which the event they lead is named. */
const EVENT_REACH = 50;

/** Words before a story's character: "De hoofdpersoon, Jelle, …", "the main character Mia". */
const CHARACTER_CUES = [
  'hoofdpersoon',
  'personage',
  'hoofdrolspeler',
  'main character',
  'protagonist',
];

/** Words before the person to go to: "talk to Marieke", "neem contact op met Sanne". */
const CONTACT_CUES = [
  'talk to ',
  'speak to ',
  'contact ',
  'contact with ',
  'get in touch with ',
  'go to ',
  'contact op met ',
  'terecht bij ',
  'melden bij ',
  'meld het bij ',
  'praat met ',
  'overleg met ',
];

/** In a general text, the person the reader should go to is no one's file: "talk to Marieke". */
export function isContactPerson(folded: string, start: number): boolean {
  return CONTACT_CUES.some((cue) => folded.startsWith(cue, start - cue.length));
}

/** In a book talked about in a general mail, a named character is nobody's file. */
export function isCharacter(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - SPEAKER_REACH), start);
  return CHARACTER_CUES.some((cue) => before.includes(cue));
}

/** In a newsletter or training, a named speaker is no subject of the topic they speak about. */
export function isSpeaker(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - SPEAKER_REACH), start);
  if (SPEAKER_CUES.some((cue) => before.includes(cue))) return true;
  const ahead = folded.slice(start, start + EVENT_REACH);
  if (
    EVENT_WORDS.some((word) => {
      const at = ahead.indexOf(word);
      return (
        at > 0 &&
        !hasSentenceEnd(ahead, 0, at) &&
        // "Ravi is bij de training flauwgevallen": who is at an event takes part in it.
        !ATTENDING.some((words) => ahead.startsWith(words, at - words.length))
      );
    })
  )
    return true;
  // "Tijl Koenderink over onderpresteren": the name and surname, then the topic of the talk.
  const after = folded.slice(start, start + SPEAKER_AFTER_REACH);
  return SPEAKER_AFTER_CUES.some((cue) => {
    const at = after.indexOf(cue);
    return at > 0 && !hasSentenceEnd(after, 0, at);
  });
}
