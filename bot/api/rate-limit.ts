// Per-user rate limit for the API, behind authenticate: a token bucket per signed-in user, in
// memory (each instance limits on its own; good enough to stop a runaway client or script).
import type { RequestHandler } from 'express';
import { principalOf } from '../identity/authenticate';
import { hashId, type Logger } from '../server/logger';
import { sendError } from './api-errors';
import { createTokenBuckets, type TokenBucketOptions } from './token-bucket';

export function rateLimitPerUser(
  options: TokenBucketOptions,
  clock: () => Date,
  logger: Logger,
): RequestHandler {
  const buckets = createTokenBuckets(options);
  return (_request, response, next) => {
    const userId = principalOf(response).id;
    const taken = buckets.take(userId, clock().getTime());
    if (taken.ok) {
      next();
      return;
    }
    logger.warn({ event: 'rate-limited', user: hashId(userId) });
    response.setHeader('retry-after', String(taken.retryAfterSeconds));
    sendError(response, 'too-many-requests');
  };
}
