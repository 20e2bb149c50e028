// The outbox's ChannelPoster over the Bot Connector: a new thread per incident in the ICT channel
// (createConversation, which returns both the thread's conversation id and the card's message id;
// TeamsInfo.sendMessageToTeamsChannel fails without an app id and returns the wrong id), in-place
// card updates, replies in the thread and proactive 1:1 messages, and the look-up of a thread an
// earlier attempt may have started (Microsoft Graph's channel messages: the Bot Connector cannot
// read a channel). The outbox sends intents; the cards are drawn here (incident-cards.ts). Updates
// are retried by the Bot Connector's policy; posts only pass its circuit, since the outbox decides
// whether to post again; every failure becomes a DeliveryError. Incident cards get the ICT team's
// members as refresh.userIds here, at the Teams edge, so Teams redraws the card for each of them
// with their own buttons (Universal Actions).
import {
  CardFactory,
  TeamsInfo,
  type Activity,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { IncidentAdaptiveCard } from '../cards/incident-card-elements';
import type { ChannelPoster } from '../incidents/channel-poster';
import type { ChannelThread, GraphResult } from '../identity/graph-client';
import type { ServicePolicy } from '../server/retry-policy';
import type { ChannelRegistration } from '../store/incident-store';
import { channelReference, withConnector, type ConnectorAccess } from './connector-turn';
import { toDeliveryError } from './delivery-failure';
import { incidentCardFor } from './incident-cards';
import { DeliveryError } from '../incidents/channel-poster';

/** Teams refreshes a card automatically for at most 60 users. */
const MAX_REFRESH_USERS = 60;
/** A new ICT member's card refreshes automatically within this time (a manual refresh always works). */
const ROSTER_CACHE_MS = 10 * 60_000;

/** Graph's channel messages; absent when Graph is not configured (posts are then at-least-once). */
type ThreadSource = (
  teamGroupId: string,
  channelId: string,
) => Promise<GraphResult<ChannelThread[]>>;

export interface BotConnectorPosterOptions {
  access: ConnectorAccess;
  /** The Bot Connector's policy, shared with the adapter. */
  policy: ServicePolicy;
  threads?: ThreadSource;
  clock?: () => Date;
}

export function createBotConnectorPoster({
  access,
  policy,
  threads,
  clock = () => new Date(),
}: BotConnectorPosterOptions): ChannelPoster {
  const connect = async <T>(
    reference: Partial<ConversationReference>,
    run: (work: () => Promise<T>) => Promise<T>,
    work: Parameters<typeof withConnector<T>>[2],
  ): Promise<T> => {
    try {
      return await run(() => withConnector(access, reference, work));
    } catch (error) {
      throw toDeliveryError(error);
    }
  };
  /** Idempotent calls: retried in process. */
  const retried = <T>(
    reference: Partial<ConversationReference>,
    work: Parameters<typeof withConnector<T>>[2],
  ) => connect(reference, (run) => policy.execute(run), work);
  /** Posts: once, through the circuit. */
  const once = <T>(
    reference: Partial<ConversationReference>,
    work: Parameters<typeof withConnector<T>>[2],
  ) => connect(reference, (run) => policy.executeOnce(run), work);
  /** Teams' team id (19:…) → the Microsoft 365 group id Graph needs; it never changes. */
  const groupIds = new Map<string, string>();
  const teamGroupId = async (channel: ChannelRegistration): Promise<string> => {
    const known = groupIds.get(channel.teamId);
    if (known) return known;
    const details = await retried(channelReference(channel), (_connector, context) =>
      TeamsInfo.getTeamDetails(context, channel.teamId),
    );
    if (!details.aadGroupId) throw new DeliveryError('transient', 'no-team-group-id');
    groupIds.set(channel.teamId, details.aadGroupId);
    return details.aadGroupId;
  };

  /** The ICT team's members (29:… ids), the people who see the channel's cards. */
  let roster: { teamId: string; ids: string[]; until: number } | undefined;
  const ictMemberIds = async (channel: ChannelRegistration): Promise<string[]> => {
    const now = clock().getTime();
    if (roster?.teamId === channel.teamId && roster.until > now) return roster.ids;
    try {
      const page = await retried(channelReference(channel), (_connector, context) =>
        TeamsInfo.getPagedTeamMembers(context, channel.teamId, MAX_REFRESH_USERS),
      );
      const ids = page.members.map((member) => member.id).slice(0, MAX_REFRESH_USERS);
      roster = { teamId: channel.teamId, ids, until: now + ROSTER_CACHE_MS };
      return ids;
    } catch {
      // Without the roster the card still posts; each member can refresh it by hand.
      return roster?.teamId === channel.teamId ? roster.ids : [];
    }
  };
  const forIctMembers = async (
    channel: ChannelRegistration,
    card: IncidentAdaptiveCard,
  ): Promise<IncidentAdaptiveCard> => {
    const refresh = card.refresh;
    if (!refresh) return card;
    const userIds = await ictMemberIds(channel);
    return userIds.length === 0 ? card : { ...card, refresh: { ...refresh, userIds } };
  };

  return {
    async createThread(channel, intent) {
      const card = await forIctMembers(channel, incidentCardFor(intent));
      const created = await once(channelReference(channel), (connector) =>
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

    async findThread(channel, marker) {
      if (!threads) return undefined;
      const found = await threads(await teamGroupId(channel), channel.channelId);
      if (!found.ok)
        throw found.reason === 'throttled'
          ? new DeliveryError('throttled', 'graph-429', found.retryAfterSeconds * 1000)
          : new DeliveryError('transient', `graph-${found.reason}`);
      const thread = found.value.find((candidate) =>
        candidate.cards.some((content) => content.includes(JSON.stringify(marker))),
      );
      // A channel thread's conversation is the channel with the root message's id.
      return thread
        ? {
            conversationId: `${channel.channelId};messageid=${thread.messageId}`,
            activityId: thread.messageId,
          }
        : undefined;
    },

    async updateCard(channel, message, intent) {
      const card = await forIctMembers(channel, incidentCardFor(intent));
      await retried(channelReference(channel), (connector) =>
        connector.conversations.updateActivity(message.conversationId, message.activityId, {
          ...cardActivity(card),
          id: message.activityId,
        }),
      );
    },

    async postInThread(channel, message, intent) {
      await once(channelReference(channel), (connector) =>
        connector.conversations.replyToActivity(
          message.conversationId,
          message.activityId,
          cardActivity(incidentCardFor(intent)),
        ),
      );
    },

    async notifyReporter(reference, intent) {
      const stored = reference as Partial<ConversationReference>;
      const conversationId = stored.conversation?.id;
      if (!conversationId) throw toDeliveryError({ statusCode: 404 });
      await once(stored, (connector) =>
        connector.conversations.sendToConversation(conversationId, {
          ...cardActivity(incidentCardFor(intent)),
          ...(stored.user ? { recipient: stored.user } : {}),
          ...(stored.bot ? { from: stored.bot } : {}),
        }),
      );
    },
  };
}

function cardActivity(card: IncidentAdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
