import { authoritiesFromConfig } from '../../../../bot/incidents/authorities';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

const OUTSIDER = { id: 'aad-teacher', name: 'Juf Anna' };

let now: Date;
let store: IncidentStore;
let ids: number;
const service = () =>
  createIncidentService({
    store,
    clock: () => now,
    newId: () => `inc-${++ids}`,
    canHandle: (actor) => actor.id === ICT_MEMBER.id,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
const intents = async (incidentId: string) =>
  (await store.listOutbox(incidentId)).map((message) => message.intent.kind);

beforeEach(() => {
  now = new Date('2026-03-27T12:00:00.000Z');
  ids = 0;
  store = createMemoryStore();
});

describe('submitting a report', () => {
  it('stores it, queues the channel post and gives the receipt', async () => {
    const result = await service().submitReport(reportForm(), REPORTER, 'sub-1');
    expect(result).toMatchObject({
      ok: true,
      created: true,
      receipt: {
        number: 'DL-2026-0001',
        deadline: { nl: 'ma 30 mrt 2026, 12:00', en: 'Mon, 30 Mar 2026, 12:00' },
        kind: { nl: 'Apparaat verloren' },
      },
    });
    expect(result.ok && result.receipt.advice.policyRef).toContain('Bijlage 7');
    expect(await store.getIncident('inc-1')).toMatchObject({
      status: 'new',
      reporter: REPORTER,
      reportedAt: now.toISOString(),
      deadline: '2026-03-30T10:00:00.000Z',
    });
    expect((await store.listAudit('inc-1')).map((entry) => entry.action)).toEqual(['reported']);
    expect(await intents('inc-1')).toEqual(['create-thread']);
  });

  it('creates one incident when the same form is submitted twice', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    const again = await service().submitReport(reportForm(), REPORTER, 'sub-1');
    expect(again).toMatchObject({ ok: true, created: false, receipt: { number: 'DL-2026-0001' } });
    expect(await store.listIncidents()).toHaveLength(1);
  });

  it('keeps submission ids per reporter', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    const other = await service().submitReport(reportForm(), ICT_MEMBER, 'sub-1');
    expect(other).toMatchObject({ ok: true, created: true, receipt: { number: 'DL-2026-0002' } });
  });

  it('stores nothing when a field is wrong, and says which', async () => {
    const result = await service().submitReport(reportForm({ affectedCount: '0' }), REPORTER, 's');
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'affectedCount' }] });
    expect(await store.listIncidents()).toEqual([]);
  });
});

describe('acting on an incident', () => {
  beforeEach(async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
  });

  it('refuses someone outside the ICT domain and changes nothing', async () => {
    const result = await service().act('inc-1', { verb: 'take' }, OUTSIDER);
    expect(result).toMatchObject({
      ok: false,
      code: 'forbidden',
      reason: { nl: 'Alleen het domein ICT kan meldingen behandelen.' },
    });
    expect(await store.getIncident('inc-1')).toMatchObject({ status: 'new', version: 1 });
  });

  it('refuses an invalid transition with the reason', async () => {
    const result = await service().act('inc-1', { verb: 'close', measures: 'x' }, ICT_MEMBER);
    expect(result).toMatchObject({ ok: false, code: 'refused' });
  });

  it('says so for an unknown incident', async () => {
    expect(await service().act('nope', { verb: 'take' }, ICT_MEMBER)).toMatchObject({
      code: 'not-found',
    });
  });

  it('records the step, queues the card update, the thread line and the reporter notice', async () => {
    now = new Date('2026-03-27T13:00:00.000Z');
    const result = await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      view: { status: 'in-progress', assigneeName: 'Ed van ICT' },
    });
    expect(await store.listAudit('inc-1')).toEqual([
      expect.objectContaining({ action: 'reported' }),
      {
        incidentId: 'inc-1',
        at: now.toISOString(),
        actor: ICT_MEMBER,
        action: 'taken',
        detail: {},
      },
    ]);
    expect(await intents('inc-1')).toEqual([
      'create-thread',
      'update-card',
      'thread-step',
      'notify-reporter',
    ]);
  });

  it('treats a retried click as done without a second audit entry', async () => {
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    const again = await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(await store.listAudit('inc-1')).toHaveLength(2);
  });

  it('drafts the AP notification from the register', async () => {
    const draft = await service().apDraft('inc-1');
    expect(draft?.sections[0]?.answers[0]).toEqual({
      question: 'Organisatie',
      answer: 'Stichting Kindante',
      mark: 'derived',
    });
  });
});

describe('reminders and retention', () => {
  beforeEach(async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
  });

  it('queues each due reminder once, however often it runs', async () => {
    now = new Date('2026-03-29T22:30:00.000Z');
    expect(await service().runDueReminders()).toBe(1);
    expect(await service().runDueReminders()).toBe(0);
    expect((await store.listOutbox('inc-1')).at(-1)?.intent).toEqual({
      kind: 'thread-reminder',
      reminder: 'before-12h',
    });
  });

  it('sends no reminder once the AP decision is recorded', async () => {
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    await service().act(
      'inc-1',
      { verb: 'decideNotNotifiable', reason: 'Versleuteld.' },
      ICT_MEMBER,
    );
    now = new Date('2026-03-30T11:00:00.000Z');
    expect(await service().runDueReminders()).toBe(0);
  });

  it('anonymises free text the retention period after closing', async () => {
    const steps = [
      { verb: 'take' },
      { verb: 'decideNotNotifiable', reason: 'Versleuteld.' },
      { verb: 'decideSubjects', informed: false, explanation: 'Laag risico.' },
      { verb: 'close', measures: 'Toestel gewist.' },
    ] as const;
    for (const step of steps) await service().act('inc-1', step, ICT_MEMBER);
    now = new Date('2028-03-26T11:59:00.000Z'); // 730 days after closing: 26 March 2028 (leap year)
    expect(await service().runRetention()).toBe(0);
    now = new Date('2028-03-26T12:00:00.000Z');
    expect(await service().runRetention()).toBe(1);
    const csv = await service().exportRegister('csv');
    expect(csv).not.toContain('trein');
    expect(csv).toContain('[geanonimiseerd]');
    expect(csv).toContain('Privacywacht: anonymised');
  });
});

