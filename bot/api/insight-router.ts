// /api/insight: the add-in posts its counted events (any signed-in member, rate-limited per user);
// the privacy officer and ICT read the figures of a period and download them as CSV. Counts are
// kept per school and for the whole board; the caller's id goes to the store only for the
// distinct-sender hashes (insight-store.ts). Months are closed and pruned here, at most hourly.
import express, { Router, type RequestHandler, type Response } from 'express';
import { countCells } from '../../shared/insight/insight-cells';
import { insightBatch, type InsightEvent } from '../../shared/insight/insight-events';
import { ALL_SCHOOLS, buildInsightReport } from '../../shared/insight/insight-report';
import { addMonths, amsterdamMonth } from '../../shared/insight/months';
import { schoolOfDomain } from '../../shared/insight/school-of-domain';
import type { Config } from '../../shared/policy/config-schema';
import { principalOf } from '../identity/authenticate';
import { canHandleIncidents } from '../identity/roles';
import type { Logger } from '../server/logger';
import type { IncidentStore } from '../store/incident-store';
import type { InsightStore } from '../store/insight-store';
import { sendError } from './api-errors';
import { asyncRoute } from './async-route';
import { breachFacts } from './insight-breaches';
import { insightToCsv } from './insight-csv';
import { insightQuery } from './insight-schemas';
import { parseRequest } from './parse-request';
import { rateLimitPerUser } from './rate-limit';
import type { TokenBucketOptions } from './token-bucket';

export interface InsightRouterDeps {
  store: InsightStore;
  /** The breach register, for reports per kind and the 72-hour deadline. */
  incidents: Pick<IncidentStore, 'listIncidents'>;
  settings: Config['insight'];
  organisationDomains: readonly string[];
  clock: () => Date;
  /** Per user, for the add-in's batches; the reading routes use the API's own limit. */
  eventRate?: TokenBucketOptions;
}

/** The add-in sends a batch when a compose window opens: a burst of 20, then one every 30 s. */
const EVENT_RATE: TokenBucketOptions = { capacity: 20, perSecond: 1 / 30 };
const BATCH_LIMIT = '64kb';
const HOUR_MS = 3_600_000;

export function insightRouter(
  deps: InsightRouterDeps,
  edge: { authenticate: RequestHandler; readRate: RequestHandler; logger: Logger },
): Router {
  const { store, clock, settings } = deps;
  const { logger } = edge;
  let maintainedAt = Number.NEGATIVE_INFINITY;

  /** Closes months before last month (the hashes go) and drops months past retention. */
  async function maintain(now: Date): Promise<void> {
    if (now.getTime() - maintainedAt < HOUR_MS) return;
    maintainedAt = now.getTime();
    const month = amsterdamMonth(now);
    await store.closeMonthsBefore(addMonths(month, -1));
    await store.pruneBefore(addMonths(month, -settings.retentionMonths));
  }

  const handlerOnly = (response: Response): boolean => {
    if (canHandleIncidents(principalOf(response))) return true;
    sendError(response, 'forbidden');
    return false;
  };

  const router = Router();
  router.post(
    '/events',
    edge.authenticate,
    rateLimitPerUser(deps.eventRate ?? EVENT_RATE, clock, logger),
    express.json({ limit: BATCH_LIMIT }),
    asyncRoute(async (request, response) => {
      const batch = parseRequest(insightBatch, request.body, response);
      if (!batch) return;
      const now = clock();
      await maintain(now);
      const month = amsterdamMonth(now);
      // Only this month and last: older months are closed, their senders no longer countable.
      const open = new Set([month, addMonths(month, -1)]);
      const accepted = batch.events.filter((event) => open.has(event.month));
      const sender = principalOf(response).id;
      for (const [key, events] of groupBySchool(accepted, deps)) {
        const [eventMonth, school] = key.split('\n') as [string, string];
        const cells = countCells(events);
        await store.record({ month: eventMonth, school, cells, sender });
        await store.record({ month: eventMonth, school: ALL_SCHOOLS, cells, sender });
      }
      logger.info({
        event: 'insight-recorded',
        accepted: accepted.length,
        ignored: batch.events.length - accepted.length,
      });
      response.status(202).json({ accepted: accepted.length });
    }),
  );

  router.use(edge.authenticate, edge.readRate);

  async function report(request: express.Request, response: Response) {
    if (!handlerOnly(response)) return undefined;
    const query = parseRequest(insightQuery, request.query, response);
    if (!query) return undefined;
    await maintain(clock());
    const [cells, incidents] = await Promise.all([
      store.listCells(query.from, query.to),
      deps.incidents.listIncidents(),
    ]);
    const breaches = breachFacts(incidents).filter(
      (fact) => fact.month >= query.from && fact.month <= query.to,
    );
    const schools = [
      ...new Set([
        ...cells.map((cell) => cell.school).filter((school) => school !== ALL_SCHOOLS),
        ...breaches.map((fact) => fact.school),
      ]),
    ].sort();
    return { report: buildInsightReport(cells, breaches, query), schools };
  }

  router.get(
    '/',
    asyncRoute(async (request, response) => {
      const result = await report(request, response);
      if (result) response.setHeader('cache-control', 'no-store').json(result);
    }),
  );

  router.get(
    '/export.csv',
    asyncRoute(async (request, response) => {
      const result = await report(request, response);
      if (!result) return;
      const { from, to } = result.report;
      response
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader(
          'content-disposition',
          `attachment; filename="privacywacht-inzicht-${from}-${to}.csv"`,
        )
        .setHeader('cache-control', 'no-store')
        // A byte-order mark, so Excel reads the UTF-8 right.
        .send(`\uFEFF${insightToCsv(result.report)}`);
    }),
  );
  return router;
}

/** The events per month and school: "month\nschool" → events. */
function groupBySchool(
  events: readonly InsightEvent[],
  deps: Pick<InsightRouterDeps, 'settings' | 'organisationDomains'>,
): Map<string, InsightEvent[]> {
  const groups = new Map<string, InsightEvent[]>();
  for (const event of events) {
    const school = schoolOfDomain(event.domain, deps.settings.schools, deps.organisationDomains);
    const key = `${event.month}\n${school}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return groups;
}
