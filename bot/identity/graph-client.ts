// The few Microsoft Graph calls the service makes, each answering a value: the profile of a user
// (for the register), which of the configured groups they are in (for roles) and the recent threads
// of the incident channel (so a card is posted once). Calls go through the one retry policy (short
// retries, a circuit when Graph is down); a longer Retry-After and failures are values, so a report
// never waits on Graph.
import type { Logger } from '../server/logger';
import {
  classifyFailure,
  createServicePolicy,
  HttpStatusError,
  type ServicePolicy,
} from '../server/retry-policy';
import type { GraphTokenSource } from './graph-token-source';

export interface GraphProfile {
  displayName?: string;
  jobTitle?: string;
  /** The school or department, as the tenant keeps it. */
  department?: string;
  officeLocation?: string;
}

export type GraphResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'not-found' | 'unavailable' };

/** A thread (root message) in a channel, with its cards' JSON as Graph gives it. */
export interface ChannelThread {
  messageId: string;
  /** The Adaptive Card attachments' content, as text. */
  cards: string[];
}

export interface GraphClient {
  /** As the app (User.Read.All), or as the user themself when their token is given (User.Read). */
  profile(userId: string, userToken?: string): Promise<GraphResult<GraphProfile>>;
  memberGroups(userId: string, groupIds: readonly string[]): Promise<GraphResult<string[]>>;
  /**
   * The channel's most recent threads, newest first (ChannelMessage.Read.All, or the resource-
   * specific ChannelMessage.Read.Group); `teamGroupId` is the team's Microsoft 365 group id.
   */
  channelThreads(teamGroupId: string, channelId: string): Promise<GraphResult<ChannelThread[]>>;
}

export interface GraphClientOptions {
  tokens: GraphTokenSource;
  /** https://graph.microsoft.com unless a test points it at a local stub. */
  baseUrl?: string;
  /** A report must not wait long: a Graph call that takes longer counts as unavailable. */
  timeoutMs?: number;
  /** Where the circuit's opening and closing is logged. */
  logger?: Pick<Logger, 'warn' | 'info'>;
  /** Graph's policy; by default short retries (a report waits at most a few seconds). */
  policy?: ServicePolicy;
}

const PROFILE_FIELDS = 'displayName,jobTitle,department,officeLocation';
/** When Graph throttles without saying how long (it normally does). */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

export function createGraphClient({
  tokens,
  baseUrl = 'https://graph.microsoft.com',
  timeoutMs = 3000,
  logger = { warn: () => undefined, info: () => undefined },
  policy = createServicePolicy('graph', logger, { retries: 2, maxDelayMs: 1_000 }),
}: GraphClientOptions): GraphClient {
  async function call<T>(
    path: string,
    token: () => Promise<string>,
    read: (body: unknown) => T,
    body?: unknown,
  ): Promise<GraphResult<T>> {
    let answer: unknown;
    try {
      answer = await policy.execute(async () => {
        const response = await fetch(`${baseUrl}/v1.0${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: {
            authorization: `Bearer ${await token()}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw new HttpStatusError(response.status, response.headers);
        return (await response.json()) as unknown;
      });
    } catch (error) {
      return failed(error);
    }
    try {
      return { ok: true, value: read(answer) };
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }

  return {
    profile(userId, userToken) {
      const path = userToken
        ? `/me?$select=${PROFILE_FIELDS}`
        : `/users/${encodeURIComponent(userId)}?$select=${PROFILE_FIELDS}`;
      return call(
        path,
        userToken ? () => tokens.onBehalfOf(userToken) : () => tokens.appToken(),
        readProfile,
      );
    },
    memberGroups(userId, groupIds) {
      return call(
        `/users/${encodeURIComponent(userId)}/checkMemberGroups`,
        () => tokens.appToken(),
        (body) => {
          const value = (body as { value?: unknown }).value;
          if (!Array.isArray(value)) throw new Error('unexpected checkMemberGroups answer');
          return value.filter((id): id is string => typeof id === 'string');
        },
        { groupIds },
      );
    },
    channelThreads(teamGroupId, channelId) {
      return call(
        `/teams/${encodeURIComponent(teamGroupId)}/channels/${encodeURIComponent(channelId)}/messages?$top=50`,
        () => tokens.appToken(),
        readThreads,
      );
    },
  };
}

/** Graph still throttling after the short retries, a 404, or anything else (down, too slow). */
function failed(error: unknown):
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | {
      ok: false;
      reason: 'not-found' | 'unavailable';
    } {
  const failure = classifyFailure(error);
  if (failure.code === 'http-429' || (failure.code === 'http-503' && failure.retryAfterMs))
    return {
      ok: false,
      reason: 'throttled',
      retryAfterSeconds:
        failure.retryAfterMs === undefined
          ? DEFAULT_RETRY_AFTER_SECONDS
          : Math.max(1, Math.ceil(failure.retryAfterMs / 1000)),
    };
  if (failure.code === 'http-404') return { ok: false, reason: 'not-found' };
  return { ok: false, reason: 'unavailable' };
}

function readThreads(body: unknown): ChannelThread[] {
  const value = (body as { value?: unknown }).value;
  if (!Array.isArray(value)) throw new Error('unexpected channel messages answer');
  return value.flatMap((message: { id?: unknown; attachments?: unknown }) => {
    if (typeof message.id !== 'string') return [];
    const attachments = Array.isArray(message.attachments) ? message.attachments : [];
    const cards = attachments
      .map((attachment: { content?: unknown }) => attachment.content)
      .filter((content): content is string => typeof content === 'string');
    return [{ messageId: message.id, cards }];
  });
}

function readProfile(body: unknown): GraphProfile {
  const record = (body ?? {}) as Record<string, unknown>;
  const profile: GraphProfile = {};
  for (const field of ['displayName', 'jobTitle', 'department', 'officeLocation'] as const) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') profile[field] = value.trim();
  }
  return profile;
}
