// Benchmark of the outbox (npm run bench): how long a burst of 750 reports takes to reach the ICT
// channel at Teams' documented rate limits (bot/teams/teams-rate-limits.ts), with the ICT domain
// taking some incidents meanwhile (their card updates coalesce). The clock is simulated: the pacer's
// waits move it, so the figure is Teams time, not this machine's; the poster answers at once.
import { createIncidentService } from '../../bot/incidents/incident-service';
import { deliverOutbox } from '../../bot/incidents/outbox';
import { createMemoryStore } from '../../bot/store/memory-store';
import { createTeamsPacer } from '../../bot/teams/teams-rate-limits';
import { fakeChannelPoster } from '../helpers/fake-channel-poster';
import { ICT_MEMBER, REPORTER, reportForm } from '../helpers/incidents';

const REPORTS = 750;
/** The old outbox: 20 posts per pass, a pass every 30 s (issue 15: 19 minutes for 750). */
const OLD_RATE = { posts: 20, everyMs: 30_000 };
/** Teams' limit that bounds a burst in one channel: 60 posts per 30 s. */
const CHANNEL_LIMIT = { posts: 60, everyMs: 30_000 };

export async function runOutboxBench(): Promise<void> {
  let now = Date.parse('2026-03-27T12:00:00.000Z');
  const clock = () => new Date(now);
  const store = createMemoryStore();
  let ids = 0;
  const service = createIncidentService({
    store,
    clock,
    newId: () => `burst-${++ids}`,
    canHandle: () => true,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
  await store.saveChannel({
    teamId: 't',
    channelId: '19:ict',
    serviceUrl: 'https://x',
    tenantId: 't',
  });
  for (let i = 0; i < REPORTS; i++)
    await service.submitReport(reportForm(), REPORTER, `burst-${i}`);
  // The ICT domain takes the first 50 before their cards are out: those updates need no post.
  for (let i = 1; i <= 50; i++) await service.act(`burst-${i}`, { verb: 'take' }, ICT_MEMBER);
  now += 1_000;

  const poster = fakeChannelPoster();
  const pacer = createTeamsPacer();
  const start = now;
  const wallStart = process.hrtime.bigint();
  let coalesced = 0;
  for (;;) {
    const report = await deliverOutbox({
      store,
      poster,
      clock,
      pacer,
      sleep: (ms) => {
        now += ms;
        return Promise.resolve();
      },
    });
    coalesced += report.coalesced;
    // The worker wakes when the paced posts are due (and its timer for the others).
    const due = (await store.listOutbox())
      .filter((message) => message.state === 'pending')
      .map((message) => Date.parse(message.nextAttemptAt));
    if (due.length === 0) break;
    now = Math.max(now, Math.min(report.pacedUntil ?? Infinity, ...due));
  }
  const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
  const threads = poster.calls.filter((call) => call.method === 'createThread').length;
  const pending = (await store.listOutbox()).filter((message) => message.state === 'pending');
  if (threads !== REPORTS || pending.length > 0)
    throw new Error(`the burst did not drain: ${threads} threads, ${pending.length} pending`);
  const drainedS = (now - start) / 1000;
  const floorS = (Math.ceil(REPORTS / CHANNEL_LIMIT.posts) - 1) * (CHANNEL_LIMIT.everyMs / 1000);
  const oldS = Math.ceil(REPORTS / OLD_RATE.posts) * (OLD_RATE.everyMs / 1000);
  const minutes = (seconds: number) =>
    `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  process.stdout.write(
    `  ${REPORTS} reports in one channel: drained in ${minutes(drainedS)} of Teams time ` +
      `(limit floor ${minutes(floorS)}; before: ${minutes(oldS)}), ` +
      `${poster.calls.length} Bot Connector calls, ${coalesced} card updates coalesced, ` +
      `${Math.round(wallMs)} ms of CPU\n`,
  );
}
