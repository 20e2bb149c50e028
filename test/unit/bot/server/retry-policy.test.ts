import { BrokenCircuitError } from 'cockatiel';
import {
  classifyFailure,
  createServicePolicy,
  retryDelayMs,
  type Failure,
} from '../../../../bot/server/retry-policy';
import { captureLog } from '../../../helpers/log-capture';

const NOW = Date.parse('2026-03-27T12:00:00.000Z');
/** A botbuilder RestError as the connector client throws it. */
const rest = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error(`status ${statusCode}`), {
    statusCode,
    response: {
      headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) },
    },
  });
const fetchLike = (status: number, retryAfter?: string) => ({
  status,
  headers: new Headers(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
});

const cases: [string, unknown, Failure][] = [
  [
    '429 with Retry-After in seconds',
    rest(429, '7'),
    { isRetryable: true, isOutage: false, retryAfterMs: 7_000, code: 'http-429' },
  ],
  [
    '429 with Retry-After as an HTTP date',
    fetchLike(429, 'Fri, 27 Mar 2026 12:00:05 GMT'),
    { isRetryable: true, isOutage: false, retryAfterMs: 5_000, code: 'http-429' },
  ],
  ['429 without Retry-After', rest(429), { isRetryable: true, isOutage: false, code: 'http-429' }],
  [
    '503 with Retry-After',
    fetchLike(503, '2'),
    { isRetryable: true, isOutage: true, retryAfterMs: 2_000, code: 'http-503' },
  ],
  [
    '503 without Retry-After (an answer, not throttling)',
    rest(503),
    { isRetryable: false, isOutage: true, code: 'http-503' },
  ],
  ['502', rest(502), { isRetryable: true, isOutage: true, code: 'http-502' }],
  ['504', rest(504), { isRetryable: true, isOutage: true, code: 'http-504' }],
  [
    '412 (Teams asks bots to retry it)',
    rest(412),
    { isRetryable: true, isOutage: false, code: 'http-412' },
  ],
  ['500', rest(500), { isRetryable: false, isOutage: false, code: 'http-500' }],
  ['400', rest(400), { isRetryable: false, isOutage: false, code: 'http-400' }],
  ['401', rest(401), { isRetryable: false, isOutage: false, code: 'http-401' }],
  ['403', rest(403), { isRetryable: false, isOutage: false, code: 'http-403' }],
  ['404', fetchLike(404), { isRetryable: false, isOutage: false, code: 'http-404' }],
  [
    'a reset connection',
    { code: 'ECONNRESET' },
    { isRetryable: true, isOutage: true, code: 'ECONNRESET' },
  ],
  [
    'a timed-out connection',
    { code: 'ETIMEDOUT' },
    { isRetryable: true, isOutage: true, code: 'ETIMEDOUT' },
  ],
  [
    "fetch's reset (the code in its cause)",
    Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }),
    { isRetryable: true, isOutage: true, code: 'ECONNRESET' },
  ],
  [
    'an aborted fetch past its deadline',
    Object.assign(new Error('timeout'), { name: 'TimeoutError' }),
    { isRetryable: true, isOutage: true, code: 'TimeoutError' },
  ],
  [
    'SQLite busy past its timeout (node:sqlite)',
    Object.assign(new Error('database is locked'), {
      code: 'ERR_SQLITE_ERROR',
      errcode: 5,
      errstr: 'database is locked',
    }),
    { isRetryable: true, isOutage: false, code: 'SQLITE_BUSY' },
  ],
  [
    'another SQLite failure (node:sqlite)',
    Object.assign(new Error('UNIQUE constraint failed: t.x'), {
      code: 'ERR_SQLITE_ERROR',
      errcode: 2067,
    }),
    { isRetryable: false, isOutage: false, code: 'ERR_SQLITE_ERROR' },
  ],
  [
    'a PostgreSQL deadlock',
    { code: '40P01' },
    { isRetryable: true, isOutage: false, code: '40P01' },
  ],
  [
    'an open circuit',
    new BrokenCircuitError(),
    { isRetryable: true, isOutage: true, code: 'circuit-open' },
  ],
  [
    'a bug',
    new TypeError('x is undefined'),
    { isRetryable: false, isOutage: false, code: 'unexpected' },
  ],
];

