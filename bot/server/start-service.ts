// Starts the whole service: checks the environment (production needs credentials), builds the bot
// endpoint and the express app, listens, and closes everything in order on request.
import type { RequestHandler } from 'express';
import type { Config } from '../../shared/policy/config-schema';
import type { QuestionInsight } from '../insight/question-insight';
import type { Answerer } from '../qa/types';
import {
  createBotEndpoint,
  type BotEndpoint,
  type IncidentEndpointOptions,
  type WeeklySummaryOptions,
} from '../teams/bot-endpoint';
import type { RetryPolicyOptions } from './retry-policy';
import { createApp } from './create-app';
import type { ReadinessCheck } from './healthz';
import { listen } from './http-server';
import type { Logger } from './logger';
import { listenHost, readServiceEnvironment, type ServiceMode } from './service-environment';

export interface ServiceOptions {
  config: Config;
  env: NodeJS.ProcessEnv;
  port: number;
  /** Default: PRIVACYWACHT_HOST, else 127.0.0.1 in development mode, all interfaces in production. */
  host?: string;
  answer: Answerer;
  logger: Logger;
  /** Readiness beyond "config loaded", e.g. { name: 'register', check: () => store.ping() }. */
  readiness?: readonly ReadinessCheck[];
  /** Closed after the server has stopped (the register). */
  onClose?: () => Promise<void> | void;
  mounts?: readonly { path: string; handler: RequestHandler }[];
  /** The Bot Connector's retry settings (tests shorten the waits). */
  retry?: Partial<RetryPolicyOptions>;
  /** The breach register for reports and the ICT channel (its worker stops before onClose). */
  incidents: IncidentEndpointOptions;
  /** Unanswered questions and answer ratings (bot/insight/question-insight.ts). */
  questions?: QuestionInsight;
  /** The weekly summary card in the ICT channel (stopped before onClose). */
  weeklySummary?: WeeklySummaryOptions;
}

export interface RunningService {
  url: string;
  port: number;
  mode: ServiceMode;
  bot: BotEndpoint;
  /** Stops accepting, lets requests in flight finish, then runs onClose. */
  close(): Promise<void>;
}

export type StartResult = { ok: true; service: RunningService } | { ok: false; error: string };

export async function startService(options: ServiceOptions): Promise<StartResult> {
  const environment = readServiceEnvironment(options.env);
  if (!environment.ok) return environment;
  const { logger } = options;
  const bot = await createBotEndpoint({
    credentials: environment.credentials,
    answer: options.answer,
    organisationName: options.config.organisation.name,
    logger,
    ...(options.retry ? { retry: options.retry } : {}),
    incidents: options.incidents,
    ...(options.questions ? { questions: options.questions } : {}),
    ...(options.weeklySummary ? { weeklySummary: options.weeklySummary } : {}),
    schools: {
      schools: options.config.insight.schools,
      organisationDomains: options.config.organisation.domains,
    },
  });
  const app = createApp({
    handleMessages: bot.handleMessages,
    readiness: [{ name: 'config', check: () => undefined }, ...(options.readiness ?? [])],
    logger,
    ...(options.mounts ? { mounts: options.mounts } : {}),
  });
  const host = options.host ?? listenHost(options.env, environment.mode);
  const server = await listen(app, options.port, host).catch(async (error: unknown) => {
    await bot.weeklySummary?.stop();
    await bot.incidents.stop();
    throw error;
  });
  logger.info({
    event: 'listening',
    port: server.port,
    host: host ?? 'all',
    mode: environment.mode,
  });
  return {
    ok: true,
    service: {
      url: server.url,
      port: server.port,
      mode: environment.mode,
      bot,
      async close() {
        await server.close();
        await bot.weeklySummary?.stop();
        await bot.incidents.stop();
        await options.onClose?.();
      },
    },
  };
}
