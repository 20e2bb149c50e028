import express from 'express';
import { createApiMounts } from '../../../../bot/api/api-mounts';
import { listen, type ListeningServer } from '../../../../bot/server/http-server';
import { createMemoryStore } from '../../../../bot/store/memory-store';
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

async function serve(env: NodeJS.ProcessEnv, identity?: unknown) {
  const api = await createApiMounts({
    knowledge: kindanteKnowledge,
    config: configWith(identity),
    env,
    store: createMemoryStore(),
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
