import { listenHost, readServiceEnvironment } from '../../../../bot/server/service-environment';

describe('service environment', () => {
  it('is production unless PRIVACYWACHT_ENV is development', () => {
    const credentials = { MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' };
    expect(readServiceEnvironment(credentials)).toMatchObject({ ok: true, mode: 'production' });
    expect(readServiceEnvironment({ ...credentials, PRIVACYWACHT_ENV: 'staging' })).toMatchObject({
      ok: true,
      mode: 'production',
    });
  });

  it('runs without credentials only in development mode', () => {
    expect(readServiceEnvironment({ PRIVACYWACHT_ENV: 'development' })).toMatchObject({
      ok: true,
      mode: 'development',
      credentials: { MicrosoftAppId: '' },
    });
  });

  it('refuses production without credentials, naming the missing variables', () => {
    const result = readServiceEnvironment({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('MicrosoftAppId');
    expect(result.error).toContain(
      'MicrosoftAppPassword (or CertificateThumbprint and CertificatePrivateKey)',
    );
    expect(result.error).toContain('PRIVACYWACHT_ENV=development');
  });

  it.each([
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' }, ''],
    [{ MicrosoftAppId: 'app', CertificateThumbprint: 'AB', CertificatePrivateKey: 'key' }, ''],
    [
      { MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId',
    ],
    [{ MicrosoftAppId: 'app', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }, ''],
    [{ MicrosoftAppId: 'app', CertificateThumbprint: 'AB' }, 'MicrosoftAppPassword'],
    [
      { MicrosoftAppId: 'app', MicrosoftAppPassword: 'x', MicrosoftAppType: 'Other' },
      'MicrosoftAppType must be one of',
    ],
  ])('in production %p is missing %p', (env, missing) => {
    const result = readServiceEnvironment(env);
    if (missing === '') expect(result).toMatchObject({ ok: true });
    else
      expect(result).toMatchObject({
        ok: false,
        error: expect.stringContaining(missing) as unknown,
      });
  });
});

describe('listenHost', () => {
  const rows: [string, NodeJS.ProcessEnv, 'production' | 'development', string | undefined][] = [
    ['development mode only on this machine', {}, 'development', '127.0.0.1'],
    ['production on every interface', {}, 'production', undefined],
    [
      'PRIVACYWACHT_HOST in development (a container)',
      { PRIVACYWACHT_HOST: '0.0.0.0' },
      'development',
      '0.0.0.0',
    ],
    [
      'PRIVACYWACHT_HOST in production',
      { PRIVACYWACHT_HOST: '10.0.0.4' },
      'production',
      '10.0.0.4',
    ],
    ['a blank PRIVACYWACHT_HOST as unset', { PRIVACYWACHT_HOST: ' ' }, 'development', '127.0.0.1'],
  ];
  it.each(rows)('binds %s', (_name, env, mode, expected) => {
    expect(listenHost(env, mode)).toBe(expected);
  });
});
