// The only place that constructs the botbuilder adapter: CloudAdapter with credentials from the
// environment, retries on every outbound send, and a turn error handler that tells the user
// something went wrong without details and logs without content.
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
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry';
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
  retryPolicy?: RetryPolicy;
}

export function createBotAdapter({
  credentials,
  logger,
  retryPolicy = DEFAULT_RETRY_POLICY,
}: AdapterOptions): BotAdapter {
  const settings = Object.fromEntries(
    Object.entries(credentials).filter(([, value]) => value !== ''),
  );
  const adapter = new BotAdapter(new ConfigurationBotFrameworkAuthentication(settings));
  adapter.use(retryingSends(retryPolicy));
  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}

/**
 * Every send and update in a turn (proactive ones too) goes through the retry policy. A retry
 * re-sends the whole batch, so the bot sends one activity per call.
 */
function retryingSends(policy: RetryPolicy): Middleware {
  return {
    async onTurn(context, next) {
      context.onSendActivities((_context, _activities, send) => withRetry(send, policy));
      context.onUpdateActivity((_context, _activity, update) => withRetry(update, policy));
      await next();
    },
  };
}
