import { createIncidentService } from '../../../../bot/incidents/incident-service';
import {
  isIncidentVerb,
  respondToCardAction,
  type InvokeOutcome,
} from '../../../../bot/incidents/incident-invoke';
import { incidentCardFor } from '../../../../bot/teams/incident-cards';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

let store: IncidentStore;
const service = () => {
  let ids = 0;
  return createIncidentService({
    store,
    clock: () => new Date('2026-03-27T12:00:00.000Z'),
    newId: () => `inc-${++ids}`,
    canHandle: (actor) => actor.id === ICT_MEMBER.id,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
};
const respond = (verb: string, data: Record<string, unknown>, actor = ICT_MEMBER) =>
  respondToCardAction(service(), { verb, data, actor, language: 'nl' });
/** What the person who clicked sees: the card drawn from the answer's view, or the message. */
const shown = (outcome: InvokeOutcome) =>
  JSON.stringify(outcome.kind === 'card' ? incidentCardFor(outcome.intent) : outcome);

beforeEach(async () => {
  store = createMemoryStore();
  await respond('datalek.submit', { ...reportForm(), submissionId: 'sub-1' }, REPORTER);
});

describe('answering card actions', () => {
  it('answers a submitted form with the receipt', async () => {
    const outcome = await respond(
      'datalek.submit',
      { ...reportForm(), submissionId: 's2' },
      REPORTER,
    );
    expect(outcome.kind).toBe('card');
    expect(shown(outcome)).toContain('DL-2026-0002');
  });

  it('answers a wrong form with the form again, values kept and the message shown', async () => {
    const outcome = await respond(
      'datalek.submit',
      { ...reportForm({ affectedCount: '0' }), submissionId: 's3' },
      REPORTER,
    );
    const card = shown(outcome);
    expect(card).toContain('Vul een geschat aantal personen in');
    expect(card).toContain('Mijn telefoon met de groepsapp');
    expect(await store.listIncidents()).toHaveLength(1);
  });

  it('answers an ICT member’s action with the updated card', async () => {
    const outcome = await respond('incident.take', { incidentId: 'inc-1' });
    expect(outcome.kind).toBe('card');
    expect(shown(outcome)).toContain('In behandeling');
  });

  it('refuses a non-member with a message and leaves the card', async () => {
    const outcome = await respond('incident.take', { incidentId: 'inc-1' }, REPORTER);
    expect(outcome).toEqual({
      kind: 'message',
      text: 'Alleen het domein ICT kan meldingen behandelen.',
    });
    expect((await store.getIncident('inc-1'))?.status).toBe('new');
  });

  it('refreshes the card per person: buttons only for the ICT domain', async () => {
    const forIct = await respond('incident.refresh', { incidentId: 'inc-1' });
    const forOthers = await respond('incident.refresh', { incidentId: 'inc-1' }, REPORTER);
    expect(shown(forIct)).toContain('incident.take');
    expect(shown(forOthers)).not.toContain('incident.take');
  });

  it('gives the AP draft to the ICT domain only', async () => {
    expect(shown(await respond('incident.apDraft', { incidentId: 'inc-1' }))).toContain(
      'Concept AP-melding DL-2026-0001',
    );
    expect(await respond('incident.apDraft', { incidentId: 'inc-1' }, REPORTER)).toMatchObject({
      kind: 'message',
    });
  });

  it('leaves other verbs to the rest of the bot', async () => {
    expect(isIncidentVerb('feedback')).toBe(false);
    expect(isIncidentVerb('datalek.submit') && isIncidentVerb('incident.close')).toBe(true);
    expect(await respond('feedback', {})).toEqual({ kind: 'unknown' });
  });
});

describe('the follow-up notice and the deletion request from the card', () => {
  it('drafts the follow-up only once the AP notification is recorded', async () => {
    expect(await respond('incident.apFollowUp', { incidentId: 'inc-1' })).toEqual({
      kind: 'message',
      text: 'Een vervolgmelding kan pas als de AP-melding is vastgelegd.',
    });
    await respond('incident.take', { incidentId: 'inc-1' });
    await respond('incident.decideNotifiable', {
      incidentId: 'inc-1',
      apReference: 'M-2026-777',
      apNotifiedDate: '2026-03-27',
      apNotifiedTime: '12:30',
    });
    const outcome = await respond('incident.apFollowUp', { incidentId: 'inc-1' });
    expect(outcome.kind).toBe('card');
    expect(shown(outcome)).toContain('Concept vervolgmelding AP DL-2026-0001');
    expect(shown(outcome)).toContain('M-2026-777 · vastgelegd');
  });

  it('drafts the request to delete a misdirected mail, for ICT only', async () => {
    expect(await respond('incident.deletionRequest', { incidentId: 'inc-1' })).toMatchObject({
      kind: 'message',
    });
    store = createMemoryStore();
    await respond(
      'datalek.submit',
      { ...reportForm({ kind: 'wrong-recipient' }), submissionId: 's2' },
      REPORTER,
    );
    const incidentId = 'inc-1';
    const outcome = await respond('incident.deletionRequest', { incidentId });
    expect(outcome.kind).toBe('card');
    expect(shown(outcome)).toContain('Verzoek: verwijder een per vergissing ontvangen e-mail');
    expect((await respond('incident.deletionRequest', { incidentId }, REPORTER)).kind).toBe(
      'message',
    );
  });
});
