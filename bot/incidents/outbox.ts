// Delivers the outbox to Teams: draws each message's view from the register at send time and hands
// it to the poster as an intent (the Teams edge makes the card), paces posts to Teams' rate limits,
// coalesces a batch's card updates per incident, retries failures with the one retry policy's
// backoff (Retry-After first), posts each incident's card exactly once across crashes (the intent
// is recorded before posting; a retry first looks for the thread), and leaves the incident itself
// untouched whatever happens, so an incident whose card never arrived stays manageable.
import { retryDelayMs } from '../server/retry-policy';
import type { IncidentStore } from '../store/incident-store';
import { DeliveryError, type ChannelPoster, type PostPacer } from './channel-poster';
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import { escalationText, type EscalationKind } from './escalation';
import { incidentCardView } from './incident-view';
import type { OutboxMessage } from './outbox-message';
import { reminderText } from './reminders';
import type { Language } from '../../shared/policy/knowledge/types';

export interface OutboxOptions {
  /** How long one Bot Connector call may take before it counts as a transient failure. */
  timeoutMs: number;
  /** First retry delay; doubles per failure (with jitter) up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many failures a message is marked failed (the incident is unaffected). */
  maxAttempts: number;
  /** How long a claimed message is held before another instance may take it. */
  leaseMs: number;
  /** Wait before looking again when the thread or channel does not exist yet. */
  waitMs: number;
  /** Messages claimed at a time; a pass claims again while the batches come back full. */
  batchSize: number;
  language: Language;
}

const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  timeoutMs: 15_000,
  baseDelayMs: 2_000,
  maxDelayMs: 10 * 60_000,
  maxAttempts: 12,
  leaseMs: 60_000,
  waitMs: 30_000,
  // Teams takes 60 posts per 30 s in one conversation: a full batch fits well inside the lease.
  batchSize: 60,
  language: 'nl',
};

/** Written on a create-thread message just before posting: a retry must look before it posts. */
const POST_STARTED = 'post-started';
/** A message put back because its conversation's next free slot lies beyond the lease. */
const PACED = 'paced';

export interface OutboxDeps {
  store: IncidentStore;
  poster: ChannelPoster;
  clock: () => Date;
  /** Teams' rate limits; without one, posts go as fast as the poster answers. */
  pacer?: PostPacer;
  /** Waits for a paced slot; tests and the bench pass one that moves their clock. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** 0 ≤ x < 1 for the backoff's jitter. */
  random?: () => number;
  options?: Partial<OutboxOptions>;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  waiting: number;
  failed: number;
  /** Card updates that needed no post: a card drawn later in this pass already shows them. */
  coalesced: number;
  /** The earliest slot a paced message was put back for: the worker looks again then. */
  pacedUntil?: number;
}

/** `coalesced`: done without a call, another post of this pass or its thread's creation draws it. */
type Outcome = 'sent' | 'coalesced' | 'wait' | 'paced';

const realSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Sends what is due now, batch after batch until nothing due is left. The Teams wiring calls this
 * after each change and on a timer; several instances may call it at the same time (messages are
 * leased).
 */
export async function deliverOutbox(deps: OutboxDeps): Promise<DeliveryReport> {
  const options = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
  const report: DeliveryReport = { sent: 0, retrying: 0, waiting: 0, failed: 0, coalesced: 0 };
  const drawn = new Map<string, number>();
  for (;;) {
    const done = report.sent + report.coalesced;
    const claimed = await deliverBatch(deps, options, report, drawn);
    // A short batch means nothing more is due; a batch that sent nothing must not spin.
    if (claimed < options.batchSize || report.sent + report.coalesced === done) return report;
  }
}

