// Finds one employee's pay grade written as a scale and a step: "schaal L10 trede 3", "L10,
// trede 6", "schaal 6, trede 4", "salary scale 9, step 4". A step ("trede") after a salary scale
// is where one person sits in the pay table: that person's salary, an HR record. A scale alone
// ("de cao kent schaal L10") is a table anyone may read, so only scale and step together count.
import { isAsciiLower, isDigit } from './chars';

interface PayGradeHit {
  /** The grade as written, e.g. "l10 trede 3". */
  grade: string;
  start: number;
  end: number;
}

/** The step word and a number after it: "trede 3", "step 4" (folded text). */
const STEP = /(?:^|[^a-z0-9])(trede|step) ?\d{1,2}(?!\d)/g;
/** Characters between the scale and its step: "schaal L10 trede 3", "L10, trede 6". */
const SCALE_REACH = 24;
/** A teachers' or support staff's scale code: "l10", "lb", "ld". */
const SCALE_CODE = /^l[a-e]?\d{0,2}$/;
/** Words before a scale number: "schaal 6", "salary scale 9", "pay grade 8". */
const SCALE_WORDS = new Set(['schaal', 'salarisschaal', 'scale', 'grade']);
/** Separators between the scale and the step: "L10, trede 6". */
const SEPARATORS = ' ,;:/-';

/** The evidence's term for a grade ("pay grade schaal l10, trede 3"), by which others know it. */
export const PAY_GRADE_TERM = 'pay grade';

/** @example findPayGrades('schaal l10 trede 3') // [{ grade: 'schaal l10 trede 3', … }] */
export function findPayGrades(folded: string): PayGradeHit[] {
  const hits: PayGradeHit[] = [];
  for (const match of folded.matchAll(STEP)) {
    const word = match[1];
    if (!word) continue;
    const stepStart = match.index + match[0].indexOf(word);
    const start = scaleStartBefore(folded, stepStart);
    if (start === undefined) continue;
    const end = match.index + match[0].length;
    hits.push({ grade: folded.slice(start, end), start, end });
  }
  return hits;
}

/** Where the salary scale right before `stepStart` starts ("schaal l10", "l10", "scale 9"). */
function scaleStartBefore(folded: string, stepStart: number): number | undefined {
  const limit = Math.max(0, stepStart - SCALE_REACH);
  let end = stepStart;
  while (end > limit && stepStart - end < 4 && SEPARATORS.includes(folded.charAt(end - 1))) end--;
  const last = wordBefore(folded, end, limit);
  if (last === undefined || last.start === end) return undefined;
  const code = folded.slice(last.start, end);
  // "schaal l10", "l10": the code itself names a scale.
  if (code !== 'l' && SCALE_CODE.test(code)) {
    const previous = wordBefore(folded, last.start - 1, limit);
    const isAfterWord =
      previous !== undefined &&
      folded.charAt(last.start - 1) === ' ' &&
      SCALE_WORDS.has(folded.slice(previous.start, last.start - 1));
    return isAfterWord ? previous.start : last.start;
  }
  // "schaal 6", "salary scale 9", "pay grade 8": a number after a scale word.
  if (!/^[a-z]?\d{1,2}$/.test(code) || folded.charAt(last.start - 1) !== ' ') return undefined;
  const previous = wordBefore(folded, last.start - 1, limit);
  if (previous === undefined) return undefined;
  const scaleWord = folded.slice(previous.start, last.start - 1);
  if (!SCALE_WORDS.has(scaleWord)) return undefined;
  // "grade 8" alone is a class in English; only "pay grade 8" is a salary.
  if (scaleWord === 'grade')
    return folded.endsWith('pay ', previous.start) ? previous.start - 4 : undefined;
  if (scaleWord === 'scale') {
    for (const lead of ['salary ', 'pay '])
      if (folded.endsWith(lead, previous.start)) return previous.start - lead.length;
  }
  return previous.start;
}

/** The letters and digits ending at `end`, no further back than `limit`. */
function wordBefore(folded: string, end: number, limit: number): { start: number } | undefined {
  let start = end;
  while (start > limit && isWordCode(folded.charCodeAt(start - 1))) start--;
  return start === end ? undefined : { start };
}

function isWordCode(code: number): boolean {
  return isAsciiLower(code) || isDigit(code);
}
