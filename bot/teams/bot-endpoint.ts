// Puts the adapter, the bot and the HTTP handler together: what the server mounts on
// /api/messages, and the adapter for proactive sends (continueConversationAsync).
import type { RequestHandler } from 'express';
import type { Config } from '../../shared/policy/config-schema';
import type { Person } from '../incidents/report';
import type { Answerer } from '../qa/types';
import type { Logger } from '../server/logger';
import type { BotCredentials } from '../server/service-environment';
import type { IncidentStore } from '../store/incident-store';
import { createBotAdapter, type BotAdapter } from './adapter';
import { createFeedbackCounter } from './feedback-counter';
import { startIncidentDesk, type IncidentDesk } from './incident-desk';
import { messagesHandler } from './messages-handler';
import { PrivacywachtBot } from './privacywacht-bot';
import type { RetryPolicy } from './retry';

export interface BotEndpointOptions {
  credentials: BotCredentials;
  answer: Answerer;
  organisationName: string;
  logger: Logger;
  retryPolicy?: RetryPolicy;
  incidents: IncidentEndpointOptions;
}

/** The breach register and how the bot treats it. */
export interface IncidentEndpointOptions {
  store: IncidentStore;
  settings: Config['incidents'];
  /** Security-group check (Graph), the alternative to the ICT team's roster. */
  groupCheck?: (person: Person) => Promise<boolean>;
  clock?: () => Date;
  workerIntervalMs?: number;
}

export interface BotEndpoint {
  handleMessages: RequestHandler;
  /** For proactive messages: adapter.continueConversationAsync(appId, reference, logic). */
  adapter: BotAdapter;
  /** The breach register's service, outbox worker and channel rule. */
  incidents: IncidentDesk;
}

export async function createBotEndpoint(options: BotEndpointOptions): Promise<BotEndpoint> {
  const { credentials, logger } = options;
  const adapter = createBotAdapter({
    credentials,
    logger,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
  });
  const { store, settings, groupCheck, clock, workerIntervalMs } = options.incidents;
  const incidents = await startIncidentDesk({
    access: { adapter, appId: credentials.MicrosoftAppId },
    store,
    organisationName: options.organisationName,
    incidents: settings,
    logger,
    ...(groupCheck ? { groupCheck } : {}),
    ...(clock ? { clock } : {}),
    ...(workerIntervalMs ? { workerIntervalMs } : {}),
  });
  const bot = new PrivacywachtBot({
    answer: options.answer,
    organisationName: options.organisationName,
    feedback: createFeedbackCounter(),
    incidents,
    logger,
  });
  return { handleMessages: messagesHandler(adapter, bot, logger), adapter, incidents };
}
