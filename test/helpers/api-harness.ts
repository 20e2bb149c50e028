// The API on a real express server with the service's app factory: tokens signed by a local
// Entra stand-in, the in-memory register, a fixed clock. For API and tab tests.
import type { RequestHandler } from 'express';
import { createApiRouter, type ApiRouterDeps } from '../../bot/api/api-router';
import { createEntryReader } from '../../bot/api/knowledge-entry';
import { authenticate } from '../../bot/identity/authenticate';
import {
  createDevelopmentTokens,
  type DevelopmentTokens,
} from '../../bot/identity/development-tokens';
import { apiAudiences } from '../../bot/identity/entra-issuers';
import { createPrincipalResolver } from '../../bot/identity/resolve-principal';
import type { RoleSettings } from '../../bot/identity/roles';
import { createTokenValidator } from '../../bot/identity/token-validator';
import type { QaAnswer } from '../../bot/qa/types';
import type { IncidentStore } from '../../bot/store/incident-store';
import { createMemoryStore } from '../../bot/store/memory-store';
import { createMemoryInsightStore } from '../../bot/store/insight-memory-store';
import type { InsightStore } from '../../bot/store/insight-store';
import { unansweredQuestionsRouter } from '../../bot/api/unanswered-questions-route';
import { createMemoryUnansweredStore } from '../../bot/store/unanswered-memory-store';
import type { UnansweredStore } from '../../bot/store/unanswered-store';
import { createApp } from '../../bot/server/create-app';
import { listen, type ListeningServer } from '../../bot/server/http-server';
import type { ServiceMode } from '../../bot/server/service-environment';
import { parseConfig } from '../../shared/policy/parse-config';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { createMemoryRuleMuteStore, type RuleMuteStore } from '../../bot/store/rule-mute-store';
import { captureLog, type CapturedLog } from './log-capture';
import { fakeAnswer } from './fake-answerer';
import {
  API_AUDIENCE,
  CLIENT_ID,
  createLocalEntra,
  ICT_GROUP,
  PRIVACY_OFFICER_GROUP,
  TENANT_ID,
  type LocalEntra,
} from './local-entra';
import { EXAMPLE_CONFIG } from './policy';
import { kindanteKnowledge } from './knowledge';

const ROLES: RoleSettings = {
  ictGroupIds: [ICT_GROUP],
  privacyOfficerGroupIds: [PRIVACY_OFFICER_GROUP],
  appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
};

export interface ApiHarness {
  url: string;
  entra: LocalEntra;
  store: IncidentStore;
  /** The insight counts behind /api/insight. */
  insight: InsightStore;
  /** The bot's unanswered questions behind /api/unanswered-questions. */
  unanswered: UnansweredStore;
  /** The rule mutes behind /api/insight/mutes. */
  mutes: RuleMuteStore;
  log: CapturedLog;
  developmentTokens?: DevelopmentTokens;
  /** Moves the fixed clock. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode?: ServiceMode;
  now?: string;
  rateLimit?: ApiRouterDeps['rateLimit'];
  /** The policy answerer; a small stand-in unless a test needs the real one. */
  answer?: (question: string) => QaAnswer;
  /** The insight counts' store (default: in memory), the add-in's batch rate, the rule mutes' store. */
  insight?: {
    store?: InsightStore;
    eventRate?: { capacity: number; perSecond: number };
    mutes?: RuleMuteStore;
  };
  /** Extra mounts beside /api, e.g. the tab's files. */
  mounts?: { path: string; handler: RequestHandler }[];
}

