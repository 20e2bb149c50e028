// The service's HTTP API under /api: sign-in check, per-user rate limit, size-limited JSON, then
// incidents and the knowledge base; in development mode also the development token path.
// Mount with createApp({ mounts: [{ path: '/api', handler: createApiRouter(deps) }] }).
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import type { DevelopmentTokens } from '../identity/development-tokens';
import type { RoleSettings } from '../identity/roles';
import type { Logger } from '../server/logger';
import { sendError } from './api-errors';
import { developmentTokenRouter } from './development-token-route';
import { incidentsRouter, type IncidentsRouterDeps } from './incidents-router';
import { insightRouter, type InsightRouterDeps } from './insight-router';
import { knowledgeRouter, type KnowledgeRouterDeps } from './knowledge-router';
import { rateLimitPerUser } from './rate-limit';
import type { TokenBucketOptions } from './token-bucket';

/** A report is a few KB of text; anything much larger is not one. */
const BODY_LIMIT = '32kb';
/** A burst of 60 requests, then one a second: ample for a person clicking through the tab. */
const DEFAULT_RATE: TokenBucketOptions = { capacity: 60, perSecond: 1 };

export interface ApiRouterDeps {
  /** From createApiAuthentication (bot/identity/api-authentication.ts). */
  authenticate: RequestHandler;
  incidents: IncidentsRouterDeps;
  knowledge: KnowledgeRouterDeps;
  /** The insight counts (issue 17); without it /api/insight is not served. */
  insight?: InsightRouterDeps;
  logger: Logger;
  /** Present in development mode only. */
  development?: { tokens: DevelopmentTokens; roles: RoleSettings };
  rateLimit?: TokenBucketOptions;
}

export function createApiRouter(deps: ApiRouterDeps): Router {
  const router = Router();
  if (deps.development)
    router.use('/dev', developmentTokenRouter(deps.development.tokens, deps.development.roles));
  const readRate = rateLimitPerUser(
    deps.rateLimit ?? DEFAULT_RATE,
    deps.incidents.incidents.clock,
    deps.logger,
  );
  if (deps.insight) router.use('/insight', insightRouter(deps.insight, { ...deps, readRate }));
  router.use(
    ['/incidents', '/knowledge'],
    deps.authenticate,
    readRate,
    express.json({ limit: BODY_LIMIT }),
  );
  router.use('/incidents', incidentsRouter(deps.incidents));
  router.use('/knowledge', knowledgeRouter(deps.knowledge));
  router.use(bodyErrors);
  return router;
}

/** The JSON parser's failures, as the catalogue's 400 and 413; anything else goes on. */
const bodyErrors: ErrorRequestHandler = (error: { type?: unknown }, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  if (error.type === 'entity.parse.failed') sendError(response, 'invalid-json');
  else if (error.type === 'entity.too.large') sendError(response, 'too-large');
  else next(error);
};
