// /api/insight: the add-in posts its counted events (any signed-in member, rate-limited per user);
// the privacy officer and ICT read the figures of a period and download them as CSV. Counts are
// kept per school and for the whole board; the caller's id goes to the store only for the
// distinct-sender hashes (insight-store.ts). Months are closed and pruned here, at most hourly.
import express, { Router, type RequestHandler, type Response } from 'express';
import { countCells } from '../../shared/insight/insight-cells';
import { insightBatch, type InsightEvent } from '../../shared/insight/insight-events';
import {
  ALL_SCHOOLS,
  buildInsightReport,
  periodBreachFigures,
} from '../../shared/insight/insight-report';
import { addMonths, amsterdamMonth } from '../../shared/insight/months';
import { schoolOfDomain } from '../../shared/insight/school-of-domain';
import type { Config } from '../../shared/policy/config-schema';
import { principalOf } from '../identity/authenticate';
import { canHandleIncidents } from '../identity/roles';
import type { Logger } from '../server/logger';
import type { IncidentStore } from '../store/incident-store';
import type { InsightStore } from '../store/insight-store';
import type { RuleMuteChange, RuleMuteStore } from '../store/rule-mute-store';
import { activeMutes, mutedRulesOf, type ActiveMute } from '../insight/rule-mutes';
import { isMutable } from '../../shared/insight/rule-mutes';
import { scrubQuestion } from '../../shared/insight/scrub-question';
import type { RuleId, Verdict } from '../../shared/scan/types';
import { sendError } from './api-errors';
import { asyncRoute } from './async-route';
import { breachFacts } from '../insight/breach-facts';
import { insightToCsv } from './insight-csv';
import { insightQuery, muteChange, muteQuery } from './insight-schemas';
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
  /** Adaptive muting: rules lowered to a notice per school; without it /mutes is not served. */
  mutes?: {
    store: RuleMuteStore;
    /** The configured verdict per rule: only a warning can be lowered. */
    verdicts: Readonly<Record<RuleId, Verdict>>;
  };
}

const ONLY_PRIVACY_OFFICER = {
  nl: 'Alleen de FG kan een regel voor een school verlagen of terugzetten.',
  en: 'Only the privacy officer can lower or restore a rule for a school.',
};

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
    return {
      report: buildInsightReport(cells, breaches, query),
      schools,
      /** The register's counts over the whole period, for the printable audit page. */
      breachTotals: periodBreachFigures(breaches, query),
    };
  }

  if (deps.mutes) router.use('/mutes', muteRouter(deps.mutes, deps, logger));

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

/** What GET and POST /api/insight/mutes answer. */
export interface RuleMutesAnswer {
  canChange: boolean;
  mutes: ActiveMute[];
  history: (Omit<RuleMuteChange, 'actor'> & { by: string })[];
}

/**
 * /api/insight/mutes: the add-in reads the rules lowered for its sender's domain (any signed-in
 * member); ICT and the privacy officer read the mutes and their audit trail; only the privacy
 * officer lowers or restores one, with a reason (scrubbed like a question before it is stored).
 */
function muteRouter(
  mutes: NonNullable<InsightRouterDeps['mutes']>,
  deps: Pick<InsightRouterDeps, 'settings' | 'organisationDomains' | 'clock'>,
  logger: Logger,
): Router {
  const router = Router();
  const state = async (response: Response): Promise<RuleMutesAnswer> => {
    const history = await mutes.store.history();
    return {
      /** Whether the caller may lower or restore (the privacy officer). */
      canChange: principalOf(response).roles.includes('privacy-officer'),
      mutes: activeMutes(history),
      // Newest first; who by name only.
      history: history.map(({ actor, ...change }) => ({ ...change, by: actor.name })).reverse(),
    };
  };

  router.get(
    '/mine',
    asyncRoute(async (request, response) => {
      const query = parseRequest(muteQuery, request.query, response);
      if (!query) return;
      const school = schoolOfDomain(query.domain, deps.settings.schools, deps.organisationDomains);
      const rules = mutedRulesOf(await mutes.store.history(), school);
      response.setHeader('cache-control', 'no-store').json({ school, rules });
    }),
  );

  router.get(
    '/',
    asyncRoute(async (_request, response) => {
      if (!canHandleIncidents(principalOf(response))) {
        sendError(response, 'forbidden');
        return;
      }
      response.setHeader('cache-control', 'no-store').json(await state(response));
    }),
  );

  router.post(
    '/',
    express.json({ limit: '8kb' }),
    asyncRoute(async (request, response) => {
      const principal = principalOf(response);
      if (!principal.roles.includes('privacy-officer')) {
        sendError(response, 'forbidden', { reason: ONLY_PRIVACY_OFFICER });
        return;
      }
      const change = parseRequest(muteChange, request.body, response);
      if (!change) return;
      const isMuted = mutedRulesOf(await mutes.store.history(), change.school).includes(
        change.rule,
      );
      if (change.kind === 'mute' && !isMutable(mutes.verdicts[change.rule])) {
        sendError(response, 'refused', {
          reason: {
            nl: 'Alleen een regel die waarschuwt kan naar een melding; een blokkade blijft staan.',
            en: 'Only a rule that warns can be lowered to a notice; a block stays.',
          },
        });
        return;
      }
      if ((change.kind === 'mute') === isMuted) {
        sendError(response, 'refused', {
          reason: isMuted
            ? {
                nl: 'Deze regel is voor deze school al een melding.',
                en: 'This rule is a notice for this school already.',
              }
            : {
                nl: 'Deze regel is voor deze school niet verlaagd.',
                en: 'This rule is not lowered for this school.',
              },
        });
        return;
      }
      await mutes.store.record({
        school: change.school,
        rule: change.rule,
        kind: change.kind,
        at: deps.clock().toISOString(),
        actor: { id: principal.id, name: principal.name },
        reason: scrubQuestion(change.reason),
      });
      logger.info({ event: 'rule-mute', kind: change.kind, rule: change.rule });
      response.setHeader('cache-control', 'no-store').json(await state(response));
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
