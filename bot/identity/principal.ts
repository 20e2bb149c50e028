// The signed-in caller as the service sees them once their token (or Teams) vouched for them.

/** What a principal may do beyond reporting: handle every incident in the register. */
export type IncidentRole = 'ict' | 'privacy-officer';

export interface Principal {
  /** Entra object id (oid); the same id Teams gives as aadObjectId. */
  id: string;
  tenantId: string;
  /** Display name from the token, for the register's "who"; never logged. */
  name: string;
  email?: string;
  roles: readonly IncidentRole[];
}

/** Group and app-role claims as they arrived, before they are mapped to incident roles. */
export interface Memberships {
  groupIds: readonly string[];
  appRoles: readonly string[];
  /**
   * True when the token says "too many groups to list" (more than 200): membership must then be
   * asked of Microsoft Graph.
   */
  hasGroupOverage: boolean;
}
