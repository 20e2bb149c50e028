// Calendar months as "YYYY-MM" text: the insight's time grain (Amsterdam calendar), which sorts and
// compares as text.
import { amsterdamParts } from '../time/amsterdam-time';

/** @example amsterdamMonth(new Date('2026-11-30T23:30:00Z')) // '2026-12' */
export function amsterdamMonth(instant: Date): string {
  const { year, month } = amsterdamParts(instant);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** @example addMonths('2026-11', 3) // '2027-02' */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from `from` to `to`, inclusive (at most 120).
 * @example monthsBetween('2026-11', '2027-01') // ['2026-11', '2026-12', '2027-01']
 */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < 120; month = addMonths(month, 1))
    months.push(month);
  return months;
}
