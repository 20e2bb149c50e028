// Puts the adapter, the bot and the HTTP handler together: what the server mounts on
// /api/messages, and the adapter for proactive sends (continueConversationAsync).
import type { RequestHandler } from 'express';
import type { Config } from '../../shared/policy/config-schema';
import type { Person } from '../incidents/report';
import type { Answerer } from '../qa/types';
import type { Logger } from '../server/logger';
import type { BotCredentials } from '../server/service-environment';
import type { IncidentStore } from '../store/incident-store';
import { createMemoryQuestionInsight, type QuestionInsight } from '../insight/question-insight';
import { createBotAdapter, type BotAdapter } from './adapter';
import { startIncidentDesk, type IncidentDesk } from './incident-desk';
import { messagesHandler } from './messages-handler';
import { PrivacywachtBot } from './privacywacht-bot';
import type { ChannelThread, GraphResult } from '../identity/graph-client';
import { createServicePolicy, type RetryPolicyOptions } from '../server/retry-policy';

export interface BotEndpointOptions {
  credentials: BotCredentials;
  answer: Answerer;
  organisationName: string;
  logger: Logger;
  /** The Bot Connector's retry settings (tests shorten the waits). */
  retry?: Partial<RetryPolicyOptions>;
  incidents: IncidentEndpointOptions;
  /** Unanswered questions and answer ratings; without it they are kept in memory, this month only. */
  questions?: QuestionInsight;
}

/** The breach register and how the bot treats it. */
export interface IncidentEndpointOptions {
  store: IncidentStore;
  settings: Config['incidents'];
  /** Security-group check (Graph), the alternative to the ICT team's roster. */
  groupCheck?: (person: Person) => Promise<boolean>;
  clock?: () => Date;
  workerIntervalMs?: number;
  /** Graph's channel messages, so a card is posted once even across a crash. */
  channelThreads?: (
    teamGroupId: string,
    channelId: string,
  ) => Promise<GraphResult<ChannelThread[]>>;
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
  const connectorPolicy = createServicePolicy('bot-connector', logger, options.retry);
  const adapter = createBotAdapter({ credentials, logger, connectorPolicy });
  const { store, settings, groupCheck, clock, workerIntervalMs, channelThreads } =
    options.incidents;
  const incidents = await startIncidentDesk({
    access: { adapter, appId: credentials.MicrosoftAppId },
    connectorPolicy,
    ...(channelThreads ? { channelThreads } : {}),
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
    questions: options.questions ?? createMemoryQuestionInsight(),
    incidents,
    logger,
  });
  return { handleMessages: messagesHandler(adapter, bot, logger), adapter, incidents };
}
