// Runs one Bot Connector call outside a user's turn: continueConversationAsync on a stored
// reference, the connector client that CloudAdapter put in the turn state, and the failure
// returned to the caller (the adapter's turn error handler would otherwise swallow it and try to
// apologise into the conversation).
import type {
  Activity,
  ConversationParameters,
  ConversationReference,
  ConversationResourceResponse,
  ResourceResponse,
  TurnContext,
} from 'botbuilder';
import type { ChannelRegistration } from '../store/incident-store';
import type { BotAdapter } from './adapter';

/** The part of botframework-connector's ConnectorClient the bot calls (not a direct dependency). */
export interface ConnectorClient {
  conversations: {
    createConversation(parameters: ConversationParameters): Promise<ConversationResourceResponse>;
    sendToConversation(
      conversationId: string,
      activity: Partial<Activity>,
    ): Promise<ResourceResponse>;
    replyToActivity(
      conversationId: string,
      activityId: string,
      activity: Partial<Activity>,
    ): Promise<ResourceResponse>;
    updateActivity(
      conversationId: string,
      activityId: string,
      activity: Partial<Activity>,
    ): Promise<ResourceResponse>;
  };
}

export interface ConnectorAccess {
  adapter: BotAdapter;
  /** The bot's app id; empty in development (no credentials). */
  appId: string;
}

export async function withConnector<T>(
  { adapter, appId }: ConnectorAccess,
  reference: Partial<ConversationReference>,
  work: (connector: ConnectorClient, context: TurnContext) => Promise<T>,
): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    const connector = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
    try {
      outcome = { ok: true, value: await work(connector, context) };
    } catch (error) {
      outcome = { ok: false, error };
    }
  });
  if (!outcome) throw new Error('the proactive turn did not run');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** A reference for calls about the ICT channel: its service URL and conversation. */
export function channelReference(channel: ChannelRegistration): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: channel.serviceUrl,
    conversation: {
      id: channel.channelId,
      isGroup: true,
      conversationType: 'channel',
      tenantId: channel.tenantId,
      name: '',
    },
  };
}
