import { applyAction, type IncidentAction } from '../../../../bot/incidents/incident-actions';
import type { Incident } from '../../../../bot/incidents/incident';
import type { IncidentStatus } from '../../../../shared/incidents/incident-status';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

const NOW = new Date('2026-03-28T09:00:00.000Z');
const COLLEAGUE = { id: 'aad-ict-2', name: 'Claudia van ICT' };

const NOTIFIABLE: IncidentAction = {
  verb: 'decideNotifiable',
  apReference: 'M-2026-12345',
  apNotifiedAt: '2026-03-28T08:00:00.000Z',
};
const NOT_NOTIFIABLE: IncidentAction = {
  verb: 'decideNotNotifiable',
  reason: 'Telefoon was versleuteld en op afstand gewist.',
};
const SUBJECTS: IncidentAction = {
  verb: 'decideSubjects',
  informed: false,
  explanation: 'Geen hoog risico: toestel gewist.',
};
const CLOSE: IncidentAction = { verb: 'close', measures: 'Account geblokkeerd, toestel gewist.' };

function run(incident: Incident, ...actions: IncidentAction[]): Incident {
  let current = incident;
  for (const action of actions) {
    const result = applyAction(current, action, ICT_MEMBER, NOW);
    if (!result.ok) throw new Error(result.reason.en);
    current = result.incident;
  }
  return current;
}

describe('the incident status machine', () => {
  it('goes from new through the AP decision and the people decision to closed', () => {
    const closed = run(makeIncident(), { verb: 'take' }, NOTIFIABLE, SUBJECTS, CLOSE);
    expect(closed).toMatchObject({
      status: 'closed',
      version: 5,
      assignee: ICT_MEMBER,
      apNotification: { reference: 'M-2026-12345', notifiedAt: '2026-03-28T08:00:00.000Z' },
      subjectsDecision: { informed: false, explanation: 'Geen hoog risico: toestel gewist.' },
      closingMeasures: 'Account geblokkeerd, toestel gewist.',
      closedAt: NOW.toISOString(),
    });
  });

  it('records who did what and when in the audit entry', () => {
    const result = applyAction(run(makeIncident(), { verb: 'take' }), NOTIFIABLE, ICT_MEMBER, NOW);
    expect(result.ok && result.audit).toEqual({
      incidentId: 'inc-1',
      at: NOW.toISOString(),
      actor: ICT_MEMBER,
      action: 'decided-notifiable',
      detail: { apReference: 'M-2026-12345', apNotifiedAt: '2026-03-28T08:00:00.000Z' },
    });
  });

  it.each<[string, IncidentStatus, IncidentAction, string]>([
    ['closing an undecided incident', 'in-progress', CLOSE, 'Closing is only possible after'],
    ['deciding before anyone took it on', 'new', NOTIFIABLE, 'Take the incident on first'],
    ['deciding on the people before the AP decision', 'in-progress', SUBJECTS, 'Decide first'],
    ['taking on a closed incident', 'closed', { verb: 'take' }, 'already closed'],
    [
      'calling a notified incident not notifiable',
      'notified-ap',
      NOT_NOTIFIABLE,
      'only possible before',
    ],
  ])('refuses %s with the reason', (_name, status, action, reason) => {
    const result = applyAction(makeIncident({ status }), action, ICT_MEMBER, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.en).toContain(reason);
      expect(result.reason.nl).not.toBe('');
    }
  });

  it.each<[string, IncidentAction, string]>([
    ['an AP decision without the reference', { ...NOTIFIABLE, apReference: ' ' }, 'reference'],
    [
      'an AP notification time in the future',
      { ...NOTIFIABLE, apNotifiedAt: '2026-03-29T09:00:00.000Z' },
      'future',
    ],
    [
      'an AP notification without a time',
      { ...NOTIFIABLE, apNotifiedAt: '' },
      'when the AP was notified',
    ],
    ['"not notifiable" without a reason', { ...NOT_NOTIFIABLE, reason: '' }, 'Give the reason'],
  ])('refuses %s', (_name, action, reason) => {
    const result = applyAction(makeIncident({ status: 'in-progress' }), action, ICT_MEMBER, NOW);
    expect(!result.ok && result.reason.en).toContain(reason);
  });

  it('lets a not-notifiable incident be notified after all (new facts)', () => {
    const incident = run(makeIncident(), { verb: 'take' }, NOT_NOTIFIABLE, NOTIFIABLE);
    expect(incident.status).toBe('notified-ap');
  });

  it('treats the same step twice (a Teams retry) as one, without a second audit entry', () => {
    const taken = run(makeIncident(), { verb: 'take' }, NOTIFIABLE);
    const again = applyAction(taken, NOTIFIABLE, ICT_MEMBER, NOW);
    expect(again).toEqual({ ok: true, incident: taken, audit: undefined });
  });

  it('lets a colleague take over without changing the status', () => {
    const taken = run(makeIncident(), { verb: 'take' }, NOT_NOTIFIABLE);
    const result = applyAction(taken, { verb: 'take' }, COLLEAGUE, NOW);
    expect(result.ok && result.incident).toMatchObject({
      status: 'not-notifiable',
      assignee: COLLEAGUE,
    });
  });
});

