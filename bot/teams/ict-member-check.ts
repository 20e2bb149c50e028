// Who may act on incidents from Teams: members of the team that holds the incident channel, as
// Teams reports its roster, or, when configured, members of the ICT or privacy officer's security
// groups (Graph). A roster that cannot be read now means "no", never "yes".
import { TeamsInfo } from 'botbuilder';
import type { Person } from '../incidents/report';
import type { ChannelRegistration } from '../store/incident-store';
import { channelReference, withConnector, type ConnectorAccess } from './connector-turn';

export interface IctMemberCheckOptions {
  access: ConnectorAccess;
  /** The registered incident channel (configuration or the registration command). */
  channel: () => Promise<ChannelRegistration | undefined>;
  /** The security-group check (bot/identity/incident-handler-check.ts) when Graph is configured. */
  groupCheck?: (person: Person) => Promise<boolean>;
  /** Counts failures; gets no names or ids. */
  onRosterError: (status: number | undefined) => void;
}

export function createIctMemberCheck(options: IctMemberCheckOptions) {
  return async (person: Person): Promise<boolean> => {
    if (options.groupCheck && (await options.groupCheck(person))) return true;
    const channel = await options.channel();
    if (!channel) return false;
    try {
      await withConnector(options.access, channelReference(channel), (_connector, context) =>
        TeamsInfo.getTeamMember(context, channel.teamId, person.id),
      );
      return true;
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      // 404: Teams does not know this user in the team.
      if (status !== 404) options.onRosterError(typeof status === 'number' ? status : undefined);
      return false;
    }
  };
}
