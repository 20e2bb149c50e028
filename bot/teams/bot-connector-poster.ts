// The outbox's ChannelPoster over the Bot Connector: a new thread per incident in the ICT channel
// (createConversation, which returns both the thread's conversation id and the card's message id;
// TeamsInfo.sendMessageToTeamsChannel fails without an app id and returns the wrong id), in-place
// card updates, replies in the thread and proactive 1:1 messages. No retries here: the outbox
// retries what fails, so every failure becomes a DeliveryError.
import {
  CardFactory,
  type Activity,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { ChannelPoster, CardJson } from '../incidents/channel-poster';
import { channelReference, withConnector, type ConnectorAccess } from './connector-turn';
import { toDeliveryError } from './delivery-failure';

export function createBotConnectorPoster(access: ConnectorAccess): ChannelPoster {
  const call = async <T>(
    reference: Partial<ConversationReference>,
    work: Parameters<typeof withConnector<T>>[2],
  ): Promise<T> => {
    try {
      return await withConnector(access, reference, work);
    } catch (error) {
      throw toDeliveryError(error);
    }
  };

  return {
    async createThread(channel, card) {
      const created = await call(channelReference(channel), (connector) =>
        // A channel thread needs no bot or members, as in Microsoft's start-new-thread sample;
        // botbuilder's type asks for `bot` all the same.
        connector.conversations.createConversation({
          isGroup: true,
          channelData: { channel: { id: channel.channelId }, tenant: { id: channel.tenantId } },
          activity: cardActivity(card) as Activity,
          tenantId: channel.tenantId,
        } as ConversationParameters),
      );
      if (!created.id || !created.activityId)
        throw toDeliveryError({ statusCode: 502, code: 'no-thread-id' });
      return { conversationId: created.id, activityId: created.activityId };
    },

    async updateCard(channel, message, card) {
      await call(channelReference(channel), (connector) =>
        connector.conversations.updateActivity(message.conversationId, message.activityId, {
          ...cardActivity(card),
          id: message.activityId,
        }),
      );
    },

    async postInThread(channel, message, card) {
      await call(channelReference(channel), (connector) =>
        connector.conversations.replyToActivity(
          message.conversationId,
          message.activityId,
          cardActivity(card),
        ),
      );
    },

    async notifyReporter(reference, card) {
      const stored = reference as Partial<ConversationReference>;
      const conversationId = stored.conversation?.id;
      if (!conversationId) throw toDeliveryError({ statusCode: 404 });
      await call(stored, (connector) =>
        connector.conversations.sendToConversation(conversationId, {
          ...cardActivity(card),
          ...(stored.user ? { recipient: stored.user } : {}),
          ...(stored.bot ? { from: stored.bot } : {}),
        }),
      );
    },
  };
}

function cardActivity(card: CardJson): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
