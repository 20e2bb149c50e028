import { dueReminder } from '../../../../bot/incidents/reminders';
import { makeIncident } from '../../../helpers/incidents';

// Reported 27 March 10:30Z; deadline 30 March 10:00Z.
const at = (iso: string) => new Date(iso);

describe('dueReminder', () => {
  it.each([
    ['nothing before 48 hours remain', '2026-03-28T09:59:00.000Z', undefined],
    ['the 48-hour reminder once 48 hours remain', '2026-03-28T10:00:00.000Z', 'before-48h'],
    ['the 12-hour reminder once 12 hours remain', '2026-03-29T22:30:00.000Z', 'before-12h'],
    ['the overdue reminder once the deadline passed', '2026-03-30T10:00:00.000Z', 'overdue'],
  ])('gives %s', (_name, now, expected) => {
    expect(dueReminder(makeIncident(), at(now))).toBe(expected);
  });

  it('gives none once the AP decision is recorded', () => {
    const decided = makeIncident({ status: 'not-notifiable' });
    expect(dueReminder(decided, at('2026-03-30T11:00:00.000Z'))).toBeUndefined();
  });

  it('skips a reminder whose time came before the report was made', () => {
    const late = makeIncident({ reportedAt: '2026-03-29T00:00:00.000Z' });
    expect(dueReminder(late, at('2026-03-29T01:00:00.000Z'))).toBeUndefined();
    expect(dueReminder(late, at('2026-03-29T22:00:00.000Z'))).toBe('before-12h');
  });
});
