import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { startIncidentWorker } from '../../../../bot/incidents/incident-worker';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { fakeChannelPoster } from '../../../helpers/fake-channel-poster';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

describe('the incident worker', () => {
  it('delivers on start and when kicked, queues due reminders and escalations, and stops cleanly', async () => {
    const store = createMemoryStore();
    await store.saveChannel({
      teamId: 't',
      channelId: '19:c',
      serviceUrl: 'http://x',
      tenantId: 'x',
    });
    let now = new Date('2026-03-27T12:00:00.000Z');
    let ids = 0;
    const service = createIncidentService({
      store,
      clock: () => now,
      newId: () => `inc-${++ids}`,
      canHandle: (actor) => actor.id === ICT_MEMBER.id,
      organisationName: 'Stichting Kindante',
      retentionDays: 730,
    });
    await service.submitReport(reportForm(), REPORTER, 'sub-1');
    const poster = fakeChannelPoster();
    const passes: number[] = [];
    const worker = startIncidentWorker({
      store,
      service,
      poster,
      clock: () => now,
      intervalMs: 3_600_000,
      onPass: ({ sent }) => passes.push(sent),
      onError: (error) => {
        throw error;
      },
    });
    now = new Date('2026-03-29T22:30:00.000Z');
    worker.kick();
    await worker.stop();
    // 12 hours before the deadline, untouched: the reminder and the "nobody took it on" and "no
    // decision yet" escalations in the thread (no personal messages configured), in either order.
    expect(poster.calls.map((call) => call.method)).toEqual([
      'createThread',
      'postInThread',
      'postInThread',
      'postInThread',
    ]);
    const thread = JSON.stringify(poster.calls.slice(1));
    expect(thread).toContain('nog 12 uur');
    expect(thread).toContain('niemand heeft dit datalek opgepakt');
    expect(thread).toContain('geen besluit over melden');
    worker.kick();
    expect(passes.reduce((sum, sent) => sum + sent, 0)).toBe(4);
  });
});
