// Reads the ids and the public address the app package needs from environment variables, and says
// exactly which variable is missing or malformed — before anything is written.

/** What the package takes from the environment; the rest comes from privacywacht.config.json. */
export interface PackageEnvironment {
  /** The app's own id in the Microsoft 365 admin center (PRIVACYWACHT_APP_ID). */
  appId: string;
  /** The Entra app registration of the bot, also used for single sign-on (MicrosoftAppId). */
  botAppId: string;
  /** Where the service is reached, without a trailing slash, e.g. https://privacywacht.school.nl */
  publicUrl: string;
  /** The host (and port, if not 443) of publicUrl, e.g. privacywacht.school.nl */
  host: string;
}

export type PackageEnvironmentResult =
  { ok: true; environment: PackageEnvironment } | { ok: false; errors: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID_EXAMPLE = 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301';

export function readPackageEnvironment(env: NodeJS.ProcessEnv): PackageEnvironmentResult {
  const errors: string[] = [];
  const guid = (name: string, what: string): string => {
    const value = env[name]?.trim() ?? '';
    if (value === '')
      errors.push(`${name} is not set: expected ${what} (a GUID, ${GUID_EXAMPLE}).`);
    else if (!GUID.test(value))
      errors.push(`${name} is not a GUID: expected ${what}, ${GUID_EXAMPLE}; got "${value}".`);
    return value.toLowerCase();
  };
  const appId = guid('PRIVACYWACHT_APP_ID', "the app package's own id");
  const botAppId = guid('MicrosoftAppId', "the bot's Entra application (client) id");
  const url = readPublicUrl(env['PRIVACYWACHT_PUBLIC_URL']?.trim() ?? '', errors);
  if (errors.length > 0 || !url) return { ok: false, errors };
  return { ok: true, environment: { appId, botAppId, publicUrl: url.origin, host: url.host } };
}

function readPublicUrl(value: string, errors: string[]): URL | undefined {
  const name = 'PRIVACYWACHT_PUBLIC_URL';
  const expected = 'expected the https address of the service, e.g. https://privacywacht.school.nl';
  if (value === '') {
    errors.push(`${name} is not set: ${expected}.`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    errors.push(`${name} is not a URL: ${expected}; got "${value}".`);
    return undefined;
  }
  // Outlook and Teams load every page and script of the app over https only.
  if (url.protocol !== 'https:')
    errors.push(`${name} must use https: ${expected}; got "${value}".`);
  // The service serves /addin, /tab and /.well-known at the root of its origin.
  else if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '')
    errors.push(`${name} must be an origin without a path: ${expected}; got "${value}".`);
  else return url;
  return undefined;
}
