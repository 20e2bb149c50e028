// A local HTTP server that speaks the part of the Bot Connector REST API the bot uses, so end-to-end
// tests can point an activity's serviceUrl at it and assert on what the bot sent. It records every
// request and can be told to fail the next calls (429 with Retry-After in seconds or as a date, 503
// with or without it, 502/504, 4xx, a reset connection) to test retries. Team rosters
// (GET /v3/conversations/{teamId}/members/{userId}) answer from members set by the test. It keeps
// the threads it created per channel and answers Graph's "list channel messages" for them (the
// look-up that keeps channel posts exactly-once), with GET /v3/teams/{id} for the team's group id.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bot did, in the order it did it. */
interface ConnectorCall {
  kind: 'send' | 'reply' | 'update' | 'delete' | 'create';
  method: string;
  path: string;
  conversationId: string;
  /** The activity id in the path (reply: the activity replied to; update/delete: the one changed). */
  activityId?: string;
  /** Parsed JSON body (the activity, or the conversation parameters for create). */
  body: Record<string, unknown>;
  authorization?: string;
}

/** A failure answered instead of the normal response; `status: 'reset'` drops the connection. */
interface InjectedFailure {
  status: number | 'reset';
  headers?: Record<string, string>;
  /** Only requests with this method fail (e.g. 'PUT' for card updates); default any. */
  method?: string;
}

export interface ConnectorStub {
  /** Base URL to use as an activity's serviceUrl (ends without a slash). */
  url: string;
  /** Successful calls, in order. */
  calls: ConnectorCall[];
  /** Every request including injected failures, in order: `${method} ${path} ${status}`. */
  requests: string[];
  /** The team's roster as Teams reports it to TeamsInfo.getTeamMember (by id or aadObjectId). */
  setTeamMembers(teamId: string, members: TeamMember[]): void;
  /** Answer the next matching request(s) with this failure instead of handling them. */
  failNext(failure: InjectedFailure, times?: number): void;
  /**
   * Holds the next request until released: `received` resolves when it arrives. Lets a test keep a
   * turn in flight (e.g. to check that shutdown waits for it) without timing.
   */
  holdNext(): { received: Promise<void>; release: () => void };
  /** Resolves when at least `count` calls have been recorded (no timing assumptions). */
  waitForCalls(count: number): Promise<ConnectorCall[]>;
  /** Successful calls whose activity is a message with an Adaptive Card attachment, as card JSON. */
  cards(): Record<string, unknown>[];
  /** The threads created in a channel (root activities), oldest first. */
  threads(
    channelId: string,
  ): { conversationId: string; activityId: string; body: Record<string, unknown> }[];
  /**
   * Called when a create arrives, after it is recorded and before it is answered (a test can kill
   * the bot there: the thread exists but the bot never learns its id).
   */
  onCreate(listener: ((count: number) => Promise<void> | void) | undefined): void;
  close(): Promise<void>;
}

interface TeamMember {
  id: string;
  aadObjectId: string;
  name: string;
}

