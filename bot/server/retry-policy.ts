// The one retry policy for calls that leave the process: the Bot Connector, Microsoft Graph and the
// register's database. It decides what is worth retrying, how long to wait (Retry-After first,
// else exponential backoff with jitter, capped) and stops calling a service that is down (circuit
// breaker, logged without content). Built on cockatiel; the outbox uses the same decisions for the
// retries it keeps in the register across restarts.
import {
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import type { Logger } from './logger';

/** The services the policy guards; one breaker each per process. */
export type GuardedService = 'bot-connector' | 'graph' | 'database';

/** What a failure means for retrying, whatever threw it. */
export interface Failure {
  /** Worth another try: 412, 429, 503 with Retry-After, 502, 504, a reset or timed-out connection. */
  isRetryable: boolean;
  /** The service looks down (not merely busy): counts towards opening the circuit. */
  isOutage: boolean;
  /** What the service asked for (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /** A code for logs and the register: `http-429`, `ECONNRESET`, `circuit-open`; never content. */
  code: string;
}

export interface BackoffLimits {
  /** The first wait; it doubles per attempt. */
  baseDelayMs: number;
  /** No backoff waits longer (Retry-After may ask for more; see retryDelayMs). */
  maxDelayMs: number;
}

export interface RetryPolicyOptions extends BackoffLimits {
  /** Tries after the first. */
  retries: number;
  /** Consecutive outage failures that open the circuit. */
  breakAfter: number;
  /** How long an open circuit refuses calls before one is let through to test the service. */
  halfOpenAfterMs: number;
  /** 0 ≤ x < 1; tests pass a fixed one. */
  random?: () => number;
}

/** Short waits in process; a longer Retry-After is left to the caller (the outbox reschedules). */
const DEFAULT_RETRY_OPTIONS: RetryPolicyOptions = {
  retries: 3,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  breakAfter: 5,
  halfOpenAfterMs: 30_000,
};

/**
 * HTTP statuses worth retrying whatever the headers say. Teams asks bots to retry 429 and also 412,
 * 502 and 504 (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
 */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 504]);
/** Network failures that a new connection may not meet. */
const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'TimeoutError',
  // SQLite locked past its busy timeout; PostgreSQL serialization failure, deadlock, starting up.
  'SQLITE_BUSY',
  '40001',
  '40P01',
  '57P03',
]);
const OUTAGE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Reads any failure: a botbuilder RestError (`statusCode`, `response.headers`), a fetch Response or
 * an HttpStatusError (`status`, `headers`), a Node or undici network error (`code`, `cause.code`),
 * a database error (`code`) or an open circuit.
 * @example classifyFailure({ statusCode: 503, response: { headers: { 'retry-after': '5' } } })
 *   // → { isRetryable: true, isOutage: true, retryAfterMs: 5000, code: 'http-503' }
 */
export function classifyFailure(error: unknown, now: () => number = Date.now): Failure {
  if (isBrokenCircuitError(error))
    return { isRetryable: true, isOutage: true, code: 'circuit-open' };
  const failure = (error ?? {}) as {
    statusCode?: unknown;
    status?: unknown;
    code?: unknown;
    name?: unknown;
    headers?: unknown;
    response?: { headers?: unknown };
    cause?: { code?: unknown };
    errcode?: unknown;
  };
  const status =
    typeof failure.statusCode === 'number'
      ? failure.statusCode
      : typeof failure.status === 'number'
        ? failure.status
        : undefined;
  if (status !== undefined) {
    const retryAfterMs = readRetryAfter(failure.headers ?? failure.response?.headers, now);
    const after = retryAfterMs === undefined ? {} : { retryAfterMs };
    // A 503 without Retry-After is an answer, not throttling; with it the service says when.
    const isRetryable =
      RETRYABLE_STATUSES.has(status) || (status === 503 && after.retryAfterMs !== undefined);
    return { isRetryable, isOutage: OUTAGE_STATUSES.has(status), ...after, code: `http-${status}` };
  }
  const code = [sqliteBusy(failure), failure.code, failure.cause?.code, failure.name].find(
    (value): value is string => typeof value === 'string' && RETRYABLE_NETWORK_CODES.has(value),
  );
  if (code)
    return { isRetryable: true, isOutage: !code.startsWith('SQLITE') && !/^\d/.test(code), code };
  const other = typeof failure.code === 'string' ? failure.code : 'unexpected';
  return { isRetryable: false, isOutage: false, code: other };
}

/**
 * node:sqlite reports SQLite's own result code as `errcode` (its `code` is ERR_SQLITE_ERROR for every
 * failure); the low byte 5 is SQLITE_BUSY, also in its extended forms (SQLITE_BUSY_SNAPSHOT, …).
 */
