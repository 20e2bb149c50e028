// Staff and adult cues: an employer's measure or warning said of a named colleague, a pending
// investigation, a personnel file, a class teacher in a bracketed note and a role word after a
// preposition make a term an adult's, not a pupil's.
import { isAsciiLower } from './chars';
import { type PersonMention } from './person-mentions';
import { hasSentenceEnd } from './sentences';
import { type WeightedHit, SENTENCE_REACH, type TextContext } from './sensitive-hits';
import { firstNameOf, firstAtOrAfter } from './words-around';

/** Conduct measures that, said of a named adult in a mail with no pupil, are an HR measure. */
export const STAFF_MEASURES = new Set(['schorsing', 'geschorst', 'suspended', 'suspension']);
/** Words after a suspension that make it an employer's: "hangende het onderzoek", "pending". */
const PENDING_WORDS = [
  ' hangende ',
  ' in afwachting van het onderzoek',
  ' in afwachting van een onderzoek',
  ' pending ',
];
/** Characters after the suspension word in which the investigation is named. */
const PENDING_REACH = 60;

export function isPendingInvestigation(folded: string, end: number): boolean {
  const after = folded.slice(end, end + PENDING_REACH);
  return PENDING_WORDS.some((words) => {
    const at = after.indexOf(words);
    return at !== -1 && !hasSentenceEnd(after, 0, at);
  });
}

/**
 * Measures only an employer takes, against staff: suspension from duty, summary dismissal, a
 * disciplinary measure. A child is never put "op non-actief".
 */
const EMPLOYEE_MEASURES = new Set([
  'op non-actief',
  'non-actiefstelling',
  'ontslag op staande voet',
  'disciplinaire maatregel',
  'hangende het onderzoek',
  'pending the investigation',
  'pending an investigation',
]);

/** Warnings an employer gives in writing: "de schriftelijke waarschuwing aan Ricardo Tjon-A-Fong". */
const EMPLOYER_WARNINGS = new Set([
  'officiele waarschuwing',
  'schriftelijke waarschuwing',
  'berisping',
  'written warning',
  'formal warning',
  'final warning',
  'final written warning',
]);
/** Words between a written warning and the person who gets it: "aan", "to". */
const WARNING_TO = [' aan ', ' to '];
/** Characters from the end of the warning to the name of who gets it. */
const WARNING_TO_REACH = 30;

/**
 * "Henk is tot nader order op non-actief gezet": the first names of the named people an employee
 * measure is said of in the same sentence (the last one named before it). What else the text says
 * of them ("de ouder heeft aangifte gedaan tegen Henk Schoenmakers") is an adult's, not a pupil's.
 */