async function deliverBatch(
  deps: OutboxDeps,
  options: OutboxOptions,
  report: DeliveryReport,
  drawn: Map<string, number>,
): Promise<number> {
  const claimedAt = deps.clock();
  const leaseEnd = claimedAt.getTime() + options.leaseMs;
  const claimed = await deps.store.claimOutbox(
    claimedAt.toISOString(),
    new Date(leaseEnd).toISOString(),
    options.batchSize,
  );
  const context: BatchContext = { drawn, leaseEnd };
  for (const message of claimed) {
    delete context.conversation;
    // A card drawn after this update was asked for already shows it: one draw is enough.
    const drawnAt = drawn.get(message.incidentId);
    if (
      message.intent.kind === 'update-card' &&
      drawnAt !== undefined &&
      Date.parse(message.createdAt) < drawnAt
    ) {
      await deps.store.completeOutbox(message.id);
      report.coalesced++;
      continue;
    }
    try {
      const outcome = await deliver(message, deps, options, context);
      if (outcome === 'sent' || outcome === 'coalesced') {
        await deps.store.completeOutbox(message.id);
        report[outcome]++;
      } else if (outcome === 'paced') {
        report.waiting++;
      } else {
        const later = new Date(deps.clock().getTime() + options.waitMs).toISOString();
        await deps.store.rescheduleOutbox(message.id, later, message.attempts, 'waiting');
        report.waiting++;
      }
    } catch (error) {
      await recordFailure(message, context.conversation, error, deps, options, report);
    }
  }
  if (context.pacedUntil !== undefined)
    report.pacedUntil = Math.min(context.pacedUntil, report.pacedUntil ?? Infinity);
  return claimed.length;
}

interface BatchContext {
  /** When this pass drew each incident's card (created its thread or updated it). */
  drawn: Map<string, number>;
  /** When the batch's lease ends: a paced wait beyond it puts the message back instead. */
  leaseEnd: number;
  /** The conversation of the call under way, paused for all when Teams throttles it. */
  conversation?: string;
  /** See DeliveryReport.pacedUntil. */
  pacedUntil?: number;
}

async function recordFailure(
  message: OutboxMessage,
  conversation: string | undefined,
  error: unknown,
  deps: OutboxDeps,
  options: OutboxOptions,
  report: DeliveryReport,
): Promise<void> {
  const failure =
    error instanceof DeliveryError ? error : new DeliveryError('transient', 'unexpected');
  const attempts = message.attempts + 1;
  if (failure.kind === 'permanent' || attempts >= options.maxAttempts) {
    await deps.store.failOutbox(message.id, attempts, failure.code);
    report.failed++;
    return;
  }
  const delay = retryDelayMs(attempts, failure, options, deps.random);
  const at = deps.clock().getTime() + delay;
  if (failure.kind === 'throttled' && conversation) deps.pacer?.pause(conversation, at);
  await deps.store.rescheduleOutbox(message.id, new Date(at).toISOString(), attempts, failure.code);
  report.retrying++;
}

/**
 * Waits for the conversation's next free slot. False when that slot lies beyond the batch's
 * lease: the message is put back for then (not a failure), so another instance cannot take it
 * while this one still waits.
 */
async function paced(
  conversation: string,
  message: OutboxMessage,
  deps: OutboxDeps,
  options: OutboxOptions,
  context: BatchContext,
): Promise<boolean> {
  context.conversation = conversation;
  if (!deps.pacer) return true;
  const now = deps.clock().getTime();
  const wait = deps.pacer.reserve(conversation, now);
  if (wait <= 0) return true;
  if (now + wait + options.timeoutMs > context.leaseEnd) {
    const at = now + wait;
    await deps.store.rescheduleOutbox(
      message.id,
      new Date(at).toISOString(),
      message.attempts,
      message.lastError ?? PACED,
    );
    context.pacedUntil = Math.min(at, context.pacedUntil ?? Infinity);
    return false;
  }
  await (deps.sleep ?? realSleep)(wait);
  return true;
}

