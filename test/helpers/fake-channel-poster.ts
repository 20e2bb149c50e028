// A ChannelPoster that records what would reach Teams and fails on cue (throttling, outages,
// timeouts), for outbox and service tests.
import type { ChannelPoster } from '../../bot/incidents/channel-poster';
import type { ChannelMessageRef } from '../../bot/incidents/incident';
import type {
  PersonalIntent,
  PostIncidentIntent,
  ThreadIntent,
  UpdateCardIntent,
} from '../../bot/incidents/incident-intents';

type PosterCall =
  | { method: 'createThread'; intent: PostIncidentIntent }
  | { method: 'updateCard'; message: ChannelMessageRef; intent: UpdateCardIntent }
  | { method: 'postInThread'; message: ChannelMessageRef; intent: ThreadIntent }
  | { method: 'notifyReporter'; reference: Record<string, unknown>; intent: PersonalIntent };

export interface FakePoster extends ChannelPoster {
  calls: PosterCall[];
  /** Markers looked up with findThread, in order. */
  lookups: string[];
  /** Failures thrown by the next calls, in order; `"hang"` never answers. */
  failNext(...failures: (Error | 'hang')[]): void;
}

export function fakeChannelPoster(): FakePoster {
  const calls: PosterCall[] = [];
  const lookups: string[] = [];
  const failures: (Error | 'hang')[] = [];
  let threads = 0;
  const attempt = async <T>(record: () => T): Promise<T> => {
    const failure = failures.shift();
    if (failure === 'hang') return new Promise<T>(() => undefined);
    if (failure) throw failure;
    return Promise.resolve(record());
  };
  return {
    calls,
    lookups,
    failNext: (...next) => failures.push(...next),
    createThread: (_channel, intent) =>
      attempt(() => {
        calls.push({ method: 'createThread', intent });
        threads++;
        return { conversationId: `19:ict;messageid=${threads}`, activityId: String(threads) };
      }),
    findThread: (_channel, marker) =>
      attempt(() => {
        lookups.push(marker);
        let number = 0;
        for (const call of calls) {
          if (call.method !== 'createThread') continue;
          number++;
          if (JSON.stringify(call.intent).includes(JSON.stringify(marker)))
            return { conversationId: `19:ict;messageid=${number}`, activityId: String(number) };
        }
        return undefined;
      }),
    updateCard: (_channel, message, intent) =>
      attempt(() => void calls.push({ method: 'updateCard', message, intent })),
    postInThread: (_channel, message, intent) =>
      attempt(() => void calls.push({ method: 'postInThread', message, intent })),
    notifyReporter: (reference, intent) =>
      attempt(() => void calls.push({ method: 'notifyReporter', reference, intent })),
  };
}
