// Where Entra ID publishes its signing keys and which issuers its access tokens carry for one
// tenant: v1 tokens (sts.windows.net) and v2 tokens (login.microsoftonline.com/…/v2.0).

/** @example entraIssuers('…tenant…') // ['https://sts.windows.net/…/', 'https://login.microsoftonline.com/…/v2.0'] */
export function entraIssuers(tenantId: string): string[] {
  return [
    `https://sts.windows.net/${tenantId}/`,
    `https://login.microsoftonline.com/${tenantId}/v2.0`,
  ];
}

/** The tenant's key set; the same keys sign v1 and v2 tokens. */
export function entraJwksUrl(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`;
}

/**
 * The application ID URI the app package declares (webApplicationInfo.resource) unless the
 * configuration names one: Teams and Office single sign-on want the host in it.
 * @example defaultApiAudience('privacywacht.school.nl', '9e8d…') // 'api://privacywacht.school.nl/9e8d…'
 */
export function defaultApiAudience(host: string, clientId: string): string {
  return `api://${host}/${clientId}`;
}

/**
 * The audiences an access token for our API may carry: the application ID URI (v1 tokens) and the
 * client id (v2 tokens). Without a configured URI, the one the package declares for the service's
 * public host, and Entra's own default form api://<client id>, both name this app registration.
 */
export function apiAudiences(
  clientId: string,
  apiAudience: string | undefined,
  host?: string,
): string[] {
  if (apiAudience) return [apiAudience, clientId];
  return [...(host ? [defaultApiAudience(host, clientId)] : []), `api://${clientId}`, clientId];
}
