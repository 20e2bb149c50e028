import { readPackageEnvironment } from '../../../manifest/package-environment';

const valid = {
  PRIVACYWACHT_APP_ID: '0B4C6F3E-2D1A-4E8F-9C7B-5A6D3E2F1C0B',
  MicrosoftAppId: ' 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b ',
  PRIVACYWACHT_PUBLIC_URL: 'https://privacywacht.kindante.nl/',
};

describe('readPackageEnvironment', () => {
  it('reads the ids (trimmed, lower case) and the origin with its host', () => {
    expect(readPackageEnvironment(valid)).toEqual({
      ok: true,
      environment: {
        appId: '0b4c6f3e-2d1a-4e8f-9c7b-5a6d3e2f1c0b',
        botAppId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
        publicUrl: 'https://privacywacht.kindante.nl',
        host: 'privacywacht.kindante.nl',
      },
    });
  });

  it('keeps a non-standard port in the host', () => {
    const result = readPackageEnvironment({
      ...valid,
      PRIVACYWACHT_PUBLIC_URL: 'https://localhost:3443',
    });
    expect(result).toMatchObject({
      ok: true,
      environment: { publicUrl: 'https://localhost:3443', host: 'localhost:3443' },
    });
  });

  it.each([
    ['PRIVACYWACHT_APP_ID', '', 'PRIVACYWACHT_APP_ID is not set'],
    ['PRIVACYWACHT_APP_ID', '{0b4c6f3e-2d1a-4e8f-9c7b-5a6d3e2f1c0b}', 'is not a GUID'],
    ['MicrosoftAppId', undefined, 'MicrosoftAppId is not set'],
    ['PRIVACYWACHT_PUBLIC_URL', 'http://privacywacht.kindante.nl', 'must use https'],
    ['PRIVACYWACHT_PUBLIC_URL', 'https://kindante.nl/privacywacht', 'without a path'],
    ['PRIVACYWACHT_PUBLIC_URL', 'https://kindante.nl/?x=1', 'without a path'],
    ['PRIVACYWACHT_PUBLIC_URL', 'kindante.nl', 'is not a URL'],
  ])('refuses %s = %j with a message naming it', (name, value, message) => {
    const result = readPackageEnvironment({ ...valid, [name]: value });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringContaining(message)]);
    expect(!result.ok && result.errors[0]).toContain(name);
  });
});