async function deliver(
  message: OutboxMessage,
  deps: OutboxDeps,
  options: OutboxOptions,
  context: BatchContext,
): Promise<Outcome> {
  const { store, poster, clock } = deps;
  const { language } = options;
  // The card drawn below shows every change committed before this read.
  const readAt = clock().getTime();
  const incident = await store.getIncident(message.incidentId);
  if (!incident) return 'sent';
  const intent = message.intent;
  const call = <T>(work: () => Promise<T>) => withTimeout(work(), options.timeoutMs);
  const slot = (conversation: string) => paced(conversation, message, deps, options, context);
  if (intent.kind === 'notify-reporter') {
    const reference = await store.getConversationReference(incident.reporter.id);
    // A report made outside Teams (the Outlook add-in) may have no chat to answer in.
    if (!reference) return 'sent';
    if (!(await slot(conversationOf(reference)))) return 'paced';
    await call(() =>
      poster.notifyReporter(reference, {
        kind: 'notify-status',
        incidentNumber: incident.number,
        status: intent.status,
        language,
      }),
    );
    return 'sent';
  }
  const decision = (await store.listBreachDecisions(incident.id)).at(-1);
  const view = () => incidentCardView(incident, clock(), decision);
  const escalation = (kind: EscalationKind) =>
    escalationText(incident.number, kind, view().deadline, {
      nl: formatAmsterdam(incident.reportedAt, 'nl'),
      en: formatAmsterdam(incident.reportedAt, 'en'),
    });
  if (intent.kind === 'notify-person') {
    const reference = await store.getConversationReference(intent.userId);
    // Someone who never opened the bot in Teams cannot get a personal message: visible as failed.
    if (!reference) throw new DeliveryError('permanent', 'no-conversation-reference');
    if (!(await slot(conversationOf(reference)))) return 'paced';
    await call(() =>
      poster.notifyReporter(reference, {
        kind: 'escalate-personally',
        text: escalation(intent.escalation),
        view: view(),
        language,
      }),
    );
    return 'sent';
  }
  const channel = await store.getChannel();
  if (!channel) return 'wait';
  if (intent.kind === 'create-thread') {
    if (incident.channelMessage) return 'sent';
    // An earlier attempt may have reached Teams before this process died or lost the answer.
    const mayHavePosted = message.lastError === POST_STARTED || message.attempts > 0;
    const found = mayHavePosted
      ? await call(() => poster.findThread(channel, incident.id))
      : undefined;
    if (!found && !(await slot(channel.channelId))) return 'paced';
    if (!found)
      await store.rescheduleOutbox(
        message.id,
        new Date(context.leaseEnd).toISOString(),
        message.attempts,
        POST_STARTED,
      );
    const ref =
      found ??
      (await call(() =>
        poster.createThread(channel, { kind: 'post-incident', view: view(), language }),
      ));
    await store.setChannelMessage(incident.id, ref);
    // A thread found after a crash shows the card of its time: later updates still go out.
    if (!found) context.drawn.set(incident.id, readAt);
    return 'sent';
  }
  // Until the thread exists there is nothing to update; creating it draws the latest state.
  const thread = incident.channelMessage;
  if (!thread) return intent.kind === 'update-card' ? 'coalesced' : 'wait';
  if (!(await slot(thread.conversationId))) return 'paced';
  switch (intent.kind) {
    case 'update-card':
      await call(() =>
        poster.updateCard(channel, thread, { kind: 'update-card', view: view(), language }),
      );
      context.drawn.set(incident.id, readAt);
      return 'sent';
    case 'thread-step':
      await call(() =>
        poster.postInThread(channel, thread, {
          kind: 'post-step',
          incidentNumber: incident.number,
          actorName: intent.actorName,
          step: intent.step,
          language,
        }),
      );
      return 'sent';
    case 'thread-reminder':
      await call(() =>
        poster.postInThread(channel, thread, {
          kind: 'send-reminder',
          text: reminderText(incident.number, intent.reminder, view().deadline),
          language,
        }),
      );
      return 'sent';
    case 'thread-escalation':
      await call(() =>
        poster.postInThread(channel, thread, {
          kind: 'escalate',
          text: escalation(intent.escalation),
          language,
        }),
      );
      return 'sent';
  }
}

/** The conversation a stored reference points at, for pacing (one key per chat). */
function conversationOf(reference: Record<string, unknown>): string {
  const conversation = reference['conversation'] as { id?: unknown } | undefined;
  return typeof conversation?.id === 'string' ? conversation.id : 'unknown';
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryError('transient', 'timeout')), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
