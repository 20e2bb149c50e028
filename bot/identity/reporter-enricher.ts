// Adds what Microsoft Graph knows about a reporter (display name, job title, school/department,
// office) and answers group membership for roles, with a short-lived cache. Graph down or throttled
// never blocks: the caller gets what is known now, and the user is kept for a later retry.
import type { Person } from '../incidents/report';
import { hashId, type Logger } from '../server/logger';
import type { GraphClient, GraphProfile, GraphResult } from './graph-client';

export interface EnrichedReporter {
  /** The person with Graph's display name when known, else the token's. */
  person: Person;
  profile: GraphProfile;
  /** False when Graph could not answer now: store what is known, enrich later. */
  isComplete: boolean;
}

/** Plain functions (no `this`), so each can be handed on alone. */
export interface ReporterEnricher {
  enrich: (person: Person, userToken?: string) => Promise<EnrichedReporter>;
  /** Which of `groupIds` the user is in; undefined when Graph cannot tell now. */
  memberGroups: (userId: string, groupIds: readonly string[]) => Promise<string[] | undefined>;
  /** Users whose profile is still missing. */
  pendingUserIds: () => string[];
  /** Tries the pending users again (unless Graph still asks to wait); gives those now known. */
  retryPending: () => Promise<{ userId: string; profile: GraphProfile }[]>;
}

export interface ReporterEnricherOptions {
  graph: GraphClient;
  logger: Logger;
  clock?: () => Date;
  /** Short: a new job title or group should show within minutes. */
  cacheMs?: number;
  /** How long a report waits for Graph (token and call) before it goes on with what is known. */
  budgetMs?: number;
  /** Resolves after `ms`; tests pass one that resolves at once. */
  wait?: (ms: number) => Promise<void>;
}

const realWait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

interface Cached<T> {
  value: T;
  expiresAt: number;
}

export function createReporterEnricher({
  graph,
  logger,
  clock = () => new Date(),
  cacheMs = 5 * 60_000,
  budgetMs = 3000,
  wait = realWait,
}: ReporterEnricherOptions): ReporterEnricher {
  const profiles = new Map<string, Cached<GraphProfile>>();
  const groups = new Map<string, Cached<string[]>>();
  const pending = new Set<string>();
  /** Graph throttles per app and tenant: after a 429 nobody asks again before Retry-After. */
  let waitUntil = 0;

  const fresh = <T>(cache: Map<string, Cached<T>>, key: string): T | undefined => {
    const hit = cache.get(key);
    if (hit && hit.expiresAt > clock().getTime()) return hit.value;
    cache.delete(key);
    return undefined;
  };

  async function ask<T>(
    userId: string,
    call: () => Promise<GraphResult<T>>,
  ): Promise<T | undefined> {
    if (clock().getTime() < waitUntil) return undefined;
    const result = await call();
    if (result.ok) return result.value;
    if (result.reason === 'throttled') {
      waitUntil = clock().getTime() + result.retryAfterSeconds * 1000;
      logger.warn({ event: 'graph-throttled', retryAfterSeconds: result.retryAfterSeconds });
    } else {
      logger.warn({ event: 'graph-failed', reason: result.reason, user: hashId(userId) });
    }
    return undefined;
  }

  async function profileOf(userId: string, userToken?: string): Promise<GraphProfile | undefined> {
    const cached = fresh(profiles, userId);
    if (cached) return cached;
    const profile = await ask(userId, () => graph.profile(userId, userToken));
    if (profile) {
      profiles.set(userId, { value: profile, expiresAt: clock().getTime() + cacheMs });
      pending.delete(userId);
    }
    return profile;
  }

  return {
    async enrich(person, userToken) {
      // msal-node's token request has no deadline of its own: the report does not wait past the
      // budget (a late answer still fills the cache for next time).
      const profile = await Promise.race([
        profileOf(person.id, userToken),
        wait(budgetMs).then(() => undefined),
      ]);
      if (!profile) {
        pending.add(person.id);
        return { person, profile: {}, isComplete: false };
      }
      return {
        person: { ...person, name: profile.displayName ?? person.name },
        profile,
        isComplete: true,
      };
    },
    async memberGroups(userId, groupIds) {
      const key = `${userId} ${[...groupIds].sort().join(',')}`;
      const cached = fresh(groups, key);
      if (cached) return cached;
      const found = await ask(userId, () => graph.memberGroups(userId, groupIds));
      if (found) groups.set(key, { value: found, expiresAt: clock().getTime() + cacheMs });
      return found;
    },
    pendingUserIds: () => [...pending],
    async retryPending() {
      const known: { userId: string; profile: GraphProfile }[] = [];
      for (const userId of [...pending]) {
        const profile = await profileOf(userId);
        if (profile) known.push({ userId, profile });
      }
      return known;
    },
  };
}
