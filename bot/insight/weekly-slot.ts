// When the weekly summary is due: the configured weekday and hour in Amsterdam, once per week. Pure.
// A week is named by the date of its due day, so "which week was sent" is one text key.
import type { Config } from '../../shared/policy/config-schema';
import { ENGLISH_WEEKDAYS } from '../../shared/policy/lexicon/day-names';
import { amsterdamParts, fromAmsterdamLocal } from '../../shared/time/amsterdam-time';

type WeeklySettings = Pick<Config['insight']['weeklySummary'], 'day' | 'hour'>;

export interface WeeklySlot {
  /** The due day, YYYY-MM-DD (Amsterdam): the week's key in the store and the card. */
  week: string;
  dueAt: Date;
}

const DAY_MS = 86_400_000;
/**
 * A service that was down at the due moment still sends within this time; after it, that week's
 * summary is skipped rather than arriving days late.
 */
const CATCH_UP_MS = DAY_MS;

/**
 * The latest due moment at or before `now`.
 * @example lastWeeklySlot(new Date('2026-12-01T09:00:00Z'), { day: 'monday', hour: 8 }) // { week: '2026-11-30', dueAt: 2026-11-30T07:00:00Z }
 */
export function lastWeeklySlot(now: Date, settings: WeeklySettings): WeeklySlot {
  const local = amsterdamParts(now);
  const today = Date.UTC(local.year, local.month - 1, local.day);
  // getUTCDay counts from Sunday; ENGLISH_WEEKDAYS from Monday.
  const weekday = (new Date(today).getUTCDay() + 6) % 7;
  const back = (weekday - ENGLISH_WEEKDAYS.indexOf(settings.day) + 7) % 7;
  const slotAt = (day: number): WeeklySlot => {
    const date = new Date(day);
    return {
      week: date.toISOString().slice(0, 10),
      dueAt: fromAmsterdamLocal({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: settings.hour,
        minute: 0,
      }),
    };
  };
  const slot = slotAt(today - back * DAY_MS);
  return slot.dueAt.getTime() <= now.getTime() ? slot : slotAt(today - (back + 7) * DAY_MS);
}

/** The slot to send now, if any: the latest one, unless its catch-up time has passed. */
export function dueWeeklySlot(now: Date, settings: WeeklySettings): WeeklySlot | undefined {
  const slot = lastWeeklySlot(now, settings);
  return now.getTime() - slot.dueAt.getTime() < CATCH_UP_MS ? slot : undefined;
}
