// The 72-hour deadline for notifying the Autoriteit Persoonsgegevens, counted from discovery
// (GDPR art. 33(1); policy ch. 12 "binnen 72 uur"). 72 real hours: across a DST change the
// deadline's Amsterdam clock time moves by an hour.

const HOUR_MS = 3_600_000;
const AP_DEADLINE_HOURS = 72;

/** @example apDeadline('2026-03-27T10:00:00.000Z') // '2026-03-30T10:00:00.000Z' */
export function apDeadline(discoveredAt: string): string {
  return new Date(Date.parse(discoveredAt) + AP_DEADLINE_HOURS * HOUR_MS).toISOString();
}

/** True when the AP was (or is being recorded as) notified after the 72-hour deadline. */
export function isLateNotification(deadline: string, notifiedAt: string): boolean {
  return Date.parse(notifiedAt) > Date.parse(deadline);
}

export interface TimeLeft {
  isOverdue: boolean;
  /** Whole hours and minutes left (or past, when overdue). */
  hours: number;
  minutes: number;
}

export function timeLeft(deadline: string, now: Date): TimeLeft {
  const difference = Date.parse(deadline) - now.getTime();
  const totalMinutes = Math.floor(Math.abs(difference) / 60_000);
  return {
    isOverdue: difference < 0,
    hours: Math.floor(totalMinutes / 60),
    minutes: totalMinutes % 60,
  };
}

/** "nog 47 u 30 min" / "47 h 30 min left", or how long ago it passed. */
export function describeTimeLeft(left: TimeLeft): { nl: string; en: string } {
  const span = `${left.hours} u ${left.minutes} min`;
  const spanEn = `${left.hours} h ${left.minutes} min`;
  return left.isOverdue
    ? { nl: `verlopen, ${span} geleden`, en: `passed ${spanEn} ago` }
    : { nl: `nog ${span}`, en: `${spanEn} left` };
}
