import { DeliveryError } from '../../../../bot/incidents/channel-poster';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { deliverOutbox, type OutboxOptions } from '../../../../bot/incidents/outbox';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { fakeChannelPoster, type FakePoster } from '../../../helpers/fake-channel-poster';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

const CHANNEL = {
  teamId: 'team-1',
  channelId: '19:ict@thread.tacv2',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant-1',
};
const START = new Date('2026-03-27T12:00:00.000Z');
const OPTIONS: Partial<OutboxOptions> = { timeoutMs: 50, baseDelayMs: 2_000, maxAttempts: 5 };

let now: Date;
let store: IncidentStore;
let poster: FakePoster;
let ids: number;
const clock = () => now;
const later = (ms: number) => (now = new Date(now.getTime() + ms));
const deliver = () => deliverOutbox({ store, poster, clock, options: OPTIONS });
const service = () =>
  createIncidentService({
    store,
    clock,
    newId: () => `inc-${++ids}`,
    canHandle: (actor) => actor.id === ICT_MEMBER.id,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
const methods = () => poster.calls.map((call) => call.method);

beforeEach(async () => {
  now = START;
  ids = 0;
  store = createMemoryStore();
  poster = fakeChannelPoster();
  await store.saveChannel(CHANNEL);
  await store.saveConversationReference(REPORTER.id, { conversation: { id: 'a:reporter' } });
});

describe('the outbox', () => {
  it('posts a new incident as a thread and remembers where', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, waiting: 0, failed: 0 });
    expect(methods()).toEqual(['createThread']);
    expect((await store.getIncident('inc-1'))?.channelMessage).toEqual({
      conversationId: '19:ict;messageid=1',
      activityId: '1',
    });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, waiting: 0, failed: 0 });
  });

  it('updates the card, posts the step in the thread and tells the reporter after an action', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    await deliver();
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    await deliver();
    expect(methods()).toEqual(['createThread', 'updateCard', 'postInThread', 'notifyReporter']);
    expect(JSON.stringify(poster.calls[1])).toContain('Ed van ICT');
  });

  it('waits for Retry-After when Teams throttles, then posts once', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    poster.failNext(new DeliveryError('throttled', 'http-429', 7_000));
    expect(await deliver()).toMatchObject({ retrying: 1 });
    later(6_999);
    expect(await deliver()).toMatchObject({ sent: 0 });
    later(1);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(methods()).toEqual(['createThread']);
  });

  it('backs off exponentially through an outage and a timeout, losing and doubling nothing', async () => {
    for (const submission of ['s1', 's2', 's3'])
      await service().submitReport(reportForm(), REPORTER, submission);
    poster.failNext(
      new DeliveryError('transient', 'http-502'),
      new DeliveryError('transient', 'http-502'),
      'hang',
    );
    expect(await deliver()).toMatchObject({ sent: 0, retrying: 3 });
    const [first] = await store.listOutbox('inc-1');
    expect(first).toMatchObject({ attempts: 1, lastError: 'http-502' });
    expect((await store.listOutbox('inc-3'))[0]).toMatchObject({ lastError: 'timeout' });
    later(2_000);
    expect(await deliver()).toMatchObject({ sent: 3 });
    expect(methods()).toEqual(['createThread', 'createThread', 'createThread']);
    const activityIds = new Set(
      (await store.listIncidents()).map((incident) => incident.channelMessage?.activityId),
    );
    expect(activityIds.size).toBe(3);
  });

  it('doubles the wait after each failure', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    const waits: number[] = [];
    for (let failure = 0; failure < 3; failure++) {
      poster.failNext(new DeliveryError('transient', 'network'));
      await deliver();
      const [message] = await store.listOutbox('inc-1');
      waits.push(Date.parse(message!.nextAttemptAt) - now.getTime());
      now = new Date(message!.nextAttemptAt);
    }
    expect(waits).toEqual([2_000, 4_000, 8_000]);
  });

  it('keeps an incident whose card never reached the channel fully manageable', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    poster.failNext(new DeliveryError('permanent', 'http-403'));
    expect(await deliver()).toMatchObject({ failed: 1 });
    const flow = [
      { verb: 'take' },
      { verb: 'decideNotNotifiable', reason: 'Versleuteld toestel, op afstand gewist.' },
      { verb: 'decideSubjects', informed: false, explanation: 'Geen risico.' },
      { verb: 'close', measures: 'Gewist en account geblokkeerd.' },
    ] as const;
    for (const action of flow)
      expect(await service().act('inc-1', action, ICT_MEMBER)).toMatchObject({ ok: true });
    expect((await store.getIncident('inc-1'))?.status).toBe('closed');
    await deliver();
    // No thread: the reporter still hears each status change; thread lines wait for a thread.
    expect(methods()).toEqual(Array(4).fill('notifyReporter'));
    expect((await store.listOutbox('inc-1'))[0]).toMatchObject({ state: 'failed' });
    // The bot is added to the channel again: the card is posted after all, in its final state.
    await service().registerChannel(CHANNEL);
    later(30_000);
    await deliver();
    expect(methods().slice(4)).toEqual([
      'createThread',
      'postInThread',
      'postInThread',
      'postInThread',
      'postInThread',
    ]);
    expect(JSON.stringify(poster.calls[4])).toContain('Afgesloten');
  });

  it('gives up after the maximum number of attempts and marks the post failed', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    for (let attempt = 0; attempt < 5; attempt++) {
      poster.failNext(new DeliveryError('transient', 'http-500'));
      await deliver();
      later(10 * 60_000);
    }
    expect((await store.listOutbox('inc-1'))[0]).toMatchObject({ state: 'failed', attempts: 5 });
    expect(await store.getIncident('inc-1')).toMatchObject({ status: 'new' });
  });

  it('holds posts until an ICT channel is known, then sends them', async () => {
    const fresh = createMemoryStore();
    store = fresh;
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    expect(await deliver()).toMatchObject({ waiting: 1 });
    await service().registerChannel(CHANNEL);
    later(30_000);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(methods()).toEqual(['createThread']);
  });
});
