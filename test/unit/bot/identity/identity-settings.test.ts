import { readIdentitySettings } from '../../../../bot/identity/identity-settings';
import { webApplicationInfo } from '../../../../manifest/web-application-info';

const identity = {
  tenantId: '6f1c3d2e-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  clientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  requiredScope: 'access_as_user',
  ictGroupIds: [],
  privacyOfficerGroupIds: [],
  appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
};

describe('readIdentitySettings', () => {
  it('refuses production mode without the identity section', () => {
    const result = readIdentitySettings({}, {});
    expect(result.ok).toBe(false);
  });

  it('runs development mode without a tenant', () => {
    const result = readIdentitySettings({}, { PRIVACYWACHT_ENV: 'development' });
    expect(result.ok && result.settings.mode).toBe('development');
  });

  it("uses Entra's key set for the tenant unless PRIVACYWACHT_JWKS_URL says otherwise", () => {
    const entra = readIdentitySettings({ identity }, {});
    const local = readIdentitySettings(
      { identity },
      { PRIVACYWACHT_JWKS_URL: 'http://127.0.0.1:9/keys' },
    );
    expect(entra.ok && entra.settings.jwksUrl).toBe(
      `https://login.microsoftonline.com/${identity.tenantId}/discovery/v2.0/keys`,
    );
    expect(local.ok && local.settings.jwksUrl).toBe('http://127.0.0.1:9/keys');
  });

  it('accepts the application ID URI and the client id as audiences', () => {
    const result = readIdentitySettings({ identity }, {});
    expect(result.ok && result.settings.audiences).toEqual([
      `api://${identity.clientId}`,
      identity.clientId,
    ]);
  });

  it('accepts by default the resource the app package declares for the same public address', () => {
    const env = { PRIVACYWACHT_PUBLIC_URL: 'https://privacywacht.kindante.nl' };
    const declared = webApplicationInfo(
      { identity },
      { botAppId: 'unused', host: new URL(env.PRIVACYWACHT_PUBLIC_URL).host },
    );
    const result = readIdentitySettings({ identity }, env);
    expect(declared.resource).toBe(`api://privacywacht.kindante.nl/${identity.clientId}`);
    expect(result.ok && result.settings.audiences).toContain(declared.resource);
  });

  it('accepts only the configured application ID URI when one is set', () => {
    const apiAudience = 'api://privacywacht.kindante.nl/api';
    const result = readIdentitySettings(
      { identity: { ...identity, apiAudience } },
      { PRIVACYWACHT_PUBLIC_URL: 'https://privacywacht.kindante.nl' },
    );
    expect(result.ok && result.settings.audiences).toEqual([apiAudience, identity.clientId]);
    expect(
      webApplicationInfo({ identity: { ...identity, apiAudience } }, { botAppId: 'x', host: 'h' })
        .resource,
    ).toBe(apiAudience);
  });

  it("takes the client secret from the environment, or the bot's password for the same app", () => {
    const own = readIdentitySettings({ identity }, { PRIVACYWACHT_CLIENT_SECRET: 's1' });
    const bots = readIdentitySettings(
      { identity },
      { MicrosoftAppId: identity.clientId, MicrosoftAppPassword: 's2' },
    );
    const otherApp = readIdentitySettings(
      { identity },
      { MicrosoftAppId: 'another-app', MicrosoftAppPassword: 's3' },
    );
    expect(own.ok && own.settings.clientSecret).toBe('s1');
    expect(bots.ok && bots.settings.clientSecret).toBe('s2');
    expect(otherApp.ok && otherApp.settings.clientSecret).toBeUndefined();
  });
});
