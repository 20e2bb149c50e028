import {
  ANONYMISED,
  anonymiseIncident,
  isDueForAnonymisation,
} from '../../../../bot/incidents/retention';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

const SYSTEM = { id: 'privacywacht', name: 'Privacywacht' };

describe('retention', () => {
  const closed = makeIncident({
    status: 'closed',
    kind: 'other',
    kindOther: 'USB-stick van Jan',
    assignee: ICT_MEMBER,
    notNotifiableReason: 'Alleen namen van groep 5.',
    subjectsDecision: { informed: false, explanation: 'Laag risico.' },
    closingMeasures: 'Stick teruggevonden bij Jan.',
    closedAt: '2026-04-01T10:00:00.000Z',
  });

  it('is due the configured number of days after closing, not before', () => {
    expect(isDueForAnonymisation(closed, new Date('2028-03-31T09:59:00.000Z'), 730)).toBe(false);
    expect(isDueForAnonymisation(closed, new Date('2028-03-31T10:00:00.000Z'), 730)).toBe(true);
    expect(isDueForAnonymisation(makeIncident(), new Date('2040-01-01'), 730)).toBe(false);
  });

  it('replaces every free-text field and keeps the facts', () => {
    const now = new Date('2028-04-01T00:00:00.000Z');
    const { incident, audit } = anonymiseIncident(closed, now, SYSTEM);
    expect(incident).toMatchObject({
      description: ANONYMISED,
      measuresTaken: ANONYMISED,
      kindOther: ANONYMISED,
      notNotifiableReason: ANONYMISED,
      subjectsDecision: { informed: false, explanation: ANONYMISED },
      closingMeasures: ANONYMISED,
      anonymisedAt: now.toISOString(),
      number: 'DL-2026-0001',
      dataKinds: ['names-addresses', 'pupil-file'],
      affectedCount: 28,
      version: 2,
    });
    expect(JSON.stringify(incident)).not.toContain('Jan');
    expect(audit).toMatchObject({ action: 'anonymised', actor: SYSTEM });
    expect(isDueForAnonymisation(incident, now, 730)).toBe(false);
  });

  it('replaces the reason for a late AP notice too', () => {
    const late = makeIncident({
      ...closed,
      apNotification: {
        reference: 'M-1',
        notifiedAt: '2026-03-31T10:00:00.000Z',
        lateReason: 'Jan meldde het pas na de vakantie.',
      },
    });
    const { incident } = anonymiseIncident(late, new Date('2028-04-01T00:00:00.000Z'), SYSTEM);
    expect(incident.apNotification).toEqual({
      reference: 'M-1',
      notifiedAt: '2026-03-31T10:00:00.000Z',
      lateReason: ANONYMISED,
    });
  });
});
