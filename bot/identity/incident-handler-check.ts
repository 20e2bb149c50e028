// For the datalek card actions, where no access token comes along: whether a Teams user may handle
// incidents, from the configured security groups through Microsoft Graph, decided by the same
// roles module as the API. Graph not answering means "not now", never "yes".
import type { Person } from '../incidents/report';
import { canHandleIncidents, resolveRoles, type RoleSettings } from './roles';

export interface IncidentHandlerCheckOptions {
  roles: RoleSettings;
  /** reporter-enricher's memberGroups: cached, undefined when Graph cannot tell. */
  memberGroups: (userId: string, groupIds: readonly string[]) => Promise<string[] | undefined>;
}

export function createIncidentHandlerCheck({ roles, memberGroups }: IncidentHandlerCheckOptions) {
  const configured = [...roles.ictGroupIds, ...roles.privacyOfficerGroupIds];
  return async (person: Pick<Person, 'id'>): Promise<boolean> => {
    if (configured.length === 0) return false;
    const groupIds = (await memberGroups(person.id, configured)) ?? [];
    return canHandleIncidents({ roles: resolveRoles({ groupIds, appRoles: [] }, roles) });
  };
}
