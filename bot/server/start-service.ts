// Starts the whole service: checks the environment (production needs credentials), builds the bot
// endpoint and the express app, listens, and closes everything in order on request.
import type { RequestHandler } from 'express';
import type { Config } from '../../shared/policy/config-schema';
import type { Answerer } from '../qa/types';
import {
  createBotEndpoint,
  type BotEndpoint,
  type IncidentEndpointOptions,
} from '../teams/bot-endpoint';
import type { RetryPolicy } from '../teams/retry';
import { createApp } from './create-app';
import type { ReadinessCheck } from './healthz';
import { listen } from './http-server';
import type { Logger } from './logger';
import { readServiceEnvironment, type ServiceMode } from './service-environment';

export interface ServiceOptions {
  config: Config;
  env: NodeJS.ProcessEnv;
  port: number;
  host?: string;
  answer: Answerer;
  logger: Logger;
  /** Readiness beyond "config loaded", e.g. { name: 'register', check: () => store.ping() }. */
  readiness?: readonly ReadinessCheck[];
  /** Closed after the server has stopped (the register). */
  onClose?: () => Promise<void> | void;
  mounts?: readonly { path: string; handler: RequestHandler }[];
  retryPolicy?: RetryPolicy;
  /** The breach register for reports and the ICT channel (its worker stops before onClose). */
  incidents: IncidentEndpointOptions;
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
    ...(options.retryPolicy ? { retryPolicy: options.retryPolicy } : {}),
    incidents: options.incidents,
  });
  const app = createApp({
    handleMessages: bot.handleMessages,
    readiness: [{ name: 'config', check: () => undefined }, ...(options.readiness ?? [])],
    logger,
    ...(options.mounts ? { mounts: options.mounts } : {}),
  });
  const server = await listen(app, options.port, options.host).catch(async (error: unknown) => {
    await bot.incidents.stop();
    throw error;
  });
  logger.info({ event: 'listening', port: server.port, mode: environment.mode });
  return {
    ok: true,
    service: {
      url: server.url,
      port: server.port,
      mode: environment.mode,
      bot,
      async close() {
        await server.close();
        await bot.incidents.stop();
        await options.onClose?.();
      },
    },
  };
}