describe('a late AP notice', () => {
  // Deadline 30 March 10:00Z; "now" is after it.
  const LATER = new Date('2026-03-31T09:00:00.000Z');
  const taken = run(makeIncident(), { verb: 'take' });
  const late = (lateReason?: string): IncidentAction => ({
    verb: 'decideNotifiable',
    apReference: 'M-2026-54321',
    apNotifiedAt: '2026-03-31T08:00:00.000Z',
    ...(lateReason === undefined ? {} : { lateReason }),
  });

  it('is refused without the reason for the delay', () => {
    for (const action of [late(), late('   ')]) {
      const result = applyAction(taken, action, ICT_MEMBER, LATER);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.nl).toContain('reden van de vertraging');
    }
  });

  it('stores the reason with the notification and flags the audit entry as late', () => {
    const result = applyAction(taken, late(' Pas na het weekend gemeld. '), ICT_MEMBER, LATER);
    expect(result.ok && result.incident.apNotification).toEqual({
      reference: 'M-2026-54321',
      notifiedAt: '2026-03-31T08:00:00.000Z',
      lateReason: 'Pas na het weekend gemeld.',
    });
    expect(result.ok && result.audit?.detail).toMatchObject({ isLate: true });
  });

  it('asks nothing for a notice in time, and keeps no reason given anyway', () => {
    const result = applyAction(taken, { ...NOTIFIABLE, lateReason: 'n.v.t.' }, ICT_MEMBER, NOW);
    expect(result.ok && result.incident.apNotification).toEqual({
      reference: 'M-2026-12345',
      notifiedAt: '2026-03-28T08:00:00.000Z',
    });
  });
});

describe('recording that another authority was informed', () => {
  const INFORM: IncidentAction = { verb: 'informAuthority', authorityId: 'politie' };

  it('works in any open status, once per authority, with an audit entry', () => {
    for (const status of ['new', 'in-progress', 'notified-ap'] as IncidentStatus[]) {
      const result = applyAction(makeIncident({ status }), INFORM, ICT_MEMBER, NOW);
      expect(result.ok && result.incident.authoritiesInformed).toEqual([
        { authorityId: 'politie', informedAt: NOW.toISOString(), by: ICT_MEMBER },
      ]);
      expect(result.ok && result.audit).toMatchObject({
        action: 'informed-authority',
        detail: { authority: 'politie' },
      });
      expect(result.ok && result.incident.status).toBe(status);
    }
    const informed = run(makeIncident(), INFORM);
    const again = applyAction(informed, INFORM, COLLEAGUE, NOW);
    expect(again.ok && again.audit).toBeUndefined();
  });

  it('is refused on a closed incident and for a malformed id', () => {
    expect(applyAction(makeIncident({ status: 'closed' }), INFORM, ICT_MEMBER, NOW).ok).toBe(false);
    const odd: IncidentAction = { verb: 'informAuthority', authorityId: 'Politie <b>' };
    expect(applyAction(makeIncident(), odd, ICT_MEMBER, NOW).ok).toBe(false);
  });
});
