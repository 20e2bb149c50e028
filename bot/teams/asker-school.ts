// The school of the person asking the bot, for the unanswered questions (issue 17): their user
// principal name's domain from Teams (the conversation's member record), mapped to a school the
// same way the add-in's counts are (shared/insight/school-of-domain.ts). Only the school leaves
// here: the name and address Teams returns are neither kept nor logged. "onbekend" when Teams
// cannot say.
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Config } from '../../shared/policy/config-schema';
import { schoolOfDomain, UNKNOWN_SCHOOL } from '../../shared/insight/school-of-domain';

export interface SchoolSettings {
  schools: Config['insight']['schools'];
  organisationDomains: readonly string[];
}

export type AskerSchool = (context: TurnContext) => Promise<string>;

export function createAskerSchool(settings: SchoolSettings): AskerSchool {
  return async (context) => {
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      const name = member.userPrincipalName ?? member.email ?? '';
      const at = name.lastIndexOf('@');
      if (at < 0) return UNKNOWN_SCHOOL;
      return schoolOfDomain(name.slice(at + 1), settings.schools, settings.organisationDomains);
    } catch {
      return UNKNOWN_SCHOOL;
    }
  };
}
