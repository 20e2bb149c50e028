// Retries a call to the Bot Connector when Teams asks for it: 429 (throttled, about 7 messages per
// second per conversation), 412 (precondition failed, e.g. a concurrent update) and the gateway
// errors 502/504. It waits as long as Retry-After says, else backs off exponentially.
// (The connector client's own HTTP pipeline also retries 429 with Retry-After and 5xx a few times;
// this layer adds 412 and 429 without Retry-After and keeps one policy for all of our sends.)

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 504]);

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (milliseconds: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

export async function withRetry<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= policy.attempts || status === undefined || !RETRYABLE_STATUSES.has(status))
        throw error;
      const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
      await policy.sleep(Math.min(policy.maxDelayMs, retryAfterMs(error) ?? backoff));
    }
  }
}

interface HttpErrorLike {
  statusCode?: unknown;
  response?: { headers?: { get?: (name: string) => string | undefined } };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as HttpErrorLike | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After in seconds or as an HTTP date, in milliseconds. */
function retryAfterMs(error: unknown): number | undefined {
  const value = (error as HttpErrorLike | undefined)?.response?.headers?.get?.('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
