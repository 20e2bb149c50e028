// The express app: the bot's endpoint, readiness, request logs, and a place to mount more routes
// (the add-in's files, the tab) on the same server.
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { healthzHandler, type ReadinessCheck } from './healthz';
import { hashId, type Logger } from './logger';

/** Teams' bot messages stay under about 100 KB; leave room for card submits. */
const BODY_LIMIT = '256kb';

export interface AppOptions {
  /** Handles POST /api/messages (bot/teams/messages-handler.ts). */
  handleMessages: RequestHandler;
  readiness: readonly ReadinessCheck[];
  logger: Logger;
  /** More routes on the same server, mounted after the bot's own: e.g. express.static for the add-in. */
  mounts?: readonly { path: string; handler: RequestHandler }[];
}

export function createApp({ handleMessages, readiness, logger, mounts = [] }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  // Behind Azure App Service or another proxy on a private network: honour X-Forwarded-Proto/-For.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(requestLog(logger));
  app.post('/api/messages', express.json({ limit: BODY_LIMIT }), handleMessages);
  // The Agents Playground probes the endpoint with HEAD before it sends anything.
  app.head('/api/messages', (_request, response) => {
    response.status(200).end();
  });
  app.get('/healthz', healthzHandler(readiness, logger));
  for (const { path, handler } of mounts) app.use(path, handler);
  app.use(errorResponses(logger));
  return app;
}

/**
 * One line per request: method, the full path (a mounted router's prefix included: Express strips
 * it from `request.path` while the router runs), status, duration, and for bot traffic the activity
 * type. Never the query string: its values may be search words or names.
 */
function requestLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const start = process.hrtime.bigint();
    response.on('finish', () => {
      const body = request.body as { type?: unknown; conversation?: { id?: unknown } } | undefined;
      const conversationId = body?.conversation?.id;
      logger.info({
        event: 'request',
        method: request.method,
        path: pathOf(request.originalUrl),
        status: response.statusCode,
        durationMs: Number(process.hrtime.bigint() - start) / 1e6,
        ...(typeof body?.type === 'string' ? { activityType: body.type } : {}),
        ...(typeof conversationId === 'string' ? { conversation: hashId(conversationId) } : {}),
      });
    });
    next();
  };
}

/** Unreadable or oversized bodies get a bare status, never the parser's message. */
function errorResponses(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; name?: unknown }, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const status = typeof error.status === 'number' && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ event: 'request-failed', error: error.name });
    response.status(status).end();
  };
}

/** The path of a request URL, without its query string. */
function pathOf(url: string): string {
  const end = url.indexOf('?');
  return end < 0 ? url : url.slice(0, end);
}
