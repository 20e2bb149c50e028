// Finds one employee's pay grade written as a scale and a step: "schaal L10 trede 3", "L10,
// trede 6", "schaal 6, trede 4", "salary scale 9, step 4". A step ("trede") after a salary scale
// is where one person sits in the pay table: that person's salary, an HR record. A scale alone
// ("de cao kent schaal L10") is a table anyone may read, so only scale and step together count.

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
/** A salary scale right before the step: "schaal 6", "l10", "lb", "scale 9", "grade 8". */
const SCALE_BEFORE =
  /(?:^|[^a-z0-9])(?:(?:salaris)?schaal ?[a-z]?\d{1,2}|l[a-e]?\d{1,2}|l[a-e]|(?:salary |pay )?scale ?\d{1,2}|pay grade ?\d{1,2})[ ,;:/-]{0,3}$/;

/** @example findPayGrades('schaal l10 trede 3') // [{ grade: 'l10 trede 3', … }] */
export function findPayGrades(folded: string): PayGradeHit[] {
  const hits: PayGradeHit[] = [];
  for (const match of folded.matchAll(STEP)) {
    const word = match[1];
    if (!word) continue;
    const stepStart = match.index + match[0].indexOf(word);
    const before = folded.slice(Math.max(0, stepStart - SCALE_REACH), stepStart);
    const scale = SCALE_BEFORE.exec(before);
    if (!scale) continue;
    const start = stepStart - before.length + scale.index + (/^[a-z0-9]/.test(scale[0]) ? 0 : 1);
    const end = match.index + match[0].length;
    hits.push({ grade: folded.slice(start, end), start, end });
  }
  return hits;
}