const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;
const TEAM_PATH = /^\/v3\/teams\/([^/]+)$/;
const PAGED_MEMBERS_PATH = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/;
const GRAPH_MESSAGES_PATH = /^\/v1\.0\/teams\/[^/]+\/channels\/([^/]+)\/messages$/;
/** The Microsoft 365 group id the stub gives a team. */
const stubTeamGroupId = (teamId: string) => `group-${teamId}`;
const CONVERSATION_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export async function startConnectorStub(): Promise<ConnectorStub> {
  const calls: ConnectorCall[] = [];
  const requests: string[] = [];
  const failures: InjectedFailure[] = [];
  const waiters: { count: number; resolve: (calls: ConnectorCall[]) => void }[] = [];
  const holds: { arrived: () => void; released: Promise<void> }[] = [];
  const rosters = new Map<string, TeamMember[]>();
  const channelThreads = new Map<
    string,
    { conversationId: string; activityId: string; body: Record<string, unknown> }[]
  >();
  let createListener: ((count: number) => Promise<void> | void) | undefined;
  let creates = 0;
  let nextId = 1;

  const record = (call: ConnectorCall): void => {
    calls.push(call);
    for (const waiter of waiters.filter((w) => calls.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve([...calls]);
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readJson(request);
    const hold = holds.shift();
    if (hold) {
      hold.arrived();
      await hold.released;
    }
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const failureIndex = failures.findIndex((f) => f.method === undefined || f.method === method);
    const failure = failureIndex < 0 ? undefined : failures.splice(failureIndex, 1)[0];
    if (failure?.status === 'reset') {
      requests.push(`${method} ${path} reset`);
      request.socket.destroy();
      return;
    }
    if (failure) {
      requests.push(`${method} ${path} ${failure.status}`);
      response.writeHead(failure.status, {
        'content-type': 'application/json',
        ...failure.headers,
      });
      response.end(JSON.stringify({ error: { code: 'Injected', message: 'injected failure' } }));
      return;
    }
    const authorization = request.headers.authorization;
    const base = { method, path, body, ...(authorization ? { authorization } : {}) };
    const id = `activity-${nextId++}`;
    if (method === 'POST' && path === '/v3/conversations') {
      // Teams names a channel thread after its channel and root message.
      const channelId = (body['channelData'] as { channel?: { id?: string } } | undefined)?.channel
        ?.id;
      const conversationId = channelId ? `${channelId};messageid=${id}` : `created-${nextId++}`;
      record({ ...base, kind: 'create', conversationId });
      if (channelId) {
        const activity = (body['activity'] ?? {}) as Record<string, unknown>;
        const list = channelThreads.get(channelId) ?? [];
        list.push({ conversationId, activityId: id, body: activity });
        channelThreads.set(channelId, list);
      }
      creates++;
      await createListener?.(creates);
      return answer(response, requests, method, path, 201, {
        id: conversationId,
        activityId: id,
      });
    }
    const paged = PAGED_MEMBERS_PATH.exec(path);
    if (method === 'GET' && paged?.[1])
      return answer(response, requests, method, path, 200, {
        members: rosters.get(decodeURIComponent(paged[1])) ?? [],
      });
    const team = TEAM_PATH.exec(path);
    if (method === 'GET' && team?.[1]) {
      const teamId = decodeURIComponent(team[1]);
      return answer(response, requests, method, path, 200, {
        id: teamId,
        name: 'ICT',
        aadGroupId: stubTeamGroupId(teamId),
      });
    }
    const graphMessages = GRAPH_MESSAGES_PATH.exec(path);
    if (method === 'GET' && graphMessages?.[1]) {
      // Graph's chatMessage: newest first, each card's JSON as a string.
      const top = Number(new URL(request.url ?? '/', 'http://stub').searchParams.get('$top') ?? 50);
      const list = [...(channelThreads.get(decodeURIComponent(graphMessages[1])) ?? [])]
        .reverse()
        .slice(0, top);
      return answer(response, requests, method, path, 200, {
        value: list.map((thread) => ({
          id: thread.activityId,
          messageType: 'message',
          attachments: (
            (thread.body['attachments'] ?? []) as { contentType?: string; content?: unknown }[]
          ).map((attachment) => ({
            contentType: attachment.contentType,
            content: JSON.stringify(attachment.content),
          })),
        })),
      });
    }
    const member = MEMBER_PATH.exec(path);
    if (method === 'GET' && member?.[1] && member[2]) {
      const userId = decodeURIComponent(member[2]);
      const found = rosters
        .get(decodeURIComponent(member[1]))
        ?.find((m) => m.id === userId || m.aadObjectId === userId);
      return found
        ? answer(response, requests, method, path, 200, found)
        : answer(response, requests, method, path, 404, {
            error: { code: 'MemberNotFoundInConversation', message: 'not a member' },
          });
    }
    const match = CONVERSATION_PATH.exec(path);
    if (!match?.[1]) return answer(response, requests, method, path, 404, { error: 'not found' });
    const conversationId = decodeURIComponent(match[1]);
    const activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    const target = activityId === undefined ? {} : { activityId };
    if (method === 'POST') {
      record({ ...base, ...target, kind: activityId ? 'reply' : 'send', conversationId });
      return answer(response, requests, method, path, 201, { id });
    }
    if (method === 'PUT' && activityId) {
      record({ ...base, ...target, kind: 'update', conversationId });
      return answer(response, requests, method, path, 200, { id: activityId });
    }
    if (method === 'DELETE' && activityId) {
      record({ ...base, ...target, kind: 'delete', conversationId });
      return answer(response, requests, method, path, 200, {});
    }
    return answer(response, requests, method, path, 405, { error: 'method not allowed' });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    requests,
    setTeamMembers(teamId, members) {
      rosters.set(teamId, members);
    },
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) failures.push(failure);
    },
    holdNext() {
      let arrived = (): void => undefined;
      let release = (): void => undefined;
      const received = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ arrived, released });
      return { received, release };
    },
    waitForCalls(count) {
      if (calls.length >= count) return Promise.resolve([...calls]);
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    threads(channelId) {
      return [...(channelThreads.get(channelId) ?? [])];
    },
    onCreate(listener) {
      createListener = listener;
    },
    cards() {
      return calls.flatMap((call) => {
        const attachments = call.body['attachments'];
        if (!Array.isArray(attachments)) return [];
        return (attachments as { contentType?: string; content?: Record<string, unknown> }[])
          .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content)
          .map((a) => a.content as Record<string, unknown>);
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function answer(
  response: ServerResponse,
  requests: string[],
  method: string,
  path: string,
  status: number,
  body: unknown,
): void {
  requests.push(`${method} ${path} ${status}`);
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
