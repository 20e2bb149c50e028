// Delivers the outbox to Teams: draws each card from the register at send time, retries failures
// with exponential backoff (honouring Retry-After on 429), and leaves the incident itself untouched
// whatever happens, so an incident whose card never arrived stays manageable.
import { buildIncidentCard } from '../cards/incident-card';
import { buildStatusNotificationCard } from '../cards/incident-status-card';
import {
  buildEscalationCard,
  buildReminderCard,
  buildStepCard,
  reminderText,
} from '../cards/incident-thread-cards';
import type { Language } from '../cards/incident-card-elements';
import type { IncidentStore } from '../store/incident-store';
import { DeliveryError, type ChannelPoster } from './channel-poster';
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import { escalationText, type EscalationKind } from './escalation';
import { incidentCardView } from './incident-view';
import type { OutboxMessage } from './outbox-message';

export interface OutboxOptions {
  /** How long one Bot Connector call may take before it counts as a transient failure. */
  timeoutMs: number;
  /** First retry delay; doubles per failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many failures a message is marked failed (the incident is unaffected). */
  maxAttempts: number;
  /** How long a claimed message is held before another instance may take it. */
  leaseMs: number;
  /** Wait before looking again when the thread or channel does not exist yet. */
  waitMs: number;
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
  batchSize: 20,
  language: 'nl',
};

export interface OutboxDeps {
  store: IncidentStore;
  poster: ChannelPoster;
  clock: () => Date;
  options?: Partial<OutboxOptions>;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  waiting: number;
  failed: number;
}

type Outcome = 'sent' | 'wait';

/**
 * Sends what is due now, once. The Teams wiring calls this after each change and on a timer;
 * several instances may call it at the same time (messages are leased).
 */
export async function deliverOutbox(deps: OutboxDeps): Promise<DeliveryReport> {
  const options = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
  const now = deps.clock();
  const report: DeliveryReport = { sent: 0, retrying: 0, waiting: 0, failed: 0 };
  const claimed = await deps.store.claimOutbox(
    now.toISOString(),
    new Date(now.getTime() + options.leaseMs).toISOString(),
    options.batchSize,
  );
  for (const message of claimed) {
    try {
      const outcome = await withTimeout(deliver(message, deps, options), options.timeoutMs);
      if (outcome === 'sent') {
        await deps.store.completeOutbox(message.id);
        report.sent++;
      } else {
        const later = new Date(deps.clock().getTime() + options.waitMs).toISOString();
        await deps.store.rescheduleOutbox(message.id, later, message.attempts, 'waiting');
        report.waiting++;
      }
    } catch (error) {
      const failure =
        error instanceof DeliveryError ? error : new DeliveryError('transient', 'unexpected');
      const attempts = message.attempts + 1;
      if (failure.kind === 'permanent' || attempts >= options.maxAttempts) {
        await deps.store.failOutbox(message.id, attempts, failure.code);
        report.failed++;
      } else {
        const delay = retryDelay(attempts, failure, options);
        const at = new Date(deps.clock().getTime() + delay).toISOString();
        await deps.store.rescheduleOutbox(message.id, at, attempts, failure.code);
        report.retrying++;
      }
    }
  }
  return report;
}

/** Retry-After when Teams gave one, else base × 2^(attempts−1), capped. */
function retryDelay(
  attempts: number,
  failure: DeliveryError,
  options: Pick<OutboxOptions, 'baseDelayMs' | 'maxDelayMs'>,
): number {
  if (failure.kind === 'throttled' && failure.retryAfterMs !== undefined)
    return Math.max(0, failure.retryAfterMs);
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempts - 1));
}

async function deliver(
  message: OutboxMessage,
  { store, poster, clock }: OutboxDeps,
  options: OutboxOptions,
): Promise<Outcome> {
  const incident = await store.getIncident(message.incidentId);
  if (!incident) return 'sent';
  const intent = message.intent;
  if (intent.kind === 'notify-reporter') {
    const reference = await store.getConversationReference(incident.reporter.id);
    // A report made outside Teams (the Outlook add-in) may have no chat to answer in.
    if (!reference) return 'sent';
    await poster.notifyReporter(
      reference,
      buildStatusNotificationCard(incident.number, intent.status, options.language),
    );
    return 'sent';
  }
  const decision = (await store.listBreachDecisions(incident.id)).at(-1);
  const view = () => incidentCardView(incident, clock(), decision);
  const card = () => buildIncidentCard(view(), { language: options.language, canAct: true });
  const escalation = (kind: EscalationKind) =>
    escalationText(incident.number, kind, view().deadline, {
      nl: formatAmsterdam(incident.reportedAt, 'nl'),
      en: formatAmsterdam(incident.reportedAt, 'en'),
    });
  if (intent.kind === 'notify-person') {
    const reference = await store.getConversationReference(intent.userId);
    // Someone who never opened the bot in Teams cannot get a personal message: visible as failed.
    if (!reference) throw new DeliveryError('permanent', 'no-conversation-reference');
    await poster.notifyReporter(
      reference,
      buildEscalationCard(escalation(intent.escalation), card(), options.language),
    );
    return 'sent';
  }
  const channel = await store.getChannel();
  if (!channel) return 'wait';
  if (intent.kind === 'create-thread') {
    if (incident.channelMessage) return 'sent';
    const ref = await poster.createThread(channel, card());
    await store.setChannelMessage(incident.id, ref);
    return 'sent';
  }
  // Until the thread exists there is nothing to update; creating it draws the latest state.
  if (!incident.channelMessage) return intent.kind === 'update-card' ? 'sent' : 'wait';
  switch (intent.kind) {
    case 'update-card':
      await poster.updateCard(channel, incident.channelMessage, card());
      return 'sent';
    case 'thread-step':
      await poster.postInThread(
        channel,
        incident.channelMessage,
        buildStepCard(incident.number, intent.actorName, intent.step, options.language),
      );
      return 'sent';
    case 'thread-reminder':
      await poster.postInThread(
        channel,
        incident.channelMessage,
        buildReminderCard(
          reminderText(incident.number, intent.reminder, view().deadline),
          options.language,
        ),
      );
      return 'sent';
    case 'thread-escalation':
      await poster.postInThread(
        channel,
        incident.channelMessage,
        buildReminderCard(escalation(intent.escalation), options.language),
      );
      return 'sent';
  }
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
