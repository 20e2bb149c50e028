// The weekly summary's way into the ICT channel over the Bot Connector: a new thread with the card
// (as the incident cards start theirs), and the look-up of a thread an interrupted attempt started,
// by the week's marker in the card (Microsoft Graph's channel messages, through the incident
// poster's findThread). A post passes the circuit once; the worker decides whether to try again.
import { CardFactory, type Activity, type ConversationParameters } from 'botbuilder';
import { buildWeeklySummaryCard, weeklySummaryMarker } from '../cards/weekly-summary-card';
import type { WeeklySummaryPoster } from '../insight/weekly-summary-worker';
import { createBotConnectorPoster, type BotConnectorPosterOptions } from './bot-connector-poster';
import { channelReference, withConnector } from './connector-turn';
import { toDeliveryError } from './delivery-failure';

export function createWeeklySummaryPoster(options: BotConnectorPosterOptions): WeeklySummaryPoster {
  const threads = createBotConnectorPoster(options);
  return {
    async post(channel, view) {
      const card = buildWeeklySummaryCard(view, 'nl');
      let created;
      try {
        created = await options.policy.executeOnce(() =>
          withConnector(options.access, channelReference(channel), (connector) =>
            connector.conversations.createConversation({
              isGroup: true,
              channelData: { channel: { id: channel.channelId }, tenant: { id: channel.tenantId } },
              activity: {
                type: 'message',
                attachments: [CardFactory.adaptiveCard(card)],
              } as Activity,
              tenantId: channel.tenantId,
            } as ConversationParameters),
          ),
        );
      } catch (error) {
        throw toDeliveryError(error);
      }
      if (!created.id || !created.activityId)
        throw toDeliveryError({ statusCode: 502, code: 'no-thread-id' });
      return { conversationId: created.id, activityId: created.activityId };
    },
    findPost: (channel, week) => threads.findThread(channel, weeklySummaryMarker(week)),
  };
}
