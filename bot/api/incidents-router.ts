// /api/incidents: report (the Outlook add-in, the tab), my reports, the register (ICT and privacy
// officer), one incident with its audit trail, status changes through the incident service (the
// same status machine as the card actions), and the CSV export.
import { Router, type Response } from 'express';
import { buildApDraft, buildApFollowUpDraft } from '../incidents/ap-draft';
import type { BreachDecision } from '../incidents/breach-decision';
import { DOCX_CONTENT_TYPE, letterToDocx } from '../incidents/letter-docx';
import { LETTER_NAMES, letterFileName } from '../../shared/incidents/letter-names';
import type { Incident } from '../incidents/incident';
import { createIncidentService, type IncidentServiceDeps } from '../incidents/incident-service';
import type { Person } from '../incidents/report';
import { bearerToken, principalOf } from '../identity/authenticate';
import type { Principal } from '../identity/principal';
import type { EnrichedReporter } from '../identity/reporter-enricher';
import { canHandleIncidents, canSeeIncident } from '../identity/roles';
import { sendError } from './api-errors';
import { asyncRoute } from './async-route';
import { incidentDetail, type IncidentDetail } from './incident-detail';
import { incidentSummary } from './incident-summary';
import { parseRequest } from './parse-request';
import { filterRegister } from './register-filter';
import { reporterRecord } from './reporter-record';
import {
  actionBody,
  breachDecisionBody,
  exportQuery,
  listQuery,
  reportBody,
} from './request-schemas';

export interface IncidentsRouterDeps {
  /** The incident service's dependencies; the API supplies `canHandle` from the caller's token. */
  incidents: Omit<IncidentServiceDeps, 'canHandle'>;
  /** Graph enrichment of the reporter (reporter-enricher.ts); without it the token's name is kept. */
  enrichReporter?: (person: Person, userToken?: string) => Promise<EnrichedReporter>;
}

const personOf = (principal: Principal): Person => ({
  id: principal.id,
  name: principal.name,
  ...(principal.email ? { email: principal.email } : {}),
});

