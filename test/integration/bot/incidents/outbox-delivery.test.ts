// The outbox on real databases: two service instances delivering side by side post every card
// once, and a post left behind by an instance that died mid-send is sent after its lease.
import { DeliveryError } from '../../../../bot/incidents/channel-poster';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { deliverOutbox } from '../../../../bot/incidents/outbox';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { openStore } from '../../../../bot/store/open-store';
import { fakeChannelPoster } from '../../../helpers/fake-channel-poster';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';
import { startPostgres, type TestPostgres } from '../../../helpers/postgres';

jest.setTimeout(60_000);

const CHANNEL = { teamId: 't', channelId: '19:ict', serviceUrl: 'http://stub', tenantId: 'x' };
let postgres: TestPostgres;
const stores: IncidentStore[] = [];
let now: Date;
const clock = () => now;

beforeAll(async () => {
  postgres = await startPostgres();
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});
afterAll(() => postgres.stop());

async function twoInstances(): Promise<[IncidentStore, IncidentStore]> {
  const url = await postgres.freshDatabaseUrl();
  const first = await openStore({ databaseUrl: url });
  const second = await openStore({ databaseUrl: url });
  stores.push(first, second);
  return [first, second];
}

async function report(store: IncidentStore, count: number): Promise<void> {
  let ids = 0;
  const service = createIncidentService({
    store,
    clock,
    newId: () => `inc-${++ids}`,
    canHandle: () => true,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
  await store.saveChannel(CHANNEL);
  await store.saveConversationReference(REPORTER.id, { conversation: { id: 'a:1' } });
  for (let i = 0; i < count; i++) await service.submitReport(reportForm(), REPORTER, `s${i}`);
  await service.act('inc-1', { verb: 'take' }, ICT_MEMBER);
}

describe('outbox delivery on PostgreSQL', () => {
  beforeEach(() => {
    now = new Date('2026-03-27T12:00:00.000Z');
  });

  it('posts every card once when two instances deliver at the same time, through throttling', async () => {
    const [first, second] = await twoInstances();
    await report(first, 8);
    const poster = fakeChannelPoster();
    poster.failNext(new DeliveryError('throttled', 'http-429', 1_000));
    const options = { batchSize: 3 };
    for (let round = 0; round < 6; round++) {
      await Promise.all([
        deliverOutbox({ store: first, poster, clock, options }),
        deliverOutbox({ store: second, poster, clock, options }),
      ]);
      // Past Retry-After and past the wait for threads that do not exist yet.
      now = new Date(now.getTime() + 31_000);
    }
    const threads = poster.calls.filter((call) => call.method === 'createThread');
    expect(threads).toHaveLength(8);
    const incidents = await first.listIncidents();
    expect(new Set(incidents.map((incident) => incident.channelMessage?.activityId)).size).toBe(8);
    const left = (await first.listOutbox()).filter((message) => message.state !== 'done');
    expect(left).toEqual([]);
  });

  it('sends a post whose instance died mid-send once its lease has run out', async () => {
    const [first, second] = await twoInstances();
    await report(first, 1);
    // The first instance took the posts and died before finishing them.
    const leaseUntil = new Date(now.getTime() + 60_000).toISOString();
    expect(await first.claimOutbox(now.toISOString(), leaseUntil, 20)).toHaveLength(4);
    const survivor = fakeChannelPoster();
    expect(await deliverOutbox({ store: second, poster: survivor, clock })).toMatchObject({
      sent: 0,
    });
    now = new Date(now.getTime() + 61_000);
    await deliverOutbox({ store: second, poster: survivor, clock });
    // The card drawn for the new thread already shows the step: its update needs no post.
    expect(survivor.calls.map((call) => call.method)).toEqual([
      'createThread',
      'postInThread',
      'notifyReporter',
    ]);
  });
});
