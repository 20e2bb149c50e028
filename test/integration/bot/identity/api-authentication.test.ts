import express from 'express';
import { createApiAuthentication } from '../../../../bot/identity/api-authentication';
import { principalOf } from '../../../../bot/identity/authenticate';
import { readIdentitySettings } from '../../../../bot/identity/identity-settings';
import { listen, type ListeningServer } from '../../../../bot/server/http-server';
import { captureLog, type CapturedLog } from '../../../helpers/log-capture';
import {
  CLIENT_ID,
  createLocalEntra,
  ICT_GROUP,
  TENANT_ID,
  type LocalEntra,
} from '../../../helpers/local-entra';

let entra: LocalEntra;
let keyServer: ListeningServer;
let keyRequests = 0;

beforeAll(async () => {
  entra = await createLocalEntra();
  keyServer = await listen(
    (_request, response) => {
      keyRequests += 1;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(entra.jwks));
    },
    0,
    '127.0.0.1',
  );
});
afterAll(() => keyServer.close());

const identity = {
  tenantId: TENANT_ID,
  clientId: CLIENT_ID,
  requiredScope: 'access_as_user',
  ictGroupIds: [ICT_GROUP],
  privacyOfficerGroupIds: [],
  appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
};

async function serviceWith(env: NodeJS.ProcessEnv, log: CapturedLog) {
  const settings = readIdentitySettings({ identity }, env);
  if (!settings.ok) throw new Error(settings.error);
  const auth = await createApiAuthentication({ settings: settings.settings, logger: log.logger });
  const app = express();
  app.get('/whoami', auth.authenticate, (_request, response) => {
    response.json(principalOf(response));
  });
  const server = await listen(app, 0, '127.0.0.1');
  return { server, auth };
}

const get = (url: string, token?: string) =>
  fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('the API sign-in check', () => {
  it('accepts a token signed with a key from the remote key set and gives the roles', async () => {
    const log = captureLog();
    const { server } = await serviceWith({ PRIVACYWACHT_JWKS_URL: `${keyServer.url}/keys` }, log);
    try {
      const response = await get(
        `${server.url}/whoami`,
        await entra.token({ claims: { groups: [ICT_GROUP] } }),
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        roles: ['ict'],
      });
      expect(keyRequests).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('answers 401 without saying why, and logs the reason without the token or the name', async () => {
    const log = captureLog();
    const { server } = await serviceWith({ PRIVACYWACHT_JWKS_URL: `${keyServer.url}/keys` }, log);
    try {
      const expired = await entra.token({ expiresIn: -3600 });
      const response = await get(`${server.url}/whoami`, expired);
      const body = await response.text();
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(body).not.toContain('expired');
      expect(log.entries()).toContainEqual(
        expect.objectContaining({ event: 'auth-rejected', reason: 'expired' }),
      );
      expect(log.text()).not.toContain(expired);
      expect(log.text()).not.toContain('Petra');
    } finally {
      await server.close();
    }
  });

  it('answers 401 to a request without a token or with another scheme', async () => {
    const log = captureLog();
    const { server } = await serviceWith({ PRIVACYWACHT_JWKS_URL: `${keyServer.url}/keys` }, log);
    try {
      expect((await get(`${server.url}/whoami`)).status).toBe(401);
      const basic = await fetch(`${server.url}/whoami`, {
        headers: { authorization: 'Basic dXNlcjpwYXNz' },
      });
      expect(basic.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('answers 503 when the key set cannot be fetched', async () => {
    const log = captureLog();
    const { server } = await serviceWith({ PRIVACYWACHT_JWKS_URL: 'http://127.0.0.1:9/keys' }, log);
    try {
      expect((await get(`${server.url}/whoami`, await entra.token())).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('signs development tokens in development mode and accepts them', async () => {
    const log = captureLog();
    const { server, auth } = await serviceWith(
      { PRIVACYWACHT_ENV: 'development', PRIVACYWACHT_JWKS_URL: `${keyServer.url}/keys` },
      log,
    );
    try {
      const token = await auth.developmentTokens!.sign({ id: 'dev-user', name: 'Ontwikkelaar' });
      const response = await get(`${server.url}/whoami`, token);
      expect(response.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('has no development tokens in production mode and refuses one made elsewhere', async () => {
    const log = captureLog();
    const development = await serviceWith(
      { PRIVACYWACHT_ENV: 'development', PRIVACYWACHT_JWKS_URL: `${keyServer.url}/keys` },
      log,
    );
    const production = await serviceWith({ PRIVACYWACHT_JWKS_URL: `${keyServer.url}/keys` }, log);
    try {
      expect(production.auth.developmentTokens).toBeUndefined();
      const token = await development.auth.developmentTokens!.sign({ id: 'dev', name: 'Dev' });
      expect((await get(`${production.server.url}/whoami`, token)).status).toBe(401);
      expect(log.entries()).toContainEqual(
        expect.objectContaining({ event: 'auth-rejected', reason: 'development-refused' }),
      );
    } finally {
      await development.server.close();
      await production.server.close();
    }
  });
});
