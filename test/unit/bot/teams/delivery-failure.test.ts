import { DeliveryError } from '../../../../bot/incidents/channel-poster';
import { toDeliveryError } from '../../../../bot/teams/delivery-failure';

const headers = (retryAfter: string) => ({
  get: (name: string) => (name === 'retry-after' ? retryAfter : undefined),
});

const cases: [string, unknown, Pick<DeliveryError, 'kind' | 'code' | 'retryAfterMs'>][] = [
  [
    '429 with Retry-After in seconds',
    { statusCode: 429, response: { headers: headers('7') } },
    { kind: 'throttled', code: 'http-429', retryAfterMs: 7000 },
  ],
  [
    '429 without Retry-After',
    { statusCode: 429 },
    { kind: 'throttled', code: 'http-429', retryAfterMs: undefined },
  ],
  [
    '429 with an unreadable Retry-After',
    { statusCode: 429, response: { headers: headers('soon') } },
    { kind: 'throttled', code: 'http-429', retryAfterMs: undefined },
  ],
  [
    '412 (precondition, Teams busy)',
    { statusCode: 412 },
    { kind: 'transient', code: 'http-412', retryAfterMs: undefined },
  ],
  ['502', { statusCode: 502 }, { kind: 'transient', code: 'http-502', retryAfterMs: undefined }],
  [
    '503 with Retry-After (Teams says when)',
    { statusCode: 503, response: { headers: headers('3') } },
    { kind: 'throttled', code: 'http-503', retryAfterMs: 3000 },
  ],
  [
    '503 without Retry-After (not throttling)',
    { statusCode: 503 },
    { kind: 'permanent', code: 'http-503', retryAfterMs: undefined },
  ],
  [
    'a reset connection',
    { code: 'ECONNRESET' },
    { kind: 'transient', code: 'ECONNRESET', retryAfterMs: undefined },
  ],
  [
    '400 (a card Teams refuses)',
    { statusCode: 400 },
    { kind: 'permanent', code: 'http-400', retryAfterMs: undefined },
  ],
  [
    'a refused connection',
    { code: 'ECONNREFUSED' },
    { kind: 'transient', code: 'ECONNREFUSED', retryAfterMs: undefined },
  ],
  [
    '403 (bot blocked or removed)',
    { statusCode: 403 },
    { kind: 'permanent', code: 'http-403', retryAfterMs: undefined },
  ],
  [
    '404 (conversation gone)',
    { statusCode: 404 },
    { kind: 'permanent', code: 'http-404', retryAfterMs: undefined },
  ],
  [
    '413 (card too big)',
    { statusCode: 413 },
    { kind: 'permanent', code: 'http-413', retryAfterMs: undefined },
  ],
];

describe('toDeliveryError', () => {
  it.each(cases)('treats %s as the outbox needs', (_name, error, expected) => {
    const failure = toDeliveryError(error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect({ kind: failure.kind, code: failure.code, retryAfterMs: failure.retryAfterMs }).toEqual(
      expected,
    );
  });
});
