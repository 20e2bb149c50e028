import {
  runWeeklySummary,
  type WeeklySummaryPoster,
} from '../../../../bot/insight/weekly-summary-worker';
import type { WeeklySummaryView } from '../../../../bot/insight/weekly-summary';
import { DeliveryError } from '../../../../bot/incidents/channel-poster';
import { createMemoryInsightStore } from '../../../../bot/store/insight-memory-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { createMemoryUnansweredStore } from '../../../../bot/store/unanswered-memory-store';
import { createMemoryWeeklySummaryStore } from '../../../../bot/store/weekly-summary-store';

const CHANNEL = {
  teamId: 'team',
  channelId: '19:ict@thread.tacv2',
  serviceUrl: 'https://smba.example/',
  tenantId: 'tenant',
};

function setUp(enabled = true) {
  let now = new Date('2026-12-07T07:05:00Z');
  const posted: WeeklySummaryView[] = [];
  const failures: Error[] = [];
  const poster: WeeklySummaryPoster = {
    post: (_channel, view) => {
      const failure = failures.shift();
      if (failure) return Promise.reject(failure);
      posted.push(view);
      return Promise.resolve({ conversationId: 'thread', activityId: `a${posted.length}` });
    },
    findPost: () => Promise.resolve(undefined),
  };
  const incidents = createMemoryStore();
  const deps = {
    settings: { enabled, day: 'monday' as const, hour: 8 },
    store: createMemoryWeeklySummaryStore(),
    insight: createMemoryInsightStore(),
    incidents,
    unanswered: createMemoryUnansweredStore(),
    poster,
    clock: () => now,
  };
  return {
    deps,
    posted,
    failures,
    incidents,
    at: (instant: string) => (now = new Date(instant)),
  };
}

describe('the weekly summary', () => {
  it('sends nothing unless enabled, and waits for the ICT channel', async () => {
    expect(await runWeeklySummary(setUp(false).deps)).toBe('off');
    const { deps, incidents, posted } = setUp();
    expect(await runWeeklySummary(deps)).toBe('no-channel');
    await incidents.saveChannel(CHANNEL);
    expect(await runWeeklySummary(deps)).toBe('sent');
    expect(posted.map((view) => view.week)).toEqual(['2026-12-07']);
  });

  it('is posted once per week, whichever instance looks', async () => {
    const { deps, incidents, posted, at } = setUp();
    await incidents.saveChannel(CHANNEL);
    const other = { ...deps };
    expect(await runWeeklySummary(deps)).toBe('sent');
    expect(await runWeeklySummary(other)).toBe('done');
    at('2026-12-14T07:00:00Z');
    expect(await runWeeklySummary(other)).toBe('sent');
    expect(await runWeeklySummary(deps)).toBe('done');
    expect(posted.map((view) => view.week)).toEqual(['2026-12-07', '2026-12-14']);
  });

  it('tries a failed post again after Teams’ Retry-After, not before', async () => {
    const { deps, incidents, posted, failures, at } = setUp();
    await incidents.saveChannel(CHANNEL);
    failures.push(new DeliveryError('throttled', 'throttled', 120_000));
    expect(await runWeeklySummary(deps)).toBe('retrying');
    at('2026-12-07T07:06:59Z');
    expect(await runWeeklySummary(deps)).toBe('done');
    at('2026-12-07T07:07:00Z');
    expect(await runWeeklySummary(deps)).toBe('sent');
    expect(posted).toHaveLength(1);
  });
});
