import {
  amsterdamParts,
  formatAmsterdam,
  fromAmsterdamLocal,
} from '../../../../shared/time/amsterdam-time';
import { apDeadline, describeTimeLeft, timeLeft } from '../../../../shared/incidents/deadline';

describe('the 72-hour AP deadline', () => {
  it('is 72 hours after discovery', () => {
    expect(apDeadline('2026-01-14T09:15:00.000Z')).toBe('2026-01-17T09:15:00.000Z');
  });

  it('moves an hour on the Amsterdam clock across the spring DST change', () => {
    // Discovered Friday 27 March 2026, 11:00 CET; clocks go forward on Sunday 29 March.
    const discovered = fromAmsterdamLocal({ year: 2026, month: 3, day: 27, hour: 11, minute: 0 });
    expect(discovered.toISOString()).toBe('2026-03-27T10:00:00.000Z');
    const deadline = apDeadline(discovered.toISOString());
    expect(amsterdamParts(new Date(deadline))).toEqual({
      year: 2026,
      month: 3,
      day: 30,
      hour: 12,
      minute: 0,
    });
    expect(formatAmsterdam(deadline, 'nl')).toBe('ma 30 mrt 2026, 12:00');
    expect(formatAmsterdam(deadline, 'en')).toBe('Mon, 30 Mar 2026, 12:00');
  });

  it('moves an hour back on the Amsterdam clock across the autumn DST change', () => {
    // Discovered Friday 23 October 2026, 11:00 CEST; clocks go back on Sunday 25 October.
    const discovered = fromAmsterdamLocal({ year: 2026, month: 10, day: 23, hour: 11, minute: 0 });
    expect(discovered.toISOString()).toBe('2026-10-23T09:00:00.000Z');
    const deadline = apDeadline(discovered.toISOString());
    expect(amsterdamParts(new Date(deadline))).toMatchObject({ day: 26, hour: 10 });
  });

  it.each([
    [
      'a winter time',
      { year: 2026, month: 1, day: 5, hour: 8, minute: 30 },
      '2026-01-05T07:30:00.000Z',
    ],
    [
      'a summer time',
      { year: 2026, month: 7, day: 5, hour: 8, minute: 30 },
      '2026-07-05T06:30:00.000Z',
    ],
    [
      'the hour skipped in spring',
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'the hour repeated in autumn (first one)',
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
      '2026-10-25T00:30:00.000Z',
    ],
  ])('reads %s on the Amsterdam clock', (_name, local, iso) => {
    expect(fromAmsterdamLocal(local).toISOString()).toBe(iso);
  });

  it('says how much time is left, and how long ago it passed', () => {
    const deadline = '2026-03-30T10:00:00.000Z';
    expect(describeTimeLeft(timeLeft(deadline, new Date('2026-03-28T08:30:00.000Z')))).toEqual({
      nl: 'nog 49 u 30 min',
      en: '49 h 30 min left',
    });
    const passed = timeLeft(deadline, new Date('2026-03-30T12:05:00.000Z'));
    expect(passed.isOverdue).toBe(true);
    expect(describeTimeLeft(passed).nl).toBe('verlopen, 2 u 5 min geleden');
  });
});
