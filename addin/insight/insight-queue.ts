// The add-in's small store of counts waiting to be sent: finished events and the drafts still
// open, each list bounded, so a client that cannot reach the service never grows its mailbox
// settings. Pure: the Office side (addin/office/insight-storage.ts) loads and saves it.
import type { InsightEvent } from '../../shared/insight/insight-events';
import { settleAbandoned, type OpenDecision } from './send-outcome';

export interface InsightQueue {
  events: InsightEvent[];
  open: OpenDecision[];
}

/** Events kept while the service is unreachable (about 12 KB of the 32 KB roaming settings); the oldest go first. */
export const MAX_EVENTS = 50;
/** Drafts followed at once; more than this and the oldest is given up on. */
export const MAX_OPEN = 20;
/** A stopped draft not sent again within this time is settled as given up (see send-outcome.ts). */
export const STALE_MS = 2 * 60 * 60 * 1000;

export const EMPTY_QUEUE: InsightQueue = { events: [], open: [] };

export function addEvents(queue: InsightQueue, events: readonly InsightEvent[]): InsightQueue {
  return { ...queue, events: [...queue.events, ...events].slice(-MAX_EVENTS) };
}

/** Keeps a draft's open decision (replacing its earlier one). */
export function putOpen(queue: InsightQueue, open: OpenDecision): InsightQueue {
  const others = queue.open.filter((item) => item.draft !== open.draft);
  const kept = [...others, open];
  const dropped = kept.slice(0, Math.max(0, kept.length - MAX_OPEN));
  return addEvents(
    { ...queue, open: kept.slice(-MAX_OPEN) },
    dropped.map((item) => settleAbandoned(item)),
  );
}

export function closeOpen(queue: InsightQueue, draft: string): InsightQueue {
  return { ...queue, open: queue.open.filter((item) => item.draft !== draft) };
}

/** Settles open drafts older than STALE_MS into events. */
export function settleStale(queue: InsightQueue, now: number): InsightQueue {
  const stale = queue.open.filter((item) => now - item.since > STALE_MS);
  const open = queue.open.filter((item) => now - item.since <= STALE_MS);
  return addEvents(
    { ...queue, open },
    stale.map((item) => settleAbandoned(item)),
  );
}

/** Takes the sent events off (compared as JSON: the queue was saved and loaded in between). */
export function removeSent(queue: InsightQueue, sent: readonly InsightEvent[]): InsightQueue {
  const pending = sent.map((event) => JSON.stringify(event));
  const events = queue.events.filter((event) => {
    const index = pending.indexOf(JSON.stringify(event));
    if (index < 0) return true;
    pending.splice(index, 1);
    return false;
  });
  return { ...queue, events };
}

/** Reads a stored queue; anything unexpected starts empty (counts are best effort). */
export function parseQueue(value: unknown): InsightQueue {
  if (!value || typeof value !== 'object') return EMPTY_QUEUE;
  const { events, open } = value as Partial<InsightQueue>;
  return {
    events: Array.isArray(events) ? events.slice(-MAX_EVENTS) : [],
    open: Array.isArray(open) ? open.slice(-MAX_OPEN) : [],
  };
}
