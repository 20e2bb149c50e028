import { parseIncidentAction } from '../../../../bot/incidents/parse-action';

describe('parseIncidentAction', () => {
  it('reads an AP decision with the notification time as Amsterdam time', () => {
    expect(
      parseIncidentAction('incident.decideNotifiable', {
        incidentId: 'inc-1',
        apReference: ' M-1 ',
        apNotifiedDate: '2026-07-01',
        apNotifiedTime: '14:00',
      }),
    ).toEqual({
      ok: true,
      incidentId: 'inc-1',
      action: {
        verb: 'decideNotifiable',
        apReference: 'M-1',
        apNotifiedAt: '2026-07-01T12:00:00.000Z',
      },
    });
  });

  it('reads the people decision', () => {
    const parsed = parseIncidentAction('incident.decideSubjects', {
      incidentId: 'inc-1',
      informed: 'no',
      explanation: 'Laag risico',
    });
    expect(parsed.ok && parsed.action).toEqual({
      verb: 'decideSubjects',
      informed: false,
      explanation: 'Laag risico',
    });
  });

  it.each([
    ['an unknown verb', 'incident.delete', { incidentId: 'inc-1' }],
    ['another card verb', 'datalek.submit', { incidentId: 'inc-1' }],
    ['no incident id', 'incident.take', {}],
    [
      'a people decision that is neither yes nor no',
      'incident.decideSubjects',
      { incidentId: 'x', informed: 'maybe' },
    ],
  ])('refuses %s', (_name, verb, data) => {
    expect(parseIncidentAction(verb, data).ok).toBe(false);
  });
});
