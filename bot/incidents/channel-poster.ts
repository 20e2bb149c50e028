// The ports through which the outbox reaches Teams: the poster (create conversation in the channel,
// update activity, proactive 1:1 message, and finding a thread a crashed attempt may have started)
// and the pacer that keeps the posts within Teams' rate limits. The poster takes intents (plain
// data); the Teams wiring implements both, draws the cards and turns HTTP failures into
// DeliveryErrors; tests use fakes.
import type { ChannelRegistration } from '../store/incident-store';
import type { ChannelMessageRef } from './incident';
import type {
  PersonalIntent,
  PostIncidentIntent,
  ThreadIntent,
  UpdateCardIntent,
} from './incident-intents';

export interface ChannelPoster {
  /** Starts a new thread in the channel with the card; returns its conversation and message id. */
  createThread(
    channel: ChannelRegistration,
    intent: PostIncidentIntent,
  ): Promise<ChannelMessageRef>;
  /**
   * The thread among the channel's recent ones whose card carries `marker` (the incident's id),
   * if an earlier attempt started it; undefined when there is none. Lets the outbox post a card
   * exactly once across crashes.
   */
  findThread(channel: ChannelRegistration, marker: string): Promise<ChannelMessageRef | undefined>;
  /** Replaces the thread's first message (the incident card) for everyone. */
  updateCard(
    channel: ChannelRegistration,
    message: ChannelMessageRef,
    intent: UpdateCardIntent,
  ): Promise<void>;
  /** Adds a reply to the thread. */
  postInThread(
    channel: ChannelRegistration,
    message: ChannelMessageRef,
    intent: ThreadIntent,
  ): Promise<void>;
  /**
   * Sends a card to someone's 1:1 chat (the reporter, or an escalation's recipient) through their
   * stored conversation reference.
   */
  notifyReporter(reference: Record<string, unknown>, intent: PersonalIntent): Promise<void>;
}

/**
 * How a delivery failed: "throttled" (429, honour `retryAfterMs`), "transient" (timeout, network,
 * 412, 5xx: retry with backoff) or "permanent" (403 blocked, 404, 413: retrying will not help).
 */
export class DeliveryError extends Error {
  constructor(
    readonly kind: 'throttled' | 'transient' | 'permanent',
    readonly code: string,
    readonly retryAfterMs?: number,
  ) {
    super(`delivery ${kind}: ${code}`);
    this.name = 'DeliveryError';
  }
}

/**
 * Keeps posts within Teams' rate limits: `reserve` books the next free slot for a conversation
 * and says how long to wait for it; `pause` stops all posts to it (after a 429 with Retry-After).
 */
export interface PostPacer {
  reserve(conversation: string, now: number): number;
  pause(conversation: string, until: number): void;
}
