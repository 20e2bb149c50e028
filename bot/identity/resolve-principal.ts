// Turns a verified token's user into a Principal with incident roles. When the token could not list
// all groups (overage), the configured groups are asked of Microsoft Graph; if Graph cannot answer,
// the user keeps the rights the token itself proves (app roles) — never more.
import type { Principal } from './principal';
import { resolveRoles, type RoleSettings } from './roles';
import type { VerifiedUser } from './token-validator';

export interface PrincipalResolverOptions {
  roles: RoleSettings;
  /** Which of `groupIds` the user is a member of; undefined when Graph could not tell. */
  memberGroups?: (userId: string, groupIds: readonly string[]) => Promise<string[] | undefined>;
}

export function createPrincipalResolver({ roles, memberGroups }: PrincipalResolverOptions) {
  const configuredGroups = [...roles.ictGroupIds, ...roles.privacyOfficerGroupIds];
  return async (user: VerifiedUser): Promise<Principal> => {
    let groupIds = user.memberships.groupIds;
    if (user.memberships.hasGroupOverage && memberGroups && configuredGroups.length > 0)
      groupIds = (await memberGroups(user.id, configuredGroups)) ?? [];
    return {
      id: user.id,
      tenantId: user.tenantId,
      name: user.name,
      ...(user.email ? { email: user.email } : {}),
      roles: resolveRoles({ groupIds, appRoles: user.memberships.appRoles }, roles),
    };
  };
}