export async function startApi(options: HarnessOptions = {}): Promise<ApiHarness> {
  const mode = options.mode ?? 'production';
  const entra = await createLocalEntra();
  const store = createMemoryStore();
  const insight = options.insight?.store ?? createMemoryInsightStore();
  const unanswered = createMemoryUnansweredStore();
  const mutes = options.insight?.mutes ?? createMemoryRuleMuteStore();
  const log = captureLog();
  let now = Date.parse(options.now ?? '2026-11-27T09:00:00Z');
  const clock = () => new Date(now);
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const development =
    mode === 'development'
      ? await createDevelopmentTokens({
          mode,
          tenantId: TENANT_ID,
          audience: CLIENT_ID,
          scope: 'access_as_user',
        })
      : undefined;
  const developmentTokens = development?.ok ? development.tokens : undefined;
  const validate = createTokenValidator({
    mode,
    tenantId: TENANT_ID,
    audiences: apiAudiences(CLIENT_ID, API_AUDIENCE),
    requiredScope: 'access_as_user',
    acceptedRoles: [ROLES.appRoles.ict, ROLES.appRoles.privacyOfficer],
    keys: entra.keys,
    ...(developmentTokens ? { developmentKeys: developmentTokens.keys } : {}),
  });
  let nextId = 0;
  const router = createApiRouter({
    authenticate: authenticate({
      validate,
      toPrincipal: createPrincipalResolver({ roles: ROLES }),
      logger: log.logger,
    }),
    incidents: {
      incidents: {
        store,
        clock,
        newId: () => `incident-${++nextId}`,
        organisationName: parsed.config.organisation.name,
        retentionDays: 730,
      },
      enrichReporter: (person) =>
        Promise.resolve({
          person,
          profile: { department: person.id.endsWith('2') ? 'BS De Wissel' : 'OBS Het Anker' },
          isComplete: true,
        }),
    },
    knowledge: {
      answer: options.answer ?? fakeAnswer,
      readEntry: createEntryReader(parsed.config, kindanteKnowledge),
    },
    insight: {
      store: insight,
      incidents: store,
      settings: parsed.config.insight,
      organisationDomains: parsed.config.organisation.domains,
      clock,
      ...(options.insight?.eventRate ? { eventRate: options.insight.eventRate } : {}),
      mutes: { store: mutes, verdicts: buildScanPolicy(parsed.config).verdicts },
    },
    logger: log.logger,
    ...(developmentTokens ? { development: { tokens: developmentTokens, roles: ROLES } } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const app = createApp({
    handleMessages: (_request, response) => {
      response.status(200).end();
    },
    readiness: [],
    logger: log.logger,
    mounts: [
      {
        path: '/api/unanswered-questions',
        handler: unansweredQuestionsRouter({
          authenticate: authenticate({
            validate,
            toPrincipal: createPrincipalResolver({ roles: ROLES }),
            logger: log.logger,
          }),
          store: unanswered,
          clock,
          logger: log.logger,
        }),
      },
      { path: '/api', handler: router },
      ...(options.mounts ?? []),
    ],
  });
  const server: ListeningServer = await listen(app, 0, '127.0.0.1');
  return {
    url: server.url,
    entra,
    store,
    insight,
    unanswered,
    mutes,
    log,
    ...(developmentTokens ? { developmentTokens } : {}),
    advance(ms) {
      now += ms;
    },
    close: () => server.close(),
  };
}

/** Users as Entra would sign them in: a teacher, a colleague, an ICT member, the privacy officer. */
export const USERS = {
  teacher: { oid: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Juf Petra', groups: [] },
  colleague: { oid: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Meester Jan', groups: [] },
  ict: { oid: 'bbbbbbbb-0000-4000-8000-000000000001', name: 'Ed van ICT', groups: [ICT_GROUP] },
  officer: {
    oid: 'cccccccc-0000-4000-8000-000000000001',
    name: 'Fien de FG',
    groups: [],
    roles: ['Privacywacht.PrivacyOfficer'],
  },
} as const;

export type UserName = keyof typeof USERS;

export function tokenFor(harness: ApiHarness, user: UserName): Promise<string> {
  const { oid, name, groups, ...rest } = USERS[user];
  return harness.entra.token({ claims: { oid, name, groups: [...groups], ...rest } });
}

/** A valid report body as the add-in sends it. */
export function reportFor(submissionId: string, changes: Record<string, unknown> = {}) {
  return {
    submissionId,
    kind: 'wrong-recipient',
    occurredDate: '2026-11-27',
    occurredTime: '08:15',
    discoveredDate: '2026-11-27',
    discoveredTime: '08:40',
    dataKinds: ['names-addresses', 'results'],
    subjectGroups: ['pupils', 'parents'],
    affectedCount: 28,
    encrypted: 'no',
    measuresTaken: 'Ontvanger gevraagd de mail te verwijderen.',
    description: 'Cijferlijst van groep 7 naar de verkeerde ouder gestuurd.',
    ...changes,
  };
}
