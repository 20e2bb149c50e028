// Sentence-level context for a sensitive term: where its sentence starts, whether a person and a
// term share a sentence, whether the sentence is hypothetical ("Als uw kind allergisch is, …") and
// whether a name is a byline ("Workshop ADHD in de klas, Sander Peeters"). A situation is said of
// a person within one sentence; a newsletter's "if your child has asthma" is said of nobody.

import { isAsciiLower } from './chars';

/** How far back a sentence's start is looked for; longer sentences count from here. */
const SENTENCE_LOOKBACK = 300;

/** A full stop, "!", "?", ";" followed by a space, or a line break that ends a line of prose. */
export function hasSentenceEnd(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (code === 10 && isLineBreakEnd(folded, i)) return true;
    if (isStopAt(folded, i)) return true;
  }
  return false;
}

/** ". ", "! ", "? ", and "; " between clauses ("… is dus fictief; 'Sarah' bestaat niet"), not an initial's stop. */
function isStopAt(folded: string, i: number): boolean {
  const code = folded.charCodeAt(i);
  return (
    (code === 46 || code === 33 || code === 63 || code === 59) &&
    isSpace(folded.charCodeAt(i + 1)) &&
    !isInitialStop(folded, i)
  );
}

/** Lines this long are most likely wrapped prose (plain-text mail wraps at 72–78). */
const WRAPPED_LINE = 55;

/**
 * Whether the line break at `index` ends a sentence: a blank line, a list item or quote level
 * after it, or a short line before it (a heading, an agenda row). A plain-text mail wrapped at
 * 72 characters breaks its sentences over lines that end nothing.
 */
function isLineBreakEnd(folded: string, index: number): boolean {
  let next = index + 1;
  // "> " quote marks that continue the same quoted paragraph.
  while (next < folded.length && (folded.charCodeAt(next) === 62 || folded.charCodeAt(next) === 32))
    next++;
  const after = folded.charCodeAt(next);
  if (Number.isNaN(after) || after === 10 || after === 13) return true;
  if (after === 45 || after === 42 || after === 0x2022 || (after >= 48 && after <= 57)) return true;
  const lineStart = folded.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart < WRAPPED_LINE;
}

/** The index of the first character of the sentence that holds `position`. */
export function sentenceStartOf(folded: string, position: number): number {
  const limit = Math.max(0, position - SENTENCE_LOOKBACK);
  for (let i = position - 1; i >= limit; i--) {
    const code = folded.charCodeAt(i);
    if (code === 10 && isLineBreakEnd(folded, i)) return i + 1;
    if (isStopAt(folded, i)) return i + 2;
  }
  return limit;
}

/** Where the sentence holding `position` ends: at its stop or its last line break. */
export function sentenceEndOf(folded: string, position: number): number {
  const limit = Math.min(folded.length, position + SENTENCE_LOOKBACK);
  for (let i = position; i < limit; i++) {
    if (folded.charCodeAt(i) === 10 && isLineBreakEnd(folded, i)) return i;
    if (isStopAt(folded, i)) return i;
  }
  return limit;
}

/** The words of the sentence before `position`: "moeder vertelde dat ze" before "een depressie". */
export function sentenceWordsBefore(folded: string, position: number): string[] {
  return folded.slice(sentenceStartOf(folded, position), position).match(/[a-z]+/g) ?? [];
}

/** Words that open a sentence about any child or anyone: "Als", "Indien", "If", "Should". */
const CONDITIONAL_OPENERS = new Set([
  'als',
  'indien',
  'mocht',
  'mochten',
  'bij',
  'if',
  'should',
  'in',
]);
/** "in case", "bij ziekte": the second word that makes "in"/"bij" conditional. */
const CONDITIONAL_SECOND = new Map([
  ['in', new Set(['case'])],
  ['bij', new Set(['ziekte', 'koorts', 'twijfel', 'vragen', 'klachten'])],
]);
/** "Heeft uw kind …?", "Does your child …?": a question to every parent. */
const QUESTION_VERBS = new Set([
  'heeft',
  'is',
  'gebruikt',
  'krijgt',
  'moet',
  'does',
  'has',
  'needs',
  'uses',
]);
/** Plural pupil words that open a sentence about any pupil who fits: "Leerlingen die …". */
const PLURAL_PUPILS = new Set(['leerlingen', 'kinderen', 'pupils', 'children', 'students']);
/** The relative pronoun after them: "Leerlingen die …", "Pupils who …". */
const RELATIVE_PRONOUNS = new Set(['die', 'who', 'that']);
/** Words for the reader's own: "uw", "je", "your". */
export const READER_OWNERS: ReadonlySet<string> = new Set(['uw', 'je', 'jouw', 'your']);
/** Owners that make a family word one's own: the writer's ("my mother") or a third person's. */
export const FIRST_PERSON_OWNERS: ReadonlySet<string> = new Set(['mijn', 'my', 'onze', 'our']);
export const THIRD_PERSON_OWNERS: ReadonlySet<string> = new Set([
  'zijn',
  'haar',
  'his',
  'her',
  'hun',
  'their',
]);

/**
 * A sentence that speaks of whoever fits it: "Als uw kind een allergie heeft, …", "If your child
 * has asthma, …", "Heeft uw kind een dieet?", "Leerlingen die …". What it says is said of no one
 * in particular.
 * @example isHypotheticalSentence('heeft uw kind een allergie, meld het.', 0) // true
 */
