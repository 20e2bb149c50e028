// School roles, care titles and jobs next to a sensitive term ("Sanne (intern begeleider)", "de
// schoolarts", "she works as a youth nurse"): a term that names someone's job or a service open to
// everyone is no situation of a person.
import { hasSentenceEnd } from './sentences';
import { type TermHit } from './term-matcher';
import { type LexiconTag } from './sensitive-hits';
import { isUpperAscii, isLetterCode } from './words-around';

/** Character codes: ( ) , and the space. */
const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;
const COMMA = 44;
export const SPACE = 32;

/** Jobs every school has, whose holder being named says nothing of anyone's situation. */
const SCHOOL_ROLES = new Set(['aandachtsfunctionaris', 'intern begeleider', 'orthopedagoog']);

/**
 * "Martijn (aandachtsfunctionaris)", "ikzelf als aandachtsfunctionaris": a school role in
 * apposition to a person is that person's job, no situation (what they deal with is said in
 * other words, which still count).
 */
export function isRoleInApposition(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!SCHOOL_ROLES.has(hit.term)) return false;
  if (folded.charCodeAt(hit.start - 1) === OPEN_BRACKET) {
    const after = folded.charCodeAt(hit.end);
    return after === CLOSE_BRACKET || after === COMMA || after === SPACE;
  }
  return folded.startsWith(' als ', hit.start - 5) || folded.startsWith(' as ', hit.start - 4);
}

/**
 * Police titles, which next to an officer's name are their job: "wijkagent Sander Hermans",
 * "police officer Tom Hill". Only "wijkagent" is also a lexicon term.
 */
const OFFICER_TITLES = new Set([
  'wijkagent',
  'politieagent',
  'hoofdagent',
  'agent',
  'police officer',
  'community officer',
  'officer',
]);

/**
 * "Donderdag komt wijkagent Dirk Maessen vertellen wat de politie doet bij een inbraak": the
 * person a police title names holds that job; police words said near them are their work, not a
 * home situation of theirs.
 */
export function isOfficerByTitle(folded: string, nameStart: number): boolean {
  for (const title of OFFICER_TITLES) {
    const at = nameStart - title.length - 1;
    if (
      at >= 0 &&
      folded.startsWith(`${title} `, at) &&
      (at === 0 || !isLetterCode(folded.charCodeAt(at - 1)))
    )
      return true;
  }
  return false;
}

/** Care givers' titles that, next to a name, are that professional's job. */
const CARE_TITLES = new Set(['bedrijfsarts', 'company doctor', 'psychiater', 'psychiatrist']);

/**
 * "bedrijfsarts Yasmina Amrani", "with Mr J. Vos, psychologist, following …": a care giver's title
 * right before a capitalised name, or after a name and a comma, is that professional's job, no
 * one's condition (what they treat is said in other words, which still count).
 */
export function isCareTitleOfName(text: string, hit: TermHit<LexiconTag>): boolean {
  const isOfficer = OFFICER_TITLES.has(hit.term);
  if (!CARE_GIVERS.has(hit.term) && !CARE_TITLES.has(hit.term) && !isOfficer) return false;
  if (text.charCodeAt(hit.end) === 32 && isUpperAscii(text.charCodeAt(hit.end + 1))) return true;
  // "De wijkagent (Sander Hermans) belde": the officer's name in brackets after the title.
  if (
    isOfficer &&
    text.charCodeAt(hit.end) === 32 &&
    text.charCodeAt(hit.end + 1) === OPEN_BRACKET &&
    isUpperAscii(text.charCodeAt(hit.end + 2))
  )
    return true;
  if (text.charCodeAt(hit.start - 1) !== 32 || text.charCodeAt(hit.start - 2) !== 44) return false;
  const after = text.charCodeAt(hit.end);
  if (after !== 44 && after !== 46 && after !== 41 && after !== 10 && !Number.isNaN(after))
    return false;
  // The word before the comma is a name: capitalised, as "Vos" in "Mr J. Vos, psychologist".
  let start = hit.start - 2;
  while (start > 0 && text.charCodeAt(start - 1) !== 32 && text.charCodeAt(start - 1) !== 10)
    start--;
  return start < hit.start - 2 && isUpperAscii(text.charCodeAt(start));
}

