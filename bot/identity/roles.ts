// Who may do what with incidents — the one authorisation module for the API, the tab and the
// datalek card actions. Every signed-in member of the tenant may report and see their own reports;
// the ICT domain and the privacy officer see and change all of them.
import type { Incident } from '../incidents/incident';
import type { IncidentRole, Memberships, Principal } from './principal';

/** From the configuration's `identity` section: security groups and app-role values per role. */
export interface RoleSettings {
  ictGroupIds: readonly string[];
  privacyOfficerGroupIds: readonly string[];
  appRoles: { ict: string; privacyOfficer: string };
}

/**
 * Maps group and app-role claims to incident roles.
 * @example resolveRoles({ groupIds: [ictGroup], appRoles: [] }, settings) // ['ict']
 */
export function resolveRoles(
  memberships: Pick<Memberships, 'groupIds' | 'appRoles'>,
  settings: RoleSettings,
): IncidentRole[] {
  const inAny = (groups: readonly string[]) =>
    groups.some((group) => memberships.groupIds.includes(group));
  const roles: IncidentRole[] = [];
  if (inAny(settings.ictGroupIds) || memberships.appRoles.includes(settings.appRoles.ict))
    roles.push('ict');
  if (
    inAny(settings.privacyOfficerGroupIds) ||
    memberships.appRoles.includes(settings.appRoles.privacyOfficer)
  )
    roles.push('privacy-officer');
  return roles;
}

/** See the whole register, take incidents on, decide, close, export. */
export function canHandleIncidents(principal: Pick<Principal, 'roles'>): boolean {
  return principal.roles.length > 0;
}

/** Handlers see every incident; anyone else only the ones they reported. */
export function canSeeIncident(
  principal: Pick<Principal, 'id' | 'roles'>,
  incident: Pick<Incident, 'reporter'>,
): boolean {
  return canHandleIncidents(principal) || incident.reporter.id === principal.id;
}
