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
import {
  startWeeklySummaryWorker,
  type WeeklySummaryWorker,
} from '../insight/weekly-summary-worker';
import type { InsightStore } from '../store/insight-store';
import type { UnansweredStore } from '../store/unanswered-store';
import type { WeeklySummaryStore } from '../store/weekly-summary-store';
import { createWeeklySummaryPoster } from './weekly-summary-poster';
import { createAskerSchool, type SchoolSettings } from './asker-school';

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
  /** The weekly summary card in the ICT channel (issue 17); without it none is sent. */
  weeklySummary?: WeeklySummaryOptions;
  /** How a bot user's domain maps to a school (config `insight.schools`), for unanswered questions. */
  schools?: SchoolSettings;
}

/** What the weekly summary reads and where it keeps which weeks were sent. */
export interface WeeklySummaryOptions {
  settings: Config['insight']['weeklySummary'];
  store: WeeklySummaryStore;
  insight: InsightStore;
  unanswered: UnansweredStore;
  /** How often it looks whether a week is due (default 5 minutes). */
  intervalMs?: number;
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
  /** Present when the weekly summary is wired (enabled or not). */
  weeklySummary?: WeeklySummaryWorker;
}

const WEEKLY_INTERVAL_MS = 5 * 60_000;

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
    ...(options.schools ? { askerSchool: createAskerSchool(options.schools) } : {}),
  });
  const weekly = options.weeklySummary;
  const weeklySummary =
    weekly &&
    startWeeklySummaryWorker({
      settings: weekly.settings,
      store: weekly.store,
      insight: weekly.insight,
      unanswered: weekly.unanswered,
      incidents: store,
      poster: createWeeklySummaryPoster({
        access: { adapter, appId: credentials.MicrosoftAppId },
        policy: connectorPolicy,
        ...(channelThreads ? { threads: channelThreads } : {}),
      }),
      clock: clock ?? (() => new Date()),
      intervalMs: weekly.intervalMs ?? WEEKLY_INTERVAL_MS,
      onOutcome: (outcome) => logger.info({ event: 'weekly-summary', outcome }),
      onError: (error) =>
        logger.error({
          event: 'weekly-summary-failed',
          error: error instanceof Error ? error.name : typeof error,
        }),
    });
  return {
    handleMessages: messagesHandler(adapter, bot, logger),
    adapter,
    incidents,
    ...(weeklySummary ? { weeklySummary } : {}),
  };
}
