// A token bucket per key: `capacity` requests at once, refilled at `perSecond`. Pure: the caller
// passes the time, so tests need no waiting.

export interface TokenBucketOptions {
  capacity: number;
  perSecond: number;
  /** Buckets idle this long are full again and forgotten, so memory stays bounded. */
  idleMs?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createTokenBuckets({
  capacity,
  perSecond,
  idleMs = 10 * 60_000,
}: TokenBucketOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = 0;
  return {
    take(key: string, nowMs: number): Take {
      if (nowMs - lastSweep > idleMs) {
        for (const [name, bucket] of buckets) if (nowMs - bucket.at > idleMs) buckets.delete(name);
        lastSweep = nowMs;
      }
      const bucket = buckets.get(key) ?? { tokens: capacity, at: nowMs };
      const tokens = Math.min(capacity, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: nowMs });
        return { ok: false, retryAfterSeconds: Math.ceil((1 - tokens) / perSecond) };
      }
      buckets.set(key, { tokens: tokens - 1, at: nowMs });
      return { ok: true };
    },
  };
}
