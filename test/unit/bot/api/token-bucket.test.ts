import { createTokenBuckets } from '../../../../bot/api/token-bucket';

describe('createTokenBuckets', () => {
  it('lets a burst through, then asks to wait until a token is back', () => {
    const buckets = createTokenBuckets({ capacity: 3, perSecond: 0.5 });
    const results = [0, 0, 0, 0].map(() => buckets.take('petra', 0));
    expect(results).toEqual([
      { ok: true },
      { ok: true },
      { ok: true },
      { ok: false, retryAfterSeconds: 2 },
    ]);
    expect(buckets.take('petra', 2000)).toEqual({ ok: true });
  });

  it('keeps one bucket per user', () => {
    const buckets = createTokenBuckets({ capacity: 1, perSecond: 1 });
    expect(buckets.take('petra', 0).ok).toBe(true);
    expect(buckets.take('petra', 0).ok).toBe(false);
    expect(buckets.take('jan', 0).ok).toBe(true);
  });

  it('never holds more than its capacity after a long pause', () => {
    const buckets = createTokenBuckets({ capacity: 2, perSecond: 1 });
    buckets.take('petra', 0);
    const later = [0, 0, 0].map(() => buckets.take('petra', 3_600_000).ok);
    expect(later).toEqual([true, true, false]);
  });
});
