// /api/unanswered-questions: the questions the bot could not answer in a period, as scrubbed text
// and counts, largest groups first — for the privacy officer and ICT (the Inzicht view), who can
// turn a group into a new knowledge entry. Nothing in a row says who asked.
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { principalOf } from '../identity/authenticate';
import { canHandleIncidents } from '../identity/roles';
import { ALL_SCHOOLS } from '../../shared/insight/insight-report';
import { topUnanswered } from '../insight/top-unanswered';
import type { Logger } from '../server/logger';
import type { UnansweredStore } from '../store/unanswered-store';
import { sendError } from './api-errors';
import { asyncRoute } from './async-route';
import { parseRequest } from './parse-request';
import { rateLimitPerUser } from './rate-limit';
import type { TokenBucketOptions } from './token-bucket';

const DEFAULT_RATE: TokenBucketOptions = { capacity: 60, perSecond: 1 };

const month = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' });

/** A period of whole months, one school ("*", the default, for all), and how many groups. */
const unansweredQuery = z
  .strictObject({
    from: month,
    to: month,
    school: z.string().trim().min(1).max(200).default(ALL_SCHOOLS),
    limit: z.coerce
      .number<string>()
      .int({ error: 'expected a whole number' })
      .min(1, { error: 'expected 1 or more' })
      .max(100, { error: 'expected 100 or less' })
      .default(20),
  })
  .refine((query) => query.from <= query.to, {
    error: 'expected "from" not after "to"',
    path: ['from'],
  });

export interface UnansweredQuestionsRouteDeps {
  authenticate: RequestHandler;
  store: UnansweredStore;
  clock: () => Date;
  logger: Logger;
  rateLimit?: TokenBucketOptions;
}

export function unansweredQuestionsRouter(deps: UnansweredQuestionsRouteDeps): Router {
  const router = Router();
  router.use(
    deps.authenticate,
    rateLimitPerUser(deps.rateLimit ?? DEFAULT_RATE, deps.clock, deps.logger),
  );
  router.get(
    '/',
    asyncRoute(async (request, response) => {
      if (!canHandleIncidents(principalOf(response))) {
        sendError(response, 'forbidden');
        return;
      }
      const query = parseRequest(unansweredQuery, request.query, response);
      if (!query) return;
      const groups = await deps.store.listGroups(query.from, query.to);
      response.setHeader('cache-control', 'no-store').json({
        from: query.from,
        to: query.to,
        school: query.school,
        groups: topUnanswered(groups, { school: query.school, limit: query.limit }),
      });
    }),
  );
  return router;
}
