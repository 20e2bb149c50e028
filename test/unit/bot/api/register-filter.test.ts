import { filterRegister } from '../../../../bot/api/register-filter';
import type { Incident } from '../../../../bot/incidents/incident';

/** Only what the filter reads; the rest of an incident does not matter here. */

const row = (number: string, status: Incident['status'], reportedAt: string, school: string) =>
  ({
    number,
    status,
    reportedAt,
    reporter: { id: number, name: 'x', department: school },
  }) as unknown as Incident;

const REGISTER = [
  row('DL-1', 'new', '2026-10-31T23:30:00Z', 'OBS Het Anker'), // 1 Nov, 00:30 in Amsterdam
  row('DL-2', 'closed', '2026-11-15T10:00:00Z', 'BS De Wissel'),
  row('DL-3', 'new', '2026-11-30T22:59:00Z', 'BS De Wissel'), // 30 Nov, 23:59 in Amsterdam
];
const numbers = (rows: Incident[]) => rows.map((incident) => incident.number);

describe('filterRegister', () => {
  it.each<[string, Parameters<typeof filterRegister>[1], string[]]>([
    ['nothing', {}, ['DL-1', 'DL-2', 'DL-3']],
    ['a status', { status: 'new' }, ['DL-1', 'DL-3']],
    ['part of a school name, any case', { school: 'wissel' }, ['DL-2', 'DL-3']],
    [
      'a period in Amsterdam days',
      { from: '2026-11-01', to: '2026-11-30' },
      ['DL-1', 'DL-2', 'DL-3'],
    ],
    ['a period that starts later', { from: '2026-11-02' }, ['DL-2', 'DL-3']],
    ['a period that ends earlier', { to: '2026-11-29' }, ['DL-1', 'DL-2']],
  ])('filters on %s', (_name, filter, expected) => {
    expect(numbers(filterRegister(REGISTER, filter))).toEqual(expected);
  });
});
