// Wall-clock time in Europe/Amsterdam (CET/CEST) through Intl, so deadlines read right across DST.

const ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The Amsterdam calendar date and clock time of an instant. */
export function amsterdamParts(instant: Date): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
  };
}

/** Milliseconds Amsterdam is ahead of UTC at an instant (3600000 in winter, 7200000 in summer). */
function offsetAt(epochMs: number): number {
  const p = amsterdamParts(new Date(epochMs));
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return wall - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The instant of an Amsterdam wall-clock time. A time skipped by the spring change (02:30 on the
 * last Sunday of March) is read as if the clock had moved on (03:30 summer time); a time that
 * occurs twice in autumn (02:30 on the last Sunday of October) as the first, still summer time.
 * @example fromAmsterdamLocal({ year: 2026, month: 3, day: 29, hour: 12, minute: 0 }) // 10:00Z
 */
export function fromAmsterdamLocal(local: LocalParts): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const summer = wall - 7_200_000;
  if (offsetAt(summer) === 7_200_000) return new Date(summer);
  const winter = wall - 3_600_000;
  return new Date(winter);
}

/** Weekday, date and 24-hour time, the same fields in both languages. */
const displayOptions: Intl.DateTimeFormatOptions = {
  timeZone: ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const displayFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', displayOptions),
  en: new Intl.DateTimeFormat('en-GB', displayOptions),
};

/** A date and time as people in the Netherlands read it, e.g. "di 31 mrt 2026, 10:00". */
export function formatAmsterdam(instant: Date | string, language: 'nl' | 'en'): string {
  return displayFormats[language].format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The Amsterdam calendar year of an instant: incident numbers count per local year. */
export function amsterdamYear(instant: Date): number {
  return amsterdamParts(instant).year;
}
