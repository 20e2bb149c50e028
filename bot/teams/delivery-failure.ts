// Turns a failed Bot Connector call into the outbox's DeliveryError: 429 is throttling (with
// Teams' Retry-After), 412, 5xx, timeouts and network errors are transient, and 403 (bot blocked or
// removed), 404 (conversation gone) and 413 (card too big) will not get better by retrying.
import { DeliveryError } from '../incidents/channel-poster';

const PERMANENT = new Set([400, 401, 403, 404, 413]);

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = error as {
    statusCode?: unknown;
    code?: unknown;
    response?: { headers?: unknown };
  };
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  if (status === undefined)
    return new DeliveryError(
      'transient',
      typeof failure.code === 'string' ? failure.code : 'network',
    );
  if (status === 429)
    return new DeliveryError('throttled', 'http-429', retryAfterMs(failure.response?.headers));
  if (PERMANENT.has(status)) return new DeliveryError('permanent', `http-${status}`);
  return new DeliveryError('transient', `http-${status}`);
}

/** Retry-After in seconds (Teams sends seconds); undefined when absent or unreadable. */
function retryAfterMs(headers: unknown): number | undefined {
  const value =
    typeof (headers as { get?: unknown } | undefined)?.get === 'function'
      ? (headers as { get: (name: string) => string | undefined }).get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  if (value === undefined || value === null) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
