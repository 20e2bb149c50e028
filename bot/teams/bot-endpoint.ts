// Puts the adapter, the bot and the HTTP handler together: what the server mounts on
// /api/messages, and the adapter for proactive sends (continueConversationAsync).
import type { RequestHandler } from 'express';
import type { QaAnswer } from '../qa/types';
import type { Logger } from '../server/logger';
import type { BotCredentials } from '../server/service-environment';
import { createBotAdapter, type BotAdapter } from './adapter';
import { createFeedbackCounter } from './feedback-counter';
import { messagesHandler } from './messages-handler';
import { PrivacywachtBot } from './privacywacht-bot';
import type { RetryPolicy } from './retry';

export interface BotEndpointOptions {
  credentials: BotCredentials;
  answer: (question: string) => QaAnswer;
  organisationName: string;
  logger: Logger;
  retryPolicy?: RetryPolicy;
}

export interface BotEndpoint {
  handleMessages: RequestHandler;
  /** For proactive messages: adapter.continueConversationAsync(appId, reference, logic). */
  adapter: BotAdapter;
}

export function createBotEndpoint(options: BotEndpointOptions): BotEndpoint {
  const { credentials, logger } = options;
  const adapter = createBotAdapter({
    credentials,
    logger,
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
  });
  const bot = new PrivacywachtBot({
    answer: options.answer,
    organisationName: options.organisationName,
    feedback: createFeedbackCounter(),
    logger,
  });
  return { handleMessages: messagesHandler(adapter, bot, logger), adapter };
}