export function incidentsRouter(deps: IncidentsRouterDeps): Router {
  const { store, clock } = deps.incidents;
  // The caller's token decides who may handle incidents: the service asks only about the caller.
  const serviceFor = (principal: Principal) =>
    createIncidentService({
      ...deps.incidents,
      canHandle: (actor) => actor.id === principal.id && canHandleIncidents(principal),
    });
  const authorities = deps.incidents.authorities ?? [];
  /** The detail view; for handlers with the AP draft (marked) and, once notified, the follow-up. */
  const detailOf = async (
    incident: Incident,
    isHandler: boolean,
    decided?: BreachDecision,
  ): Promise<IncidentDetail> => {
    const now = clock();
    const decision = isHandler
      ? (decided ?? (await store.listBreachDecisions(incident.id)).at(-1))
      : undefined;
    const options = { now, ...(decision ? { decision } : {}) };
    const organisation = deps.incidents.organisationName;
    const followUp = isHandler ? buildApFollowUpDraft(incident, organisation, options) : undefined;
    return incidentDetail(
      incident,
      await store.listAudit(incident.id),
      now,
      isHandler
        ? {
            apDraft: buildApDraft(incident, organisation, options),
            ...(followUp ? { apFollowUpDraft: followUp } : {}),
          }
        : undefined,
      decision,
      authorities,
    );
  };
  const handlerOnly = (response: Response): Principal | undefined => {
    const principal = principalOf(response);
    if (canHandleIncidents(principal)) return principal;
    sendError(response, 'forbidden');
    return undefined;
  };

  const router = Router();

  router.post(
    '/',
    asyncRoute(async (request, response) => {
      const body = parseRequest(reportBody, request.body, response);
      if (!body) return;
      const principal = principalOf(response);
      const person = personOf(principal);
      const reporter = deps.enrichReporter
        ? reporterRecord(
            await deps.enrichReporter(person, bearerToken(request.headers.authorization)),
          )
        : person;
      const { submissionId, dataKinds, subjectGroups, ...fields } = body;
      // The report form's shape: multi-selects as "a,b", the count as text.
      const result = await serviceFor(principal).submitReport(
        {
          ...fields,
          dataKinds: dataKinds.join(','),
          subjectGroups: subjectGroups.join(','),
          affectedCount: String(body.affectedCount),
        },
        reporter,
        `${principal.id}:${submissionId}`,
      );
      if (!result.ok) {
        sendError(response, 'invalid-request', {
          problems: result.errors.map(({ field, nl, en }) => ({ path: field, nl, en })),
        });
        return;
      }
      response.status(result.created ? 201 : 200).json({
        incident: incidentSummary(result.incident, clock()),
        receipt: result.receipt,
      });
    }),
  );

  router.get(
    '/mine',
    asyncRoute(async (_request, response) => {
      const principal = principalOf(response);
      const now = clock();
      const mine = (await store.listIncidents()).filter(
        (incident) => incident.reporter.id === principal.id,
      );
      response.json({
        incidents: mine.reverse().map((incident) => incidentSummary(incident, now)),
      });
    }),
  );

  router.get(
    '/',
    asyncRoute(async (request, response) => {
      if (!handlerOnly(response)) return;
      const filter = parseRequest(listQuery, request.query, response);
      if (!filter) return;
      const now = clock();
      const incidents = filterRegister(await store.listIncidents(), filter).reverse();
      response.json({ incidents: incidents.map((incident) => incidentSummary(incident, now)) });
    }),
  );

  router.get(
    '/export.csv',
    asyncRoute(async (request, response) => {
      const principal = handlerOnly(response);
      if (!principal) return;
      const query = parseRequest(exportQuery, request.query, response);
      if (!query) return;
      const csv = await serviceFor(principal).exportRegister('csv', query.since);
      response
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', 'attachment; filename="datalekregister.csv"')
        .setHeader('cache-control', 'no-store')
        // A byte-order mark, so Excel reads the UTF-8 (ë, é) right.
        .send(`\uFEFF${csv}`);
    }),
  );

  router.get(
    '/:id',
    asyncRoute(async (request, response) => {
      const principal = principalOf(response);
      const incident = await store.getIncident(request.params['id'] ?? '');
      // Someone else's incident is "not found": its existence is not theirs to know either.
      if (!incident || !canSeeIncident(principal, incident)) {
        sendError(response, 'not-found');
        return;
      }
      response.json(await detailOf(incident, canHandleIncidents(principal)));
    }),
  );

  router.post(
    '/:id/actions',
    asyncRoute(async (request, response) => {
      const principal = handlerOnly(response);
      if (!principal) return;
      const action = parseRequest(actionBody, request.body, response);
      if (!action) return;
      const result = await serviceFor(principal).act(
        request.params['id'] ?? '',
        action,
        personOf(principal),
      );
      if (!result.ok) {
        sendError(response, result.code, { reason: result.reason });
        return;
      }
      response.json({ changed: result.changed, ...(await detailOf(result.incident, true)) });
    }),
  );

  router.get(
    '/:id/letters',
    asyncRoute(async (request, response) => {
      const principal = handlerOnly(response);
      if (!principal) return;
      const letters = await serviceFor(principal).letters(request.params['id'] ?? '');
      if (!letters) {
        sendError(response, 'not-found');
        return;
      }
      response.setHeader('cache-control', 'no-store').json(letters);
    }),
  );

  // A draft letter as a Word file to edit and send by hand (notice.docx, deletion-request.docx).
  router.get(
    '/:id/letters/:file',
    asyncRoute(async (request, response) => {
      const principal = handlerOnly(response);
      if (!principal) return;
      const name = LETTER_NAMES.find((item) => `${item}.docx` === request.params['file']);
      const id = request.params['id'] ?? '';
      const letters = name ? await serviceFor(principal).letters(id) : undefined;
      const letter = name === 'deletion-request' ? letters?.deletionRequest : letters?.notice;
      const incident = letter ? await store.getIncident(id) : undefined;
      if (!name || !letter || !incident) {
        sendError(response, 'not-found');
        return;
      }
      const bytes = await letterToDocx(letter);
      response
        .status(200)
        .type(DOCX_CONTENT_TYPE)
        .setHeader(
          'content-disposition',
          `attachment; filename="${letterFileName(name, incident.number)}"`,
        )
        .setHeader('cache-control', 'no-store')
        .send(bytes);
    }),
  );

  router.post(
    '/:id/breach-decision',
    asyncRoute(async (request, response) => {
      const principal = handlerOnly(response);
      if (!principal) return;
      const body = parseRequest(breachDecisionBody, request.body, response);
      if (!body) return;
      const result = await serviceFor(principal).decideBreach(
        request.params['id'] ?? '',
        body,
        personOf(principal),
      );
      if (!result.ok) {
        sendError(response, result.code, {
          reason: result.errors
            ? {
                nl: result.errors.map((error) => error.nl).join(' '),
                en: result.errors.map((error) => error.en).join(' '),
              }
            : result.reason,
        });
        return;
      }
      response.json(await detailOf(result.incident, true, result.decision));
    }),
  );

  return router;
}
