// Reads the service's mode and Bot Framework credentials from environment variables. With an empty
// app id botbuilder accepts unauthenticated requests in any environment, so production mode refuses
// to start without credentials; only development mode (npm start, tests) runs without them.

export type ServiceMode = 'production' | 'development';

/** The variables ConfigurationServiceClientCredentialFactory reads; secrets only from here. */
export interface BotCredentials {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: string;
  MicrosoftAppTenantId: string;
  CertificateThumbprint: string;
  CertificatePrivateKey: string;
}

export type ServiceEnvironment =
  { ok: true; mode: ServiceMode; credentials: BotCredentials } | { ok: false; error: string };

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

export function readServiceEnvironment(env: NodeJS.ProcessEnv): ServiceEnvironment {
  const mode: ServiceMode =
    env['PRIVACYWACHT_ENV'] === 'development' ? 'development' : 'production';
  const read = (name: keyof BotCredentials): string => env[name]?.trim() ?? '';
  const credentials: BotCredentials = {
    MicrosoftAppId: read('MicrosoftAppId'),
    MicrosoftAppPassword: read('MicrosoftAppPassword'),
    MicrosoftAppType: read('MicrosoftAppType'),
    MicrosoftAppTenantId: read('MicrosoftAppTenantId'),
    CertificateThumbprint: read('CertificateThumbprint'),
    CertificatePrivateKey: read('CertificatePrivateKey'),
  };
  const appType = credentials.MicrosoftAppType || 'MultiTenant';
  if (!APP_TYPES.includes(appType))
    return {
      ok: false,
      error: `MicrosoftAppType must be one of ${APP_TYPES.join(', ')}, not "${appType}".`,
    };
  if (mode === 'development' && !credentials.MicrosoftAppId) return { ok: true, mode, credentials };

  const missing: string[] = [];
  if (!credentials.MicrosoftAppId) missing.push('MicrosoftAppId');
  const hasCertificate = Boolean(
    credentials.CertificateThumbprint && credentials.CertificatePrivateKey,
  );
  if (appType !== 'UserAssignedMSI' && !credentials.MicrosoftAppPassword && !hasCertificate)
    missing.push('MicrosoftAppPassword (or CertificateThumbprint and CertificatePrivateKey)');
  if (appType !== 'MultiTenant' && !credentials.MicrosoftAppTenantId)
    missing.push('MicrosoftAppTenantId');
  if (missing.length > 0)
    return {
      ok: false,
      error:
        `Production mode needs the bot's credentials; missing: ${missing.join(', ')}. ` +
        'Set them in the environment, or set PRIVACYWACHT_ENV=development to run locally without them.',
    };
  return { ok: true, mode, credentials };
}

/**
 * Where the server listens: PRIVACYWACHT_HOST when set; else development mode (no credentials,
 * development tokens) only on this machine, and production on every interface (behind App Service
 * or a proxy).
 */
export function listenHost(env: NodeJS.ProcessEnv, mode: ServiceMode): string | undefined {
  const configured = env['PRIVACYWACHT_HOST']?.trim();
  if (configured) return configured;
  return mode === 'development' ? '127.0.0.1' : undefined;
}
