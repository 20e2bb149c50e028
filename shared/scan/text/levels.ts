// Finds one pupil's test levels written as levels, not words: "rekenen IV -> V", "technisch lezen
// AVI M4", "scoort een V", "spelling 1F niet", "dropped from II to IV in maths". A level next to a
// school subject or a score word is a result of a test (LVS, Cito, DIA, Boom); next to a person
// it is part of that pupil's file.

interface LevelHit {
  /** The level as written, e.g. "IV". */
  level: string;
  start: number;
  end: number;
}

/** Subjects and score words a level belongs to; folded, whole words. */
const SUBJECT_WORDS = new Set([
  'rekenen',
  'spelling',
  'lezen',
  'taal',
  'woordenschat',
  'begrijpend',
  'technisch',
  'toets',
  'toetsen',
  'cito',
  'lvs',
  'dia',
  'boom',
  'score',
  'scoort',
  'scoorde',
  'scores',
  'niveau',
  'maths',
  'math',
  'reading',
  'grades',
  'grade',
  'avi',
  'rekenniveau',
  'leesniveau',
]);
/** "V. de Vries", "E. van Dam": an initial before a surname. */
const TUSSENVOEGSELS = ['de ', 'van ', 'der ', 'den ', 'ter ', 'te ', 'el ', 'al '];

/** How far from a subject word a level may stand. */
const REACH = 40;
/** Levels that also are ordinary words or letters ("I", "A") need the subject word right before them. */
const CLOSE_REACH = 14;

/**
 * Where `levelEnd` may find a level: I, V, A–E, M, or 1–3 before F or S ("1F", "2S"), so the digits
 * of dates and amounts are passed over, and so are capitals before a small letter ("De", "Met"),
 * which levelEnd turns down. (No lookbehind: Outlook's JavaScript-only runtime is ES2016.)
 */
const LEVEL_START = /[1-3](?=[FS])|[A-EIMV](?![a-z])/g;

/** @example findLevels('Bilal: rekenen IV -> V', fold('Bilal: rekenen IV -> V')) // IV, V */
export function findLevels(original: string, folded: string): LevelHit[] {
  const hits: LevelHit[] = [];
  const length = original.length;
  for (let i = 0; i < length; i++) {
    // Most characters cannot start a level: the regex jumps to the next that can (`test` builds
    // no match object; `lastIndex` is just past it).
    LEVEL_START.lastIndex = i;
    if (!LEVEL_START.test(original)) break;
    i = LEVEL_START.lastIndex - 1;
    if (isWordChar(original.charCodeAt(i - 1))) continue;
    const end = levelEnd(original, i);
    if (end === 0) continue;
    const level = original.slice(i, end);
    // "niveau I tot en met V", "levels A-E", "I t/m V": a scale's range, no pupil's level.
    // A scale starts at its bottom, I or A ("dropped from II to IV" is one pupil's drop).
    const rangeEnd = level === 'I' || level === 'A' ? endOfRangeTo(original, end) : 0;
    if (rangeEnd > 0) {
      i = rangeEnd;
      continue;
    }
    // "I", "A", "V" are also a pronoun, an article, an initial: only right after a subject word.
    const isAmbiguous = level.length === 1;
    // "… and the spelling. I hope", "de toets. I.v.m. de studiedag": a new sentence's first word.
    if (isAmbiguous && isAfterSentenceEnd(original, i)) continue;
    const reach = isAmbiguous ? CLOSE_REACH : REACH;
    const isNearSubject =
      hasSubjectWord(folded, Math.max(0, i - reach), i) ||
      (!isAmbiguous && hasSubjectWord(folded, end, end + REACH));
    if (isNearSubject) hits.push({ level, start: i, end });
    i = end;
  }
  return hits;
}

/**
 * The end of a level token starting at `start`, or 0: Roman I–V ("IV"), a letter A–E, a reference
 * level ("1F", "2S"), an AVI level ("M4", "E5"); standalone, not an initial ("V. de Vries").
 */
function levelEnd(original: string, start: number): number {
  const first = original.charCodeAt(start);
  let end = start;
  if (first === 73 || first === 86) {
    // I, II, III, IV, V
    while (end < start + 3 && (original.charCodeAt(end) === 73 || original.charCodeAt(end) === 86))
      end++;
    if (!ROMAN_LEVELS.has(original.slice(start, end))) return 0;
  } else if (first >= 65 && first <= 69) {
    end = start + 1; // A–E
  } else if (first === 77 || first === 69) {
    end = start + 1;
  } else if (first >= 49 && first <= 51) {
    const next = original.charCodeAt(start + 1);
    if (next !== 70 && next !== 83) return 0; // 1F, 2F, 1S
    end = start + 2;
  } else return 0;
  // AVI levels: "M4", "E5" (E is also a letter level; the digit decides).
  const digit = original.charCodeAt(end);
  if ((first === 77 || first === 69) && end === start + 1 && digit >= 51 && digit <= 56) end++;
  else if (first === 77) return 0;
  const after = original.charCodeAt(end);
  if (isWordChar(after) || (after >= 48 && after <= 57)) return 0;
  // "V. de Vries": an initial, not a level.
  if (after === 46 && original.charCodeAt(end + 1) === 32) {
    const next = original.charCodeAt(end + 2);
    if (isUpper(next) || TUSSENVOEGSELS.some((word) => original.startsWith(word, end + 2)))
      return 0;
  }
  return end;
}

const ROMAN_LEVELS = new Set(['I', 'II', 'III', 'IV', 'V']);

/** What joins the two ends of a scale: "I tot en met V", "A t/m E", "I-V", "A through E". */
const RANGE_WORDS = [' tot en met ', ' t/m ', ' through ', '-', '\u2013', ' - ', ' \u2013 '];

/**
 * The end of a second level that `levelEnd` (the end of a first) opens a range to, or 0: "niveau
 * I tot en met V", "A-E" describe the scale itself.
 */
function endOfRangeTo(original: string, levelEndAt: number): number {
  for (const word of RANGE_WORDS) {
    if (!original.startsWith(word, levelEndAt)) continue;
    const start = levelEndAt + word.length;
    const end = levelEnd(original, start);
    if (end > 0) return end;
  }
  return 0;
}

/** Whether a full stop, "!" or "?" and a space stand right before `start`. */
function isAfterSentenceEnd(original: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && original.charCodeAt(i) === 32) i--;
  if (i === start - 1) return false;
  const mark = original.charCodeAt(i);
  return mark === 46 || mark === 33 || mark === 63;
}

/** Whether a whole subject word lies in folded[from, to) (a word cut at `from` does not count). */
function hasSubjectWord(folded: string, from: number, to: number): boolean {
  let i = from;
  // Skip a word cut in half at the window's start.
  while (
    i > 0 &&
    i < to &&
    isFoldedLetter(folded.charCodeAt(i - 1)) &&
    isFoldedLetter(folded.charCodeAt(i))
  )
    i++;
  const end = Math.min(to, folded.length);
  while (i < end) {
    while (i < end && !isFoldedLetter(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < folded.length && isFoldedLetter(folded.charCodeAt(i))) i++;
    if (i > start && i <= end + 1 && SUBJECT_WORDS.has(folded.slice(start, i))) return true;
  }
  return false;
}

function isFoldedLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}
