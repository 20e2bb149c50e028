// Teams' documented rate limits for bots, as a pacer for the outbox: per bot per conversation
// (a chat, the channel for new threads, each thread for its replies and card updates) 7 operations
// per second, 8 per 2 s, 60 per 30 s and 1800 per hour, and 50 requests per second for the whole
// app in the tenant (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). Posting at
// these limits, and not faster, avoids the 429s rather than recovering from them.
import type { PostPacer } from '../incidents/channel-poster';

interface Window {
  operations: number;
  ms: number;
}

const PER_CONVERSATION: readonly Window[] = [
  { operations: 7, ms: 1_000 },
  { operations: 8, ms: 2_000 },
  { operations: 60, ms: 30_000 },
  { operations: 1_800, ms: 3_600_000 },
];
const PER_APP: readonly Window[] = [{ operations: 50, ms: 1_000 }];
const APP = '*';

/**
 * Books slots in sliding windows: a reservation is the earliest time at which every window of the
 * conversation and of the app has room, and is counted there at once.
 * @example const pacer = createTeamsPacer(); const waitMs = pacer.reserve('19:ict', Date.now());
 */
export function createTeamsPacer(): PostPacer {
  /** Booked times per key, oldest first; only the last hour is kept. */
  const booked = new Map<string, number[]>();
  const paused = new Map<string, number>();

  const earliest = (key: string, windows: readonly Window[], from: number): number => {
    const times = booked.get(key) ?? [];
    let at = Math.max(from, paused.get(key) ?? 0);
    for (const { operations, ms } of windows) {
      // The window ending at `at` holds too many: wait until the oldest that counts drops out.
      const index = times.length - operations;
      const blocking = index >= 0 ? times[index] : undefined;
      if (blocking !== undefined && blocking + ms > at) at = blocking + ms;
    }
    return at;
  };
  const book = (key: string, at: number): void => {
    const times = booked.get(key) ?? [];
    times.push(at);
    times.sort((a, b) => a - b);
    const horizon = at - 3_600_000;
    while (times.length > 0 && (times[0] ?? 0) < horizon) times.shift();
    booked.set(key, times);
  };

  return {
    reserve(conversation, now) {
      let at = now;
      // Each constraint can only push the time later; repeat until both agree.
      for (;;) {
        const next = earliest(APP, PER_APP, earliest(conversation, PER_CONVERSATION, at));
        if (next === at) break;
        at = next;
      }
      book(conversation, at);
      book(APP, at);
      return at - now;
    },
    pause(conversation, until) {
      paused.set(conversation, Math.max(until, paused.get(conversation) ?? 0));
    },
  };
}
