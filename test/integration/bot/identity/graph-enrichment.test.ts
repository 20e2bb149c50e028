import { createGraphClient } from '../../../../bot/identity/graph-client';
import { createGraphTokenSource } from '../../../../bot/identity/graph-token-source';
import {
  createReporterEnricher,
  type ReporterEnricher,
} from '../../../../bot/identity/reporter-enricher';
import { captureLog, type CapturedLog } from '../../../helpers/log-capture';
import { startGraphStub, type GraphStub } from '../../../helpers/graph-stub';
import {
  CLIENT_ID,
  ICT_GROUP,
  PRIVACY_OFFICER_GROUP,
  TENANT_ID,
} from '../../../helpers/local-entra';

const PETRA = { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'P. (from token)' };

let stub: GraphStub;
let log: CapturedLog;
let now: number;
let enricher: ReporterEnricher;

beforeEach(async () => {
  stub = await startGraphStub();
  stub.users.set(PETRA.id, {
    displayName: 'Petra de Vries',
    jobTitle: 'Leerkracht groep 5',
    department: 'BS De Wissel',
    officeLocation: 'Roermond',
    groupIds: [ICT_GROUP],
  });
  log = captureLog();
  now = Date.parse('2026-11-29T09:00:00Z');
  const tokens = createGraphTokenSource({
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    clientSecret: 'test-secret',
    authority: stub.authority(TENANT_ID),
  });
  enricher = createReporterEnricher({
    graph: createGraphClient({ tokens, baseUrl: stub.url }),
    logger: log.logger,
    clock: () => new Date(now),
  });
});
afterEach(() => stub.close());

const graphCalls = () => stub.calls.filter((call) => call.path.startsWith('/v1.0/'));
const tokenCalls = () => stub.calls.filter((call) => call.path.endsWith('/token'));

describe('reporter enrichment through msal-node and Graph', () => {
  it("adds the reporter's name, job title, school and office, with an app token from msal-node", async () => {
    const enriched = await enricher.enrich(PETRA);
    expect(enriched).toEqual({
      person: { ...PETRA, name: 'Petra de Vries' },
      profile: {
        displayName: 'Petra de Vries',
        jobTitle: 'Leerkracht groep 5',
        department: 'BS De Wissel',
        officeLocation: 'Roermond',
      },
      isComplete: true,
    });
    expect(tokenCalls()).toEqual([expect.objectContaining({ grantType: 'client_credentials' })]);
    expect(graphCalls()).toEqual([
      expect.objectContaining({
        path: `/v1.0/users/${PETRA.id}`,
        authorization: 'Bearer stub-app-token',
      }),
    ]);
  });

  it("reads the user's own profile on their behalf when their token is given", async () => {
    const enriched = await enricher.enrich(PETRA, 'the-users-access-token');
    expect(enriched.profile.department).toBe('BS De Wissel');
    expect(tokenCalls()).toEqual([
      expect.objectContaining({ grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer' }),
    ]);
    expect(graphCalls()).toEqual([
      expect.objectContaining({ path: '/v1.0/me', authorization: 'Bearer stub-obo-token' }),
    ]);
  });

  it('asks Graph once within the cache lifetime and again after it', async () => {
    await enricher.enrich(PETRA);
    await enricher.enrich(PETRA);
    expect(graphCalls()).toHaveLength(1);
    expect(tokenCalls()).toHaveLength(1);
    now += 6 * 60_000;
    await enricher.enrich(PETRA);
    expect(graphCalls()).toHaveLength(2);
  });

  it('answers which configured groups the user is in, cached', async () => {
    expect(await enricher.memberGroups(PETRA.id, [ICT_GROUP, PRIVACY_OFFICER_GROUP])).toEqual([
      ICT_GROUP,
    ]);
    await enricher.memberGroups(PETRA.id, [PRIVACY_OFFICER_GROUP, ICT_GROUP]);
    expect(graphCalls()).toHaveLength(1);
  });

  it('with Graph failing, gives what is known, marks the reporter for later, and enriches later', async () => {
    stub.behave({ kind: 'failing' });
    const enriched = await enricher.enrich(PETRA);
    expect(enriched).toEqual({ person: PETRA, profile: {}, isComplete: false });
    expect(enricher.pendingUserIds()).toEqual([PETRA.id]);
    expect(await enricher.memberGroups(PETRA.id, [ICT_GROUP])).toBeUndefined();

    stub.behave({ kind: 'ok' });
    const later = await enricher.retryPending();
    expect(later.map(({ userId, profile }) => [userId, profile.department])).toEqual([
      [PETRA.id, 'BS De Wissel'],
    ]);
    expect(enricher.pendingUserIds()).toEqual([]);
  });

  it('when throttled, does not ask again before Retry-After has passed', async () => {
    stub.behave({ kind: 'throttled', retryAfterSeconds: 120 });
    expect((await enricher.enrich(PETRA)).isComplete).toBe(false);
    stub.behave({ kind: 'ok' });
    now += 60_000;
    expect((await enricher.enrich(PETRA)).isComplete).toBe(false);
    expect(await enricher.retryPending()).toEqual([]);
    expect(graphCalls()).toHaveLength(1);
    now += 61_000;
    expect((await enricher.enrich(PETRA)).isComplete).toBe(true);
    expect(log.entries()).toContainEqual(
      expect.objectContaining({ event: 'graph-throttled', retryAfterSeconds: 120 }),
    );
  });

  it('with the token endpoint unreachable, gives what is known without throwing', async () => {
    await stub.close();
    const enriched = await enricher.enrich(PETRA);
    expect(enriched.isComplete).toBe(false);
    stub = await startGraphStub();
  });

  it('sends every request of msal-node and the Graph client to the local stub', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    try {
      await enricher.enrich(PETRA);
      await enricher.enrich({ id: 'someone-else', name: 'X' }, 'the-users-access-token');
      const urls = fetchSpy.mock.calls.map(([input]) =>
        input instanceof Request ? input.url : String(input),
      );
      expect(urls.length).toBeGreaterThanOrEqual(4);
      expect(urls.filter((url) => !url.startsWith(stub.url))).toEqual([]);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('goes on with what is known when Graph does not answer within the budget', async () => {
    const waiting = createReporterEnricher({
      graph: {
        profile: () => new Promise(() => undefined),
        memberGroups: () => new Promise(() => undefined),
        channelThreads: () => new Promise(() => undefined),
      },
      logger: log.logger,
      wait: () => Promise.resolve(),
    });
    expect(await waiting.enrich(PETRA)).toEqual({ person: PETRA, profile: {}, isComplete: false });
    expect(waiting.pendingUserIds()).toEqual([PETRA.id]);
  });

  it('logs no names and no tokens', async () => {
    stub.behave({ kind: 'failing' });
    await enricher.enrich(PETRA);
    expect(log.text()).not.toContain('Petra');
    expect(log.text()).not.toContain('stub-app-token');
    expect(log.text()).not.toContain(PETRA.id);
  });
});