/** Verbs that give a person's job: "Lisa is orthopedagoog", "she works as a therapist". */
const JOB_VERBS = [
  ' is ',
  ' is een ',
  ' werkt als ',
  ' is a ',
  ' is an ',
  ' works as a ',
  ' works as an ',
];
/** Pronouns that can be the person whose job is given: "Zij is logopedist". */
const JOB_HOLDER_PRONOUNS = new Set(['zij', 'ze', 'hij', 'she', 'he']);

/**
 * "Lisa is orthopedagoog en …", "Zij werkt als logopedist", "Tom is a child psychologist": a care
 * giver's title or a school role said to be a person's job is what they do, no one's condition
 * (what they deal with is said in other words, which still count). The holder is a capitalised
 * name or a pronoun right before the verb; "Emma is bij de psycholoog" has an article between.
 */
export function isJobOfSubject(text: string, folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!CARE_GIVERS.has(hit.term) && !SCHOOL_ROLES.has(hit.term) && !CARE_TITLES.has(hit.term))
    return false;
  // "kinderpsycholoog" is its own term; "a child psychologist" puts "child " before the title.
  const titleStart = folded.startsWith('child ', hit.start - 6) ? hit.start - 6 : hit.start;
  const verb = JOB_VERBS.find((words) => folded.startsWith(words, titleStart - words.length));
  if (!verb) return false;
  const holderEnd = titleStart - verb.length;
  let holderStart = holderEnd;
  while (holderStart > 0 && isLetterCode(folded.charCodeAt(holderStart - 1))) holderStart--;
  if (holderStart === holderEnd) return false;
  return (
    isUpperAscii(text.charCodeAt(holderStart)) ||
    JOB_HOLDER_PRONOUNS.has(folded.slice(holderStart, holderEnd))
  );
}

/** Writings a care giver may be the author of: "een artikel van een kinderpsycholoog". */
const WRITINGS = ['artikel', 'article', 'boek', 'book', 'blog', 'podcast', 'tips'];
/** Words between a writing and its indefinite author: "article from a", "boek van een". */
const AUTHOR_CUES = [' van een ', ' door een ', ' from a ', ' by a ', ' from an ', ' by an '];
/** Characters before the author cue in which the writing stands. */
const WRITING_REACH = 30;

/**
 * "this article from a child psychologist", "een boek van een orthopedagoog": a care giver who
 * wrote something is its author, no one's care giver.
 */
export function isAuthorOfWriting(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!CARE_GIVERS.has(hit.term)) return false;
  const titleStart = folded.startsWith('child ', hit.start - 6) ? hit.start - 6 : hit.start;
  const cue = AUTHOR_CUES.find((words) => folded.startsWith(words, titleStart - words.length));
  if (!cue) return false;
  const cueStart = titleStart - cue.length;
  const before = folded.slice(Math.max(0, cueStart - WRITING_REACH), cueStart);
  return WRITINGS.some((word) => before.includes(word));
}

/** How a service says it is there for anyone: "available to everyone", "voor iedereen". */
const OPEN_TO_ALL = [
  'available to everyone',
  'available to all',
  'open to everyone',
  'open to all',
  'there for everyone',
  'voor iedereen beschikbaar',
  'beschikbaar voor iedereen',
  'voor alle medewerkers beschikbaar',
  'beschikbaar voor alle',
  'staat voor iedereen klaar',
  'staan voor iedereen klaar',
];
/** How far after a care giver its sentence is read for "available to everyone". */
const OPEN_TO_ALL_REACH = 60;

/**
 * "the confidential adviser and the company doctor are available to everyone", "de bedrijfsarts
 * is voor iedereen beschikbaar": a care giver offered to all staff is a service, no one's care.
 */
export function isCareOpenToAll(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!CARE_GIVERS.has(hit.term) && !CARE_TITLES.has(hit.term)) return false;
  const after = folded.slice(hit.end, hit.end + OPEN_TO_ALL_REACH);
  return OPEN_TO_ALL.some((words) => {
    const at = after.indexOf(words);
    return at !== -1 && !hasSentenceEnd(after, 0, at);
  });
}

/** Titles of those who give care: the care is the patient's, not the professional's own. */
export const CARE_GIVERS = new Set([
  'psycholoog',
  'kinderpsycholoog',
  'orthopedagoog',
  'neuroloog',
  'kinderarts',
  'therapeut',
  'logopedist',
  'huisarts',
  'jeugdarts',
  'psychologist',
  'therapist',
  'doctor',
  'gp',
]);