function sqliteBusy(failure: { code?: unknown; errcode?: unknown }): string | undefined {
  return failure.code === 'ERR_SQLITE_ERROR' &&
    typeof failure.errcode === 'number' &&
    (failure.errcode & 0xff) === 5
    ? 'SQLITE_BUSY'
    : undefined;
}

/**
 * The wait before try `attempt + 1` (attempt ≥ 1): Retry-After when the service gave one (never
 * sooner), else base × 2^(attempt−1) capped at maxDelayMs, with "equal jitter" (half fixed, half
 * random) so instances that failed together do not return together.
 * @example retryDelayMs(3, { ...failure }, { baseDelayMs: 250, maxDelayMs: 8000 }) // 500..1000
 */
export function retryDelayMs(
  attempt: number,
  failure: Pick<Failure, 'retryAfterMs'>,
  limits: BackoffLimits,
  random: () => number = Math.random,
): number {
  if (failure.retryAfterMs !== undefined) return Math.max(0, failure.retryAfterMs);
  const ceiling = Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Runs calls to one service with retries and a circuit breaker. */
export interface ServicePolicy {
  /** For idempotent calls (reads, PUT): retried in process, through the circuit. */
  execute<T>(work: () => Promise<T>): Promise<T>;
  /**
   * For calls that must not run twice (posting a message): through the circuit, never retried
   * here, since a reset connection may hide a post that arrived. The caller decides (the outbox
   * looks the post up before trying again).
   */
  executeOnce<T>(work: () => Promise<T>): Promise<T>;
  /** Whether the circuit is open now (calls fail at once with code `circuit-open`). */
  isOpen(): boolean;
}

/**
 * One per service and process, shared by every caller of that service.
 * @example const graphPolicy = createServicePolicy('graph', logger);
 *          const profile = await graphPolicy.execute(() => fetchProfile(id));
 */
export function createServicePolicy(
  service: GuardedService,
  logger: Pick<Logger, 'warn' | 'info'>,
  options: Partial<RetryPolicyOptions> = {},
): ServicePolicy {
  const settings = { ...DEFAULT_RETRY_OPTIONS, ...options };
  const random = settings.random ?? Math.random;
  const shouldRetry = (error: Error): boolean => {
    const failure = classifyFailure(error);
    if (!failure.isRetryable || failure.code === 'circuit-open') return false;
    // A wait longer than we hold a caller goes back to the caller (the outbox keeps it).
    return failure.retryAfterMs === undefined || failure.retryAfterMs <= settings.maxDelayMs;
  };
  const breaker = circuitBreaker(
    handleWhen((error) => classifyFailure(error).isOutage),
    {
      halfOpenAfter: settings.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.breakAfter),
    },
  );
  const retrying = retry(handleWhen(shouldRetry), {
    maxAttempts: settings.retries,
    backoff: jitteredBackoff(settings, random),
  });
  breaker.onBreak((reason) => {
    const code = 'error' in reason ? classifyFailure(reason.error).code : 'isolated';
    logger.warn({ event: 'circuit-open', service, code, retryInMs: settings.halfOpenAfterMs });
  });
  breaker.onHalfOpen(() => logger.info({ event: 'circuit-half-open', service }));
  breaker.onReset(() => logger.info({ event: 'circuit-closed', service }));
  retrying.onRetry((reason) => {
    const code = 'error' in reason ? classifyFailure(reason.error).code : 'value';
    logger.info({ event: 'retry', service, code, attempt: reason.attempt, delayMs: reason.delay });
  });
  const policy = wrap(retrying, breaker);
  return {
    execute: (work) => policy.execute(() => work()),
    executeOnce: (work) => breaker.execute(() => work()),
    isOpen: () => breaker.state === CircuitState.Open,
  };
}

function jitteredBackoff(
  limits: BackoffLimits,
  random: () => number,
): IBackoffFactory<IRetryBackoffContext<unknown>> {
  const next = (
    context: IRetryBackoffContext<unknown>,
  ): IBackoff<IRetryBackoffContext<unknown>> => {
    const failure = 'error' in context.result ? classifyFailure(context.result.error) : {};
    return { duration: retryDelayMs(context.attempt, failure, limits, random), next };
  };
  return { next };
}

/** An HTTP answer that is not a success, thrown so the policy can read its status and headers. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
  ) {
    super(`http ${status}`);
    this.name = 'HttpStatusError';
  }
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from now; undefined when unreadable. */
function readRetryAfter(headers: unknown, now: () => number): number | undefined {
  const value =
    typeof (headers as { get?: unknown } | undefined)?.get === 'function'
      ? (headers as { get: (name: string) => string | null | undefined }).get('retry-after')
      : headerValue(headers as Record<string, unknown> | undefined);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

function headerValue(headers: Record<string, unknown> | undefined): unknown {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'retry-after');
  return key === undefined ? undefined : headers[key];
}
