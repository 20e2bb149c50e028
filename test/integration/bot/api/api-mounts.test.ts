import express from 'express';
import { createApiMounts } from '../../../../bot/api/api-mounts';
import { listen, type ListeningServer } from '../../../../bot/server/http-server';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { createMemoryUnansweredStore } from '../../../../bot/store/unanswered-memory-store';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { fakeAnswer } from '../../../helpers/fake-answerer';
import { captureLog } from '../../../helpers/log-capture';
import { CLIENT_ID, createLocalEntra, TENANT_ID } from '../../../helpers/local-entra';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { kindanteKnowledge } from '../../../helpers/knowledge';

const configWith = (identity?: unknown) => {
  const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...(identity ? { identity } : {}) });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
};

async function serve(
  env: NodeJS.ProcessEnv,
  identity?: unknown,
  store: Parameters<typeof createApiMounts>[0]['store'] = createMemoryStore(),
) {
  const api = await createApiMounts({
    knowledge: kindanteKnowledge,
    config: configWith(identity),
    env,
    store,
    answer: fakeAnswer,
    logger: captureLog().logger,
  });
  if (!api.ok) throw new Error(api.error);
  const app = express();
  for (const mount of api.mounts) app.use(mount.path, mount.handler);
  return listen(app, 0, '127.0.0.1');
}

describe('createApiMounts', () => {
  it('refuses production mode without the identity section', async () => {
    const api = await createApiMounts({
      knowledge: kindanteKnowledge,
      config: configWith(),
      env: {},
      store: createMemoryStore(),
      answer: fakeAnswer,
      logger: captureLog().logger,
    });
    expect(api.ok).toBe(false);
  });

  it('serves the API with development tokens in development mode', async () => {
    const server = await serve({ PRIVACYWACHT_ENV: 'development' });
    try {
      const { token } = (await (await fetch(`${server.url}/api/dev/token`)).json()) as {
        token: string;
      };
      const mine = await fetch(`${server.url}/api/incidents/mine`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(mine.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('serves the unanswered questions to the privacy officer when the register keeps them', async () => {
    const unanswered = createMemoryUnansweredStore();
    await unanswered.record({
      month: '2026-11',
      school: '',
      question: 'mag ik [naam] zijn dossier mailen',
      terms: ['dossier', 'mail'],
      reason: 'declined',
    });
    const server = await serve({ PRIVACYWACHT_ENV: 'development' }, undefined, {
      ...createMemoryStore(),
      unanswered,
    });
    try {
      const tokenOf = async (persona: string) =>
        (
          (await (await fetch(`${server.url}/api/dev/token?persona=${persona}`)).json()) as {
            token: string;
          }
        ).token;
      const list = (token: string) =>
        fetch(`${server.url}/api/unanswered-questions?from=2026-11&to=2026-11`, {
          headers: { authorization: `Bearer ${token}` },
        });
      const officer = await list(await tokenOf('privacy-officer'));
      expect(officer.status).toBe(200);
      expect(await officer.json()).toMatchObject({
        groups: [{ question: 'mag ik [naam] zijn dossier mailen', count: 1 }],
      });
      expect((await list(await tokenOf('teacher'))).status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it("checks Entra tokens against the configured tenant's key set in production", async () => {
    const entra = await createLocalEntra();
    const keys: ListeningServer = await listen(
      (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(entra.jwks));
      },
      0,
      '127.0.0.1',
    );
    const server = await serve(
      { PRIVACYWACHT_JWKS_URL: `${keys.url}/keys` },
      { tenantId: TENANT_ID, clientId: CLIENT_ID },
    );
    try {
      const mine = await fetch(`${server.url}/api/incidents/mine`, {
        headers: { authorization: `Bearer ${await entra.token()}` },
      });
      expect(mine.status).toBe(200);
      expect((await fetch(`${server.url}/api/dev/token`)).status).toBe(404);
    } finally {
      await server.close();
      await keys.close();
    }
  });
});
