import { dueWeeklySlot, lastWeeklySlot } from '../../../../bot/insight/weekly-slot';

describe('lastWeeklySlot', () => {
  it.each([
    // now (UTC), day, hour → week, due (UTC)
    ['2026-12-07T07:00:00Z', 'monday', 8, '2026-12-07', '2026-12-07T07:00:00.000Z'],
    ['2026-12-07T06:59:00Z', 'monday', 8, '2026-11-30', '2026-11-30T07:00:00.000Z'],
    ['2026-12-10T12:00:00Z', 'friday', 16, '2026-12-04', '2026-12-04T15:00:00.000Z'],
    ['2026-12-13T22:30:00Z', 'sunday', 23, '2026-12-13', '2026-12-13T22:00:00.000Z'],
    // Summer time: 08:00 in Amsterdam is 06:00Z.
    ['2026-06-01T06:00:00Z', 'monday', 8, '2026-06-01', '2026-06-01T06:00:00.000Z'],
    // Just after midnight in Amsterdam on Monday is still Sunday in UTC.
    ['2026-12-06T23:30:00Z', 'monday', 0, '2026-12-07', '2026-12-06T23:00:00.000Z'],
  ] as const)('at %s, %s at %i is the slot of %s', (now, day, hour, week, due) => {
    const slot = lastWeeklySlot(new Date(now), { day, hour });
    expect(slot).toEqual({ week, dueAt: new Date(due) });
  });
});

describe('dueWeeklySlot', () => {
  const settings = { day: 'monday', hour: 8 } as const;
  it('sends within a day of the due moment, not later', () => {
    expect(dueWeeklySlot(new Date('2026-12-08T06:59:00Z'), settings)?.week).toBe('2026-12-07');
    expect(dueWeeklySlot(new Date('2026-12-08T07:00:00Z'), settings)).toBeUndefined();
  });
});
