// The few Microsoft Graph calls the service makes, each answering a value: the profile of a user
// (for the register) and which of the configured groups they are in (for roles). Throttling (429
// with Retry-After) and failures are values too, so a report never waits on Graph.
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

export interface GraphClient {
  /** As the app (User.Read.All), or as the user themself when their token is given (User.Read). */
  profile(userId: string, userToken?: string): Promise<GraphResult<GraphProfile>>;
  memberGroups(userId: string, groupIds: readonly string[]): Promise<GraphResult<string[]>>;
}

export interface GraphClientOptions {
  tokens: GraphTokenSource;
  /** https://graph.microsoft.com unless a test points it at a local stub. */
  baseUrl?: string;
  /** A report must not wait long: a Graph call that takes longer counts as unavailable. */
  timeoutMs?: number;
}

const PROFILE_FIELDS = 'displayName,jobTitle,department,officeLocation';
/** When Graph throttles without saying how long (it normally does). */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

export function createGraphClient({
  tokens,
  baseUrl = 'https://graph.microsoft.com',
  timeoutMs = 3000,
}: GraphClientOptions): GraphClient {
  async function call<T>(
    path: string,
    token: () => Promise<string>,
    read: (body: unknown) => T,
    body?: unknown,
  ): Promise<GraphResult<T>> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/v1.0${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${await token()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      // The token endpoint or Graph unreachable, or too slow.
      return { ok: false, reason: 'unavailable' };
    }
    if (response.status === 429 || response.status === 503) {
      const retryAfter = Number(response.headers.get('retry-after'));
      if (response.status === 429 || Number.isFinite(retryAfter))
        return {
          ok: false,
          reason: 'throttled',
          retryAfterSeconds:
            Number.isFinite(retryAfter) && retryAfter > 0
              ? retryAfter
              : DEFAULT_RETRY_AFTER_SECONDS,
        };
    }
    if (response.status === 404) return { ok: false, reason: 'not-found' };
    if (!response.ok) return { ok: false, reason: 'unavailable' };
    try {
      return { ok: true, value: read(await response.json()) };
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
  };
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
