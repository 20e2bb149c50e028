// The identity settings the service runs with: the configuration's `identity` section, the mode,
// and from the environment the key-set URL override and the client secret (secrets only from env).
import type { Config } from '../../shared/policy/config-schema';
import type { ServiceMode } from '../server/service-environment';
import { apiAudiences, entraJwksUrl } from './entra-issuers';
import type { RoleSettings } from './roles';

export interface IdentitySettings {
  mode: ServiceMode;
  tenantId: string;
  clientId: string;
  audiences: string[];
  requiredScope: string;
  /** Entra's key set, or PRIVACYWACHT_JWKS_URL. */
  jwksUrl: string;
  roles: RoleSettings;
  /** PRIVACYWACHT_CLIENT_SECRET, else the bot's MicrosoftAppPassword when it is the same app. */
  clientSecret?: string;
}

export type IdentitySettingsResult =
  { ok: true; settings: IdentitySettings } | { ok: false; error: string };

/** A tenant that does not exist, for `npm start` without a tenant. */
const DEVELOPMENT_TENANT = '00000000-0000-0000-0000-000000000000';
const DEVELOPMENT_CLIENT = '11111111-1111-1111-1111-111111111111';

/** The host of PRIVACYWACHT_PUBLIC_URL, the one the app package's resource URI carries. */
function publicHost(env: NodeJS.ProcessEnv): string | undefined {
  try {
    return new URL(env['PRIVACYWACHT_PUBLIC_URL']?.trim() ?? '').host || undefined;
  } catch {
    return undefined;
  }
}

export function readIdentitySettings(
  config: Pick<Config, 'identity'>,
  env: NodeJS.ProcessEnv,
): IdentitySettingsResult {
  // The same rule as the bot service: production unless explicitly development.
  const mode: ServiceMode =
    env['PRIVACYWACHT_ENV'] === 'development' ? 'development' : 'production';
  const identity = config.identity;
  if (!identity && mode === 'production')
    return {
      ok: false,
      error:
        'Production mode needs the "identity" section in privacywacht.config.json (tenantId, clientId) ' +
        'to check who calls the API.',
    };
  const tenantId = identity?.tenantId ?? DEVELOPMENT_TENANT;
  const clientId = identity?.clientId ?? DEVELOPMENT_CLIENT;
  const secret =
    env['PRIVACYWACHT_CLIENT_SECRET']?.trim() ||
    (env['MicrosoftAppId']?.trim() === clientId ? env['MicrosoftAppPassword']?.trim() : '');
  return {
    ok: true,
    settings: {
      mode,
      tenantId,
      clientId,
      audiences: apiAudiences(clientId, identity?.apiAudience, publicHost(env)),
      requiredScope: identity?.requiredScope ?? 'access_as_user',
      jwksUrl: env['PRIVACYWACHT_JWKS_URL']?.trim() || entraJwksUrl(tenantId),
      roles: {
        ictGroupIds: identity?.ictGroupIds ?? [],
        privacyOfficerGroupIds: identity?.privacyOfficerGroupIds ?? [],
        appRoles: identity?.appRoles ?? {
          ict: 'Privacywacht.ICT',
          privacyOfficer: 'Privacywacht.PrivacyOfficer',
        },
      },
      ...(secret ? { clientSecret: secret } : {}),
    },
  };
}
