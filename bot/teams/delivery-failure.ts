// Turns a failed Bot Connector call into the outbox's DeliveryError, using the one retry policy's
// reading of the failure: throttled when Teams says slow down (429; 503 with Retry-After),
// transient when another try may work (412, 502, 504, resets, timeouts, an open circuit),
// permanent otherwise (400, 401, 403 blocked, 404 gone, 413 too big, a 500 or 503 without a wait).
import { DeliveryError } from '../incidents/channel-poster';
import { classifyFailure } from '../server/retry-policy';

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = classifyFailure(error);
  if (!failure.isRetryable) return new DeliveryError('permanent', failure.code);
  if (failure.retryAfterMs !== undefined || failure.code === 'http-429')
    return new DeliveryError('throttled', failure.code, failure.retryAfterMs);
  return new DeliveryError('transient', failure.code);
}
