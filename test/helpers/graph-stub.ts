// A local stand-in for Entra's token endpoint and Microsoft Graph on one loopback port, so msal-node
// and the Graph client run for real while no request leaves the machine. Each call is recorded;
// Graph can be told to fail or to throttle.
import type { IncomingMessage } from 'node:http';
import { listen, type ListeningServer } from '../../bot/server/http-server';

type GraphBehaviour =
  { kind: 'ok' } | { kind: 'failing' } | { kind: 'throttled'; retryAfterSeconds: number };

interface StubUser {
  displayName: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  groupIds?: string[];
}

interface GraphCall {
  method: string;
  path: string;
  authorization?: string;
  grantType?: string;
}

export interface GraphStub {
  url: string;
  /** Authority settings for createGraphTokenSource: https host in the name, the stub in the metadata. */
  authority(tenantId: string): { url: string; host: string; metadata: Record<string, unknown> };
  calls: GraphCall[];
  users: Map<string, StubUser>;
  behave(behaviour: GraphBehaviour): void;
  close(): Promise<void>;
}

const AUTHORITY_HOST = 'login.graph-stub.test';

export async function startGraphStub(): Promise<GraphStub> {
  const calls: GraphCall[] = [];
  const users = new Map<string, StubUser>();
  let behaviour: GraphBehaviour = { kind: 'ok' };

  const server: ListeningServer = await listen(
    (request, response) => {
      void readBody(request).then((body) => {
        const url = new URL(request.url ?? '/', 'http://stub');
        const form = new URLSearchParams(body);
        calls.push({
          method: request.method ?? 'GET',
          path: url.pathname,
          ...(request.headers.authorization
            ? { authorization: request.headers.authorization }
            : {}),
          ...(form.get('grant_type') ? { grantType: form.get('grant_type')! } : {}),
        });
        const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
          response.writeHead(status, { 'content-type': 'application/json', ...headers });
          response.end(JSON.stringify(json));
        };
        if (url.pathname.endsWith('/oauth2/v2.0/token')) {
          const grant = form.get('grant_type');
          send(200, {
            token_type: 'Bearer',
            expires_in: 3600,
            ext_expires_in: 3600,
            access_token: grant === 'client_credentials' ? 'stub-app-token' : 'stub-obo-token',
          });
          return;
        }
        if (behaviour.kind === 'failing') {
          send(500, { error: { code: 'generalException' } });
          return;
        }
        if (behaviour.kind === 'throttled') {
          send(
            429,
            { error: { code: 'TooManyRequests' } },
            {
              'retry-after': String(behaviour.retryAfterSeconds),
            },
          );
          return;
        }
        const me = request.headers.authorization === 'Bearer stub-obo-token';
        const match = /^\/v1\.0\/users\/([^/]+)(\/checkMemberGroups)?$/.exec(url.pathname);
        const userId = me && url.pathname === '/v1.0/me' ? [...users.keys()][0] : match?.[1];
        const user = userId ? users.get(decodeURIComponent(userId)) : undefined;
        if (!user) {
          send(404, { error: { code: 'Request_ResourceNotFound' } });
          return;
        }
        if (match?.[2]) {
          const asked = (JSON.parse(body) as { groupIds: string[] }).groupIds;
          send(200, { value: asked.filter((id) => user.groupIds?.includes(id)) });
          return;
        }
        const { groupIds: _groups, ...profile } = user;
        send(200, { id: userId, ...profile });
      });
    },
    0,
    '127.0.0.1',
  );

  return {
    url: server.url,
    authority(tenantId) {
      const base = `https://${AUTHORITY_HOST}/${tenantId}`;
      return {
        url: base,
        host: AUTHORITY_HOST,
        metadata: {
          token_endpoint: `${server.url}/${tenantId}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          issuer: `${base}/v2.0`,
        },
      };
    },
    calls,
    users,
    behave(next) {
      behaviour = next;
    },
    close: () => server.close(),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
