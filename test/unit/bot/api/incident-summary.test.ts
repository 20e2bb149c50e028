import { incidentSummary } from '../../../../bot/api/incident-summary';
import type { Incident } from '../../../../bot/incidents/incident';
import type { IncidentStatus } from '../../../../shared/incidents/incident-status';

const incident = (status: IncidentStatus, deadline: string): Incident => ({
  id: 'i1',
  number: 'DL-2026-0001',
  version: 1,
  status,
  reporter: { id: 'r', name: 'Juf Petra', department: 'OBS Het Anker' } as Incident['reporter'],
  reportedAt: '2026-11-27T08:00:00.000Z',
  deadline,
  kind: 'lost-device',
  occurredAt: '2026-11-27T07:00:00.000Z',
  discoveredAt: '2026-11-27T07:30:00.000Z',
  dataKinds: ['names-addresses'],
  subjectGroups: ['pupils'],
  affectedCount: 3,
  encrypted: 'no',
  measuresTaken: '',
  description: 'Telefoon kwijt.',
});
const NOW = new Date('2026-11-28T12:00:00Z');

describe('incidentSummary', () => {
  it.each<[string, IncidentStatus, string, string]>([
    ['more than 24 hours left', 'new', '2026-11-29T12:00:01Z', 'ok'],
    ['under 24 hours left', 'in-progress', '2026-11-29T11:59:00Z', 'urgent'],
    ['past the deadline', 'new', '2026-11-28T11:00:00Z', 'overdue'],
    [
      'the AP decision recorded, even past the deadline',
      'not-notifiable',
      '2026-11-28T11:00:00Z',
      'done',
    ],
  ])('marks the deadline with %s as %s', (_name, status, deadline, expected) => {
    expect(incidentSummary(incident(status, deadline), NOW).deadlineState).toBe(expected);
  });

  it('words the time left and names the school', () => {
    const summary = incidentSummary(incident('new', '2026-11-29T10:30:00Z'), NOW);
    expect(summary.timeLeft.nl).toBe('nog 22 u 30 min');
    expect(summary.school).toBe('OBS Het Anker');
  });
});
