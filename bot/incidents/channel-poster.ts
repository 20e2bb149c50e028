// The port through which the outbox reaches Teams. The Teams wiring implements it with the Bot
// Connector (create conversation in the channel, update activity, proactive 1:1 message) and turns
// HTTP failures into DeliveryErrors; tests use fakes.
import type { ChannelRegistration } from '../store/incident-store';
import type { ChannelMessageRef } from './incident';

/** Adaptive Card JSON, as the card builders return it. */
export type CardJson = object;

export interface ChannelPoster {
  /** Starts a new thread in the channel with the card; returns its conversation and message id. */
  createThread(channel: ChannelRegistration, card: CardJson): Promise<ChannelMessageRef>;
  /** Replaces the thread's first message (the incident card) for everyone. */
  updateCard(
    channel: ChannelRegistration,
    message: ChannelMessageRef,
    card: CardJson,
  ): Promise<void>;
  /** Adds a reply to the thread. */
  postInThread(
    channel: ChannelRegistration,
    message: ChannelMessageRef,
    card: CardJson,
  ): Promise<void>;
  /** Sends a card to the reporter's 1:1 chat through their stored conversation reference. */
  notifyReporter(reference: Record<string, unknown>, card: CardJson): Promise<void>;
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