export function staffUnderMeasure(
  hits: readonly WeightedHit[],
  mentions: readonly PersonMention[],
  folded: string,
): ReadonlySet<string> {
  const names = new Set<string>();
  for (const hit of hits) {
    if (!EMPLOYEE_MEASURES.has(hit.term)) continue;
    let last: PersonMention | undefined;
    for (let m = firstAtOrAfter(mentions, hit.start - SENTENCE_REACH); m < mentions.length; m++) {
      const mention = mentions[m];
      if (!mention || mention.start >= hit.start) break;
      if (mention.isNamed && (mention.kind === 'name' || mention.kind === 'adult')) last = mention;
    }
    if (last && !hasSentenceEnd(folded, last.start, hit.start)) {
      const name = firstNameOf(folded, last);
      if (name) names.add(name);
    }
  }
  // "De schriftelijke waarschuwing aan Ricardo Tjon-A-Fong is verstuurd": who gets it is staff.
  for (const hit of hits) {
    if (!EMPLOYER_WARNINGS.has(hit.term)) continue;
    const to = WARNING_TO.find((words) => folded.startsWith(words, hit.end));
    if (!to) continue;
    const at = hit.end + to.length;
    for (let m = firstAtOrAfter(mentions, at); m < mentions.length; m++) {
      const mention = mentions[m];
      if (!mention || mention.start > at + WARNING_TO_REACH) break;
      // "Ricardo Tjon-A-Fong": a surname found on its own is that person too.
      if (mention.isNamed && (mention.kind === 'name' || mention.kind === 'adult')) {
        const name = firstNameOf(folded, mention);
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/** The named person nearest the term is one an employer's measure is said of. */
export function isNearestNamedMeasured(
  hit: WeightedHit,
  near: readonly PersonMention[],
  context: TextContext,
  folded: string,
): boolean {
  let nearest: PersonMention | undefined;
  let distance = Infinity;
  for (const mention of near) {
    if (!mention.isNamed || (mention.kind !== 'name' && mention.kind !== 'adult')) continue;
    const from = Math.abs(mention.start - hit.start);
    if (from < distance) {
      nearest = mention;
      distance = from;
    }
  }
  return nearest !== undefined && context.measuredStaff().has(firstNameOf(folded, nearest) ?? '');
}

/** A preposition and article before a role word that receives or gives: "bij de remedial teacher". */
const ROLE_PREPOSITIONS = [
  'bij de ',
  'met de ',
  'door de ',
  'naar de ',
  'with the ',
  'by the ',
  'to the ',
  'from the ',
];

/** Whether a role word at `start`, or one attribute before it, follows a preposition. */
export function isAfterPreposition(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 32), start);
  for (const words of ROLE_PREPOSITIONS) {
    const at = before.lastIndexOf(words);
    if (at === -1 || (at > 0 && isAsciiLower(before.charCodeAt(at - 1)))) continue;
    const between = before.slice(at + words.length);
    if (between === '' || /^[a-z-]+ $/.test(between)) return true;
  }
  return false;
}

/** How a bracketed note on a pupil's class opens: "(groep 3, juf Sanne)", "(group 4, Ms Hall)". */
const CLASS_NOTE_OPENINGS = ['(groep ', '(gr ', '(gr. ', '(klas ', '(group ', '(class ', '(year '];
/** How far back the bracket's opening may lie from the teacher's name. */
const CLASS_NOTE_REACH = 24;

/** "Ilyas (groep 3, juf Sanne)": the adult named inside a bracketed note that opens with a class. */
export function isClassTeacherInBrackets(folded: string, start: number): boolean {
  return isInBracketOpeningWith(folded, start, CLASS_NOTE_OPENINGS, CLASS_NOTE_REACH);
}

/**
 * Whether `start` lies inside a bracketed note that opens with one of `openings` ("(groep 3, juf
 * Sanne)", "(stagiair OA bij Yvonne)"), its "(" at most `reach` characters back.
 */
export function isInBracketOpeningWith(
  folded: string,
  start: number,
  openings: readonly string[],
  reach: number,
): boolean {
  for (let at = start - 1; at >= 0 && start - at <= reach; at--) {
    const code = folded.charCodeAt(at);
    if (code === 41) return false; // ")": the bracket closed before the name
    if (code === 40) return openings.some((opening) => folded.startsWith(opening, at));
  }
  return false;
}

/**
 * Words between "dossier van" and the staff word: "onze nieuwe". Dutch only: the caller asks only
 * after the Dutch term.
 */
const FILE_OWNER_WORDS = new Set(['onze', 'de', 'haar', 'zijn', 'mijn', 'uw', 'nieuwe']);
/** Staff words (and their starts) after "dossier van": "medewerk" is "medewerker", "medewerkster". */
const STAFF_FILE_WORDS = [
  'collega',
  'medewerk',
  'werknemer',
  'leerkracht',
  'onderwijsassistent',
  'klassenassistent',
  'stagiair',
  'invaller',
  'invalkracht',
  'concierge',
  'directeur',
  'directrice',
  'sollicitant',
];

/** "Voor het dossier van onze nieuwe onderwijsassistent Oksana": a personnel file, no pupil's. */
export function isStaffFile(folded: string, hit: WeightedHit): boolean {
  const words = folded.slice(hit.end, hit.end + 40).split(' ');
  // words[0] is the empty piece before the space right after the term.
  let at = 1;
  while (at < 3 && FILE_OWNER_WORDS.has(words[at] ?? '')) at++;
  const word = words[at] ?? '';
  return words[0] === '' && STAFF_FILE_WORDS.some((staff) => word.startsWith(staff));
}