export function isHypotheticalSentence(folded: string, sentenceStart: number): boolean {
  let i = sentenceStart;
  while (i < folded.length && !isAsciiLower(folded.charCodeAt(i)) && i < sentenceStart + 8) i++;
  const first = wordAt(folded, i);
  const second = wordAt(folded, i + first.length + 1);
  if (CONDITIONAL_OPENERS.has(first)) {
    const needed = CONDITIONAL_SECOND.get(first);
    return needed ? needed.has(second) : true;
  }
  // "Leerlingen die je wilt aanmelden voor de leerlingbespreking …", "Children who need an
  // inhaler …": pupils in general, by what they have in common.
  if (PLURAL_PUPILS.has(first)) return RELATIVE_PRONOUNS.has(second);
  return QUESTION_VERBS.has(first) && READER_OWNERS.has(second);
}

/** Words that open an open question: "Hoe lang heb je …?", "How long do you have …?". */
const QUESTION_WORDS = new Set([
  'hoe',
  'wanneer',
  'hoeveel',
  'wat',
  'welke',
  'how',
  'when',
  'what',
  'which',
]);
/** The generic "you" of such a question: "heb je", "moet u", "do you", "does one". */
const GENERIC_YOU = new Set(['je', 'u', 'men', 'you', 'one']);
/** Characters a general question may run on after its term to its question mark. */
const QUESTION_REACH = 160;

/**
 * "Hoe lang heb je eigenlijk om een plan van aanpak op te stellen na een ziekmelding?", "How long
 * do you have to draw up a return-to-work plan?": an open question about a procedure, with a
 * generic "je"/"you", an infinitive ("om … te", "to") and the term as "een"/"a" thing, asks how
 * things go for anyone. "Hoe lang heb je al een burn-out?" has no infinitive and stays the
 * reader's.
 * @example isGeneralQuestion('hoe lang heb je om een plan op te stellen?', 0, 20) // true
 */
export function isGeneralQuestion(
  folded: string,
  sentenceStart: number,
  termStart: number,
): boolean {
  let i = sentenceStart;
  while (i < folded.length && !isAsciiLower(folded.charCodeAt(i)) && i < sentenceStart + 8) i++;
  if (!QUESTION_WORDS.has(wordAt(folded, i))) return false;
  const before = folded.slice(i, termStart);
  if (!/ (?:een|a|an) $/.test(before)) return false;
  const words = before.split(' ');
  if (!words.some((word) => GENERIC_YOU.has(word))) return false;
  if (!words.includes('om') && !words.includes('to')) return false;
  // The question mark closes the sentence: no full stop or blank line before it.
  const rest = folded.slice(termStart, termStart + QUESTION_REACH);
  const mark = rest.indexOf('?');
  const between = rest.slice(0, mark);
  return mark > 0 && !/[.!]/.test(between) && !between.replace(/[ \t]/g, '').includes('\n\n');
}

/** Marks before a byline name: "Workshop ADHD, Sander Peeters", "Training – Marieke Claassen". */
const BYLINE_MARKS = [44, 0x2013, 0x2014, 45, 40, 124]; // , – — - ( |

/**
 * A name that closes its line after a title, as in agendas and programmes ("10.45 Workshop
 * 'Omgaan met ADHD', Sander Peeters"): the facilitator, not the subject of the topic.
 */
export function isByline(original: string, nameStart: number): boolean {
  let before = nameStart - 1;
  while (before >= 0 && original.charCodeAt(before) === 32) before--;
  if (!BYLINE_MARKS.includes(original.charCodeAt(before))) return false;
  // The rest of the line: the name, a surname or two, and maybe "(organisation)".
  let end = original.indexOf('\n', nameStart);
  if (end === -1) end = original.length;
  const rest = original.slice(nameStart, Math.min(end, nameStart + 80));
  const parenthesis = rest.indexOf('(');
  let byline = parenthesis <= 0 ? rest : rest.slice(0, parenthesis);
  // "(Marieke)", "Sander Peeters.": closing marks are no part of the name.
  while (byline !== '' && ').,;:! \t\r'.includes(byline.charAt(byline.length - 1)))
    byline = byline.slice(0, -1);
  const words = byline.trim().split(' ');
  return (
    rest.length < 80 &&
    words.length <= 4 &&
    words.every((word) =>
      /^(?:[A-Z\u00C0-\u00DE][\w\u00DF-\u024F'-]*|van|de|der|den|el)$/.test(word),
    )
  );
}

function wordAt(folded: string, start: number): string {
  let end = start;
  while (end < folded.length && end < start + 16 && isAsciiLower(folded.charCodeAt(end))) end++;
  return folded.slice(start, end);
}

/**
 * The full stop of an initial, no sentence end: "Soufiane B. (groep 8) is aangehouden", "J. de
 * Vries". A one-letter word before the stop, on a line of prose (not an "a." list mark).
 */
function isInitialStop(folded: string, index: number): boolean {
  if (folded.charCodeAt(index) !== 46 || !isAsciiLower(folded.charCodeAt(index - 1))) return false;
  const before = folded.charCodeAt(index - 2);
  return before === 32 || before === 46;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
