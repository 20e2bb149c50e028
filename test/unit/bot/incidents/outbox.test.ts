import { DeliveryError } from '../../../../bot/incidents/channel-poster';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { incidentCardView } from '../../../../bot/incidents/incident-view';
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
/** The jitter at its top: the wait is the full backoff. */
let random = () => 1;
const deliver = () => deliverOutbox({ store, poster, clock, random, options: OPTIONS });
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
  random = () => 1;
  store = createMemoryStore();
  poster = fakeChannelPoster();
  await store.saveChannel(CHANNEL);
  await store.saveConversationReference(REPORTER.id, { conversation: { id: 'a:reporter' } });
});

describe('the outbox', () => {
  it('posts a new incident as a thread and remembers where', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, waiting: 0, failed: 0, coalesced: 0 });
    expect(methods()).toEqual(['createThread']);
    expect((await store.getIncident('inc-1'))?.channelMessage).toEqual({
      conversationId: '19:ict;messageid=1',
      activityId: '1',
    });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, waiting: 0, failed: 0, coalesced: 0 });
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

  it.each([
    ['at the top of the jitter', 1, [2_000, 4_000, 8_000]],
    ['at the bottom of the jitter', 0, [1_000, 2_000, 4_000]],
  ])('doubles the wait after each failure, %s', async (_name, jitter, expected) => {
    random = () => jitter;
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    const waits: number[] = [];
    for (let failure = 0; failure < 3; failure++) {
      poster.failNext(new DeliveryError('transient', 'network'));
      await deliver();
      const [message] = await store.listOutbox('inc-1');
      waits.push(Date.parse(message!.nextAttemptAt) - now.getTime());
      now = new Date(message!.nextAttemptAt);
    }
    expect(waits).toEqual(expected);
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

describe('the outbox after a crash mid-post', () => {
  /** Another process claimed the create-thread post, recorded the intent and died. */
  async function crashedMidPost(didPost: boolean): Promise<void> {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    const leaseUntil = new Date(now.getTime() + 60_000).toISOString();
    const [message] = await store.claimOutbox(now.toISOString(), leaseUntil, 1);
    await store.rescheduleOutbox(message!.id, leaseUntil, 0, 'post-started');
    if (didPost) {
      const incident = await store.getIncident('inc-1');
      const view = incidentCardView(incident!, now);
      await poster.createThread(CHANNEL, { kind: 'post-incident', view, language: 'nl' });
    }
    later(60_001);
  }

  it('finds the thread the dead attempt posted and does not post it again', async () => {
    await crashedMidPost(true);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(poster.lookups).toEqual(['inc-1']);
    expect(methods()).toEqual(['createThread']);
    expect((await store.getIncident('inc-1'))?.channelMessage).toEqual({
      conversationId: '19:ict;messageid=1',
      activityId: '1',
    });
  });

  it('posts the card when the dead attempt never reached Teams', async () => {
    await crashedMidPost(false);
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(poster.lookups).toEqual(['inc-1']);
    expect(methods()).toEqual(['createThread']);
  });

  it('does not look up a first attempt', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    await deliver();
    expect(poster.lookups).toEqual([]);
  });
});

describe('the outbox under load', () => {
  it('draws one card per incident for a batch with several updates to it', async () => {
    await service().submitReport(reportForm(), REPORTER, 'sub-1');
    await deliver();
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    await service().act(
      'inc-1',
      { verb: 'decideNotNotifiable', reason: 'versleuteld' },
      ICT_MEMBER,
    );
    later(1);
    const report = await deliver();
    expect(methods().filter((method) => method === 'updateCard')).toHaveLength(1);
    expect(report.coalesced).toBe(1);
    // Each step still gets its line in the thread.
    expect(methods().filter((method) => method === 'postInThread')).toHaveLength(2);
  });

  it('waits for the pacer between posts and puts back what would outlast the lease', async () => {
    for (let i = 0; i < 5; i++) await service().submitReport(reportForm(), REPORTER, `s${i}`);
    const slots = [0, 400, 800, 70_000, 0];
    const waited: number[] = [];
    const report = await deliverOutbox({
      store,
      poster,
      clock,
      options: OPTIONS,
      pacer: { reserve: () => slots.shift() ?? 0, pause: () => undefined },
      sleep: (ms) => {
        waited.push(ms);
        later(ms);
        return Promise.resolve();
      },
    });
    expect(waited).toEqual([400, 800]);
    expect(report).toMatchObject({ sent: 4, waiting: 1 });
    const left = (await store.listOutbox()).filter((message) => message.state === 'pending');
    expect(left).toHaveLength(1);
    expect(Date.parse(left[0]!.nextAttemptAt) - now.getTime()).toBe(70_000);
  });
});
