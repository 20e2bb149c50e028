// The only place that constructs the botbuilder adapter: CloudAdapter with credentials from the
// environment, the Bot Connector's retry policy on every outbound send and update (in place of the
// connector client's own retries), and a turn error handler that tells the user something went
// wrong without details and logs without content.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../server/service-environment';
import type { Logger } from '../server/logger';
import type { ServicePolicy } from '../server/retry-policy';
import { turnErrorHandler } from './turn-error';

/** CloudAdapter that also runs an already-parsed activity, so the HTTP edge owns the response. */
export class BotAdapter extends CloudAdapter {
  /** Authenticates the request and runs the turn; throws AuthenticationError on a bad token. */
  runActivity(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

export interface AdapterOptions {
  credentials: BotCredentials;
  logger: Logger;
  /** The Bot Connector's policy, shared with the outbox's poster (one circuit per service). */
  connectorPolicy: ServicePolicy;
}

export function createBotAdapter({
  credentials,
  logger,
  connectorPolicy,
}: AdapterOptions): BotAdapter {
  const settings = Object.fromEntries(
    Object.entries(credentials).filter(([, value]) => value !== ''),
  );
  const adapter = new BotAdapter(new ConfigurationBotFrameworkAuthentication(settings));
  adapter.use(retryingSends(adapter, connectorPolicy));
  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}

/**
 * Every send and update in a turn (proactive ones too) goes through the policy. A retry re-sends
 * the whole batch, so the bot sends one activity per call.
 */
function retryingSends(adapter: CloudAdapter, policy: ServicePolicy): Middleware {
  return {
    async onTurn(context, next) {
      withoutPipelineRetries(context.turnState.get(adapter.ConnectorClientKey));
      context.onSendActivities((_context, _activities, send) => policy.execute(send));
      context.onUpdateActivity((_context, _activity, update) => policy.execute(update));
      await next();
    },
  };
}

/**
 * The connector's HTTP pipeline (@azure/core-client) retries 429 and 5xx on its own, sleeping
 * between tries and treating every 503 as throttling. The one policy decides instead, so the
 * pipeline's retries are taken out of every turn's client.
 */
function withoutPipelineRetries(connector: unknown): void {
  const client = (
    connector as
      { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } } | undefined
  )?.client;
  client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}