describe('breach decisions and retention', () => {
  it('anonymises the reasons for differing from a suggestion with the incident', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    const reason = 'Besproken met juf Anna, telefoon gewist.';
    const decided = await service().decideBreach(
      'inc-1',
      {
        answers: {},
        notifyAp: true,
        informSubjects: false,
        notifyApReason: '',
        informSubjectsReason: reason,
      },
      ICT_MEMBER,
    );
    expect(decided.ok).toBe(true);
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    await service().act('inc-1', { verb: 'decideNotNotifiable', reason: 'Gewist.' }, ICT_MEMBER);
    await service().act(
      'inc-1',
      { verb: 'decideSubjects', informed: false, explanation: 'Gewist.' },
      ICT_MEMBER,
    );
    await service().act('inc-1', { verb: 'close', measures: 'Gewist.' }, ICT_MEMBER);
    expect(await service().exportRegister('csv')).toContain(reason);
    now = new Date('2028-04-01T12:00:00.000Z');
    expect(await service().runRetention()).toBe(1);
    const [decision] = await store.listBreachDecisions('inc-1');
    expect(decision?.informSubjectsReason).toBe('[geanonimiseerd]');
    expect(decision?.notifyApReason).toBeUndefined();
    expect(await service().exportRegister('csv')).not.toContain('juf Anna');
  });
});

describe('other authorities', () => {
  const withAuthorities = () =>
    createIncidentService({
      store,
      clock: () => now,
      newId: () => `inc-${++ids}`,
      canHandle: (actor) => actor.id === ICT_MEMBER.id,
      organisationName: 'Stichting Kindante',
      retentionDays: 730,
      authorities: authoritiesFromConfig([
        { id: 'politie', name: 'Politie', dataKinds: [], incidentKinds: ['stolen-device'] },
        { id: 'inspectie', name: 'Inspectie', dataKinds: ['results'], incidentKinds: [] },
      ]),
    });
  beforeEach(async () => {
    await withAuthorities().submitReport(reportForm({ kind: 'stolen-device' }), REPORTER, 'sub-1');
  });

  it('shows which apply on the card and records, audited, that one was informed', async () => {
    const before = await withAuthorities().view('inc-1');
    expect(before?.authorities?.map((item) => [item.id, item.informed])).toEqual([
      ['politie', undefined],
    ]);
    const result = await withAuthorities().act(
      'inc-1',
      { verb: 'informAuthority', authorityId: 'politie' },
      ICT_MEMBER,
    );
    expect(result.ok && result.view.authorities?.[0]?.informed?.byName).toBe('Ed van ICT');
    expect((await store.listAudit('inc-1')).at(-1)).toMatchObject({
      action: 'informed-authority',
      actor: ICT_MEMBER,
      detail: { authority: 'politie' },
    });
  });

  it('refuses an authority that is not configured or does not apply, and outsiders', async () => {
    const service = withAuthorities();
    for (const authorityId of ['inspectie', 'fiod']) {
      const result = await service.act(
        'inc-1',
        { verb: 'informAuthority', authorityId },
        ICT_MEMBER,
      );
      expect(result.ok).toBe(false);
    }
    const outsider = await service.act(
      'inc-1',
      { verb: 'informAuthority', authorityId: 'politie' },
      OUTSIDER,
    );
    expect(!outsider.ok && outsider.code).toBe('forbidden');
    expect(await store.listAudit('inc-1')).toHaveLength(1);
  });
});

describe('escalation', () => {
  it('writes one audit line per escalation, by Privacywacht, without names or text', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    now = new Date('2026-03-30T10:00:00.000Z');
    expect(await service().runDueEscalations()).toBe(3);
    expect(await service().runDueEscalations()).toBe(0);
    const escalations = (await store.listAudit('inc-1')).filter(
      (entry) => entry.action === 'escalated',
    );
    expect(escalations.map((entry) => entry.detail)).toEqual([
      { escalation: 'escalate-unassigned', personalMessages: '0' },
      { escalation: 'escalate-no-decision', personalMessages: '0' },
      { escalation: 'escalate-overdue', personalMessages: '0' },
    ]);
    expect(escalations.every((entry) => entry.actor.id === 'privacywacht')).toBe(true);
  });
});

describe('the AP drafts', () => {
  it('asks the late reason once the deadline passed, and drafts a follow-up only after notifying', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    expect(await service().apFollowUpDraft('inc-1')).toBeUndefined();
    now = new Date('2026-03-31T09:00:00.000Z');
    const late = (await service().apDraft('inc-1'))?.sections.at(-1)?.answers.at(-1);
    expect(late).toMatchObject({ mark: 'missing' });
    expect(late?.question).toContain('later dan 72 uur');
    await service().act(
      'inc-1',
      {
        verb: 'decideNotifiable',
        apReference: 'M-1',
        apNotifiedAt: '2026-03-31T08:00:00.000Z',
        lateReason: 'Pas na het weekend gemeld.',
      },
      ICT_MEMBER,
    );
    const followUp = await service().apFollowUpDraft('inc-1');
    expect(followUp?.kind).toBe('follow-up');
    expect(JSON.stringify(followUp)).toContain('Pas na het weekend gemeld.');
  });
});