describe('classifyFailure', () => {
  it.each(cases)('reads %s', (_name, error, expected) => {
    expect(classifyFailure(error, () => NOW)).toEqual(expected);
  });
});

describe('retryDelayMs', () => {
  const limits = { baseDelayMs: 250, maxDelayMs: 8_000 };
  const rows: [string, number, number | undefined, number, number][] = [
    // name, attempt, retryAfterMs, random, expected
    ['honours Retry-After over the backoff', 1, 7_000, 0.5, 7_000],
    ['honours a Retry-After longer than the cap', 1, 60_000, 0.5, 60_000],
    ['first backoff, jitter at its bottom', 1, undefined, 0, 125],
    ['first backoff, jitter at its top', 1, undefined, 1, 250],
    ['doubles per attempt', 3, undefined, 1, 1_000],
    ['caps the backoff', 10, undefined, 1, 8_000],
    ['caps the jittered backoff too', 10, undefined, 0, 4_000],
  ];
  it.each(rows)('%s', (_name, attempt, retryAfterMs, random, expected) => {
    const failure = retryAfterMs === undefined ? {} : { retryAfterMs };
    expect(retryDelayMs(attempt, failure, limits, () => random)).toBe(expected);
  });
});

describe('a service policy', () => {
  const quick = { baseDelayMs: 1, maxDelayMs: 50, halfOpenAfterMs: 60_000 };

  it('retries what is retryable and gives up on what is not', async () => {
    const log = captureLog();
    const policy = createServicePolicy('graph', log.logger, quick);
    let calls = 0;
    await expect(
      policy.execute(() => {
        calls++;
        return calls < 3 ? Promise.reject(rest(502)) : Promise.resolve('ok');
      }),
    ).resolves.toBe('ok');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      policy.execute(() => {
        calls++;
        return Promise.reject(rest(404));
      }),
    ).rejects.toMatchObject({ statusCode: 404 });
    expect(calls).toBe(1);
  });

  it('leaves a Retry-After longer than it holds a caller to the caller', async () => {
    const policy = createServicePolicy('bot-connector', captureLog().logger, quick);
    let calls = 0;
    await expect(
      policy.execute(() => {
        calls++;
        return Promise.reject(rest(429, '120'));
      }),
    ).rejects.toMatchObject({ statusCode: 429 });
    expect(calls).toBe(1);
  });

  it('never retries a post, but counts it towards the circuit', async () => {
    const policy = createServicePolicy('bot-connector', captureLog().logger, {
      ...quick,
      breakAfter: 2,
    });
    let calls = 0;
    const post = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    };
    await expect(policy.executeOnce(post)).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(policy.executeOnce(post)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(calls).toBe(2);
    await expect(policy.executeOnce(post)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(calls).toBe(2);
  });

  it('opens the circuit after consecutive outages, stops calling, and logs it without content', async () => {
    const log = captureLog();
    const policy = createServicePolicy('database', log.logger, {
      ...quick,
      retries: 1,
      breakAfter: 4,
    });
    let calls = 0;
    const down = () => {
      calls++;
      return Promise.reject(
        Object.assign(new Error('secret pupil name'), { code: 'ECONNREFUSED' }),
      );
    };
    await expect(policy.execute(down)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(policy.execute(down)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(calls).toBe(4);
    expect(policy.isOpen()).toBe(true);
    await expect(policy.execute(down)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(calls).toBe(4);
    expect(log.entries()).toContainEqual(
      expect.objectContaining({ event: 'circuit-open', service: 'database', code: 'ECONNREFUSED' }),
    );
    expect(log.text()).not.toContain('secret pupil name');
  });
});
