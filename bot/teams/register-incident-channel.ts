// "registreer datalekkanaal" typed in a team channel: makes that channel the place where incidents
// go (stored in the register with the conversation reference), when the sender may.
import { TurnContext } from 'botbuilder';
import { channelRegistrationReply } from '../incidents/channel-registration';
import type { ChannelRegistration } from '../store/incident-store';
import type { IncidentDesk } from './incident-desk';
import { languageOfLocale } from './language';
import { personOf } from './teams-person';

export async function registerIncidentChannel(
  context: TurnContext,
  desk: IncidentDesk,
): Promise<'registered' | 'refused'> {
  const activity = context.activity;
  const channelData = (activity.channelData ?? {}) as {
    team?: { id?: string };
    channel?: { id?: string };
    tenant?: { id?: string };
  };
  const teamId = channelData.team?.id;
  const channelId = channelData.channel?.id;
  const tenantId = channelData.tenant?.id ?? activity.conversation.tenantId;
  const channel: ChannelRegistration | undefined =
    teamId && channelId && tenantId
      ? {
          teamId,
          channelId,
          tenantId,
          serviceUrl: activity.serviceUrl,
          conversationReference: { ...TurnContext.getConversationReference(activity) },
        }
      : undefined;
  const outcome =
    channel && (await desk.mayRegisterChannel(personOf(activity), channel))
      ? 'registered'
      : 'refused';
  if (channel && outcome === 'registered') {
    await desk.service.registerChannel(channel);
    desk.kick();
  }
  await context.sendActivity(channelRegistrationReply(outcome, languageOfLocale(activity.locale)));
  return outcome;
}
