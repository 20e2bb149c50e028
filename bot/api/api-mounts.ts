// Composes the API for the service: identity settings from the config and environment, the sign-in
// check, Microsoft Graph when a client secret is set, and the router. The wiring is one call:
//   const api = await createApiMounts({ config, env, store, answer, knowledge, logger });
//   if (!api.ok) exit(api.error); startService({ ..., mounts: api.mounts });
import { randomUUID } from 'node:crypto';
import type { Config } from '../../shared/policy/config-schema';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import type { QaAnswer } from '../qa/types';
import { createApiAuthentication } from '../identity/api-authentication';
import { createGraphClient } from '../identity/graph-client';
import { createGraphTokenSource } from '../identity/graph-token-source';
import { readIdentitySettings } from '../identity/identity-settings';
import { createReporterEnricher, type ReporterEnricher } from '../identity/reporter-enricher';
import type { Logger } from '../server/logger';
import type { IncidentStore } from '../store/incident-store';
import type { InsightStore } from '../store/insight-store';
import type { UnansweredStore } from '../store/unanswered-store';
import type { RuleMuteStore } from '../store/rule-mute-store';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { authoritiesFromConfig } from '../incidents/authorities';
import { DEFAULT_NOTICE_CONTACT, type NoticeContact } from '../incidents/subject-notice';
import { createApiRouter } from './api-router';
import { createEntryReader } from './knowledge-entry';
import { policyPackRouter, type PolicyPackRouterDeps } from './policy-pack-router';
import { unansweredQuestionsRouter } from './unanswered-questions-route';

export interface ApiMountsOptions {
  config: Config;
  env: NodeJS.ProcessEnv;
  /** The register; with `insight` (openStore gives it) the insight counts are served too. */
  store: IncidentStore & {
    insight?: InsightStore;
    unanswered?: UnansweredStore;
    /** The privacy officer's rule mutes per school (served under /api/insight/mutes). */
    ruleMutes?: RuleMuteStore;
  };
  answer: (question: string) => QaAnswer;
  /** The current policy pack's entries, for reading one in the tab. */
  knowledge: () => readonly KnowledgeEntry[];
  /** The pack's errors, review dates and edits for the privacy officer (/api/policy-pack). */
  policyPack?: Pick<PolicyPackRouterDeps, 'source' | 'editor'>;
  logger: Logger;
  clock?: () => Date;
}

export type ApiMounts =
  | {
      ok: true;
      mounts: { path: string; handler: ReturnType<typeof createApiRouter> }[];
      /** Present when Graph is configured: also for the card actions' handler check. */
      enricher?: ReporterEnricher;
    }
  | { ok: false; error: string };

const API_PATH = '/api';

export async function createApiMounts(options: ApiMountsOptions): Promise<ApiMounts> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const identity = readIdentitySettings(config, options.env);
  if (!identity.ok) return identity;
  const { settings } = identity;

  const enricher = settings.clientSecret
    ? createReporterEnricher({
        graph: createGraphClient({
          tokens: createGraphTokenSource({
            tenantId: settings.tenantId,
            clientId: settings.clientId,
            clientSecret: settings.clientSecret,
          }),
          logger,
        }),
        logger,
        clock,
      })
    : undefined;
  if (!enricher) logger.warn({ event: 'graph-not-configured' });

  const auth = await createApiAuthentication({
    settings,
    logger,
    ...(enricher ? { memberGroups: enricher.memberGroups } : {}),
  });
  const router = createApiRouter({
    authenticate: auth.authenticate,
    incidents: {
      incidents: {
        store: options.store,
        clock,
        newId: randomUUID,
        organisationName: config.organisation.name,
        retentionDays: config.incidents.retentionDays,
        noticeContact: noticeContact(config),
        authorities: authoritiesFromConfig(config.incidents.authorities),
      },
      ...(enricher ? { enrichReporter: enricher.enrich } : {}),
    },
    knowledge: { answer: options.answer, readEntry: createEntryReader(config, options.knowledge) },
    ...(options.store.insight
      ? {
          insight: {
            store: options.store.insight,
            incidents: options.store,
            settings: config.insight,
            organisationDomains: config.organisation.domains,
            clock,
            ...(options.store.ruleMutes
              ? {
                  mutes: {
                    store: options.store.ruleMutes,
                    verdicts: buildScanPolicy(config).verdicts,
                  },
                }
              : {}),
          },
        }
      : {}),
    logger,
    ...(auth.developmentTokens
      ? { development: { tokens: auth.developmentTokens, roles: settings.roles } }
      : {}),
  });
  return {
    ok: true,
    mounts: [
      ...(options.policyPack
        ? [
            {
              path: `${API_PATH}/policy-pack`,
              handler: policyPackRouter({
                ...options.policyPack,
                authenticate: auth.authenticate,
                clock,
                logger,
              }),
            },
          ]
        : []),
      ...(options.store.unanswered
        ? [
            {
              path: `${API_PATH}/unanswered-questions`,
              handler: unansweredQuestionsRouter({
                authenticate: auth.authenticate,
                store: options.store.unanswered,
                clock,
                logger,
              }),
            },
          ]
        : []),
      { path: API_PATH, handler: router },
    ],
    ...(enricher ? { enricher } : {}),
  };
}

/** The letter's contact: the privacy officer's role and role addresses, never a person's own. */
function noticeContact(config: Config): NoticeContact {
  const officer = config.contacts.privacyOfficer;
  return {
    role: officer?.role ? { nl: officer.role, en: officer.role } : DEFAULT_NOTICE_CONTACT.role,
    ...(officer?.email ? { email: officer.email } : {}),
    ...(officer?.phone ? { phone: officer.phone } : {}),
  };
}
