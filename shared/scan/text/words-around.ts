// Small look-arounds in a folded text that many sensitive-content mechanisms share: the word before
// a position, an article before a term, the first name a mention stands for, a class after a name
// and a negation before a term.
import { isAsciiLower } from './chars';
import { type PersonMention } from './person-mentions';

export function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}
/** What follows a pupil's name and gives their class: "Kim (group 5)", "Lina Haddad (gr 5)". */
const CLASS_AFTER_NAME = [' (groep ', ' (group ', ' (gr ', ' (gr. ', ', groep ', ' uit groep '];

/** A name (and one surname word) right before its class: a child named by their class. */
export function isBeforeClass(folded: string, start: number): boolean {
  let end = start;
  for (let words = 0; words < 2; words++) {
    while (end < folded.length && end - start < 40 && isAsciiLower(folded.charCodeAt(end))) end++;
    const at = end;
    const found = CLASS_AFTER_NAME.find((words) => folded.startsWith(words, at));
    if (found) {
      const digit = folded.charCodeAt(at + found.length);
      return digit >= 49 && digit <= 56;
    }
    if (folded.charCodeAt(end) !== 32) return false;
    end++;
  }
  return false;
}

/** Words right before a situation that say it is absent: "geen contactverbod", "no restraining order". */
export const NEGATIONS = [' geen ', ' no ', ' not a ', ' not an ', ' nooit een ', ' never a '];

/** "geen diagnose", "no diagnoses": a negation right before `position`. */
export function isNegated(folded: string, position: number): boolean {
  return NEGATIONS.some((word) => folded.startsWith(word, position - word.length));
}

/**
 * Whether `words` (ending in a space) stand right before `position` as whole words: "his doctor",
 * not "this doctor"; "son Sam", not "reason Sam".
 */
export function isWordBefore(folded: string, words: string, position: number): boolean {
  const start = position - words.length;
  return (
    start >= 0 && folded.startsWith(words, start) && !isLetterCode(folded.charCodeAt(start - 1))
  );
}

/** A letter, ASCII or accented (a folded text keeps letters it cannot fold). */
export function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

/** The folded first word of the name a mention is (or stands for, when a pronoun). */
export function firstNameOf(folded: string, mention: PersonMention): string | undefined {
  const at = mention.antecedent ?? mention.start;
  return /^[a-z]+/.exec(folded.slice(at, at + 20))?.[0];
}

/** Binary search: the first mention at or after `position` (mentions are sorted by start). */
export function firstAtOrAfter(mentions: readonly PersonMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
const ARTICLES = [' de ', ' het ', ' the ', '(de ', '(het ', '(the '];

/**
 * "ik de medicatielijst", "I can bring the report (the dyslexieverklaring)": an article right
 * before the term, in brackets too, makes it a thing, not the writer's own.
 */
export function isAfterArticle(folded: string, position: number): boolean {
  return ARTICLES.some((article) => folded.startsWith(article, position - article.length));
}

/** Whom something is told, between the verb and "dat": "vertelde me dat", "told us that". */
const REPORT_LISTENERS: ReadonlySet<string> = new Set(['me', 'mij', 'ons', 'us']);
const REPORT_THAT: ReadonlySet<string> = new Set(['dat', 'that']);

/**
 * Where the clause a verb of saying opens starts: the index in `words` after "dat" or "that"
 * ("zei dat", "vertelde me dat", "told us that"), or -1 when none follows the verb at `verbAt`.
 */
export function thatClauseAfter(words: readonly string[], verbAt: number): number {
  const that = REPORT_LISTENERS.has(words[verbAt + 1] ?? '') ? verbAt + 2 : verbAt + 1;
  return REPORT_THAT.has(words[that] ?? '') ? that + 1 : -1;
}
