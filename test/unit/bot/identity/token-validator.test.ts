import type { ServiceMode } from '../../../../bot/server/service-environment';
import { createDevelopmentTokens } from '../../../../bot/identity/development-tokens';
import { apiAudiences } from '../../../../bot/identity/entra-issuers';
import {
  createTokenValidator,
  type TokenResult,
  type TokenValidatorOptions,
} from '../../../../bot/identity/token-validator';
import {
  API_AUDIENCE,
  CLIENT_ID,
  createLocalEntra,
  TENANT_ID,
  type LocalEntra,
  type TokenShape,
} from '../../../helpers/local-entra';

let entra: LocalEntra;
let validatorOptions: TokenValidatorOptions;

beforeAll(async () => {
  entra = await createLocalEntra();
  validatorOptions = {
    mode: 'production',
    tenantId: TENANT_ID,
    audiences: apiAudiences(CLIENT_ID, API_AUDIENCE),
    requiredScope: 'access_as_user',
    acceptedRoles: ['Privacywacht.ICT', 'Privacywacht.PrivacyOfficer'],
    keys: entra.keys,
  };
});

const validate = (token: string | undefined) => createTokenValidator(validatorOptions)(token);
const reason = (result: TokenResult) => (result.ok ? 'accepted' : result.reason);

describe('createTokenValidator', () => {
  it.each<[string, TokenShape]>([
    ['a v2 token (aud is the client id)', { version: 'v2' }],
    ['a v1 token (aud is the application ID URI)', { version: 'v1' }],
    ['a token expired within the clock skew', { expiresIn: -30 }],
    [
      'an app token with an accepted app role and no scope',
      { claims: { scp: undefined, roles: ['Privacywacht.ICT'] } },
    ],
  ])('accepts %s', async (_name, shape) => {
    expect(reason(await validate(await entra.token(shape)))).toBe('accepted');
  });

  it.each<[string, TokenShape, string]>([
    ['an expired token', { expiresIn: -600 }, 'expired'],
    ['a token for another API', { claims: { aud: 'api://someone-else' } }, 'audience'],
    [
      'a token from another issuer',
      { claims: { iss: 'https://login.example.com/v2.0' } },
      'issuer',
    ],
    [
      "another tenant's issuer",
      {
        claims: {
          iss: 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0',
        },
      },
      'issuer',
    ],
    [
      'a token whose tenant claim is another tenant',
      { claims: { tid: '11111111-2222-4333-8444-555555555555' } },
      'tenant',
    ],
    ['a token without the scope', { claims: { scp: 'User.Read' } }, 'scope'],
    [
      'a token with an unknown app role only',
      { claims: { scp: undefined, roles: ['Other.Role'] } },
      'scope',
    ],
    ['a token without an object id', { claims: { oid: undefined } }, 'subject'],
    [
      'a token not yet valid',
      { claims: { nbf: Math.floor(Date.now() / 1000) + 600 } },
      'not-yet-valid',
    ],
    ['a token signed with an unknown key id', { kid: 'other-key' }, 'unknown-key'],
  ])('refuses %s', async (_name, shape, expected) => {
    expect(reason(await validate(await entra.token(shape)))).toBe(expected);
  });

  it('refuses a missing token', async () => {
    expect(reason(await validate(undefined))).toBe('missing');
  });

  it('refuses text that is not a token', async () => {
    expect(reason(await validate('not-a-token'))).toBe('malformed');
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await entra.token()).split('.');
    const forged = Buffer.from(
      JSON.stringify({
        iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
        aud: CLIENT_ID,
        tid: TENANT_ID,
        oid: 'aaaaaaaa-0000-4000-8000-000000000002',
        roles: ['Privacywacht.ICT'],
        exp: Math.floor(Date.now() / 1000) + 3600,
      }),
    ).toString('base64url');
    expect(reason(await validate(`${header}.${forged}.${signature}`))).toBe('signature');
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const [, payload] = (await entra.token()).split('.');
    expect(reason(await validate(`${header}.${payload}.`))).not.toBe('accepted');
  });

  it('reads who the caller is, their groups and app roles', async () => {
    const result = await validate(
      await entra.token({ claims: { groups: ['g1', 'g2'], roles: ['Privacywacht.ICT'] } }),
    );
    expect(result).toEqual({
      ok: true,
      user: {
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        tenantId: TENANT_ID,
        name: 'Juf Petra',
        email: 'petra@example.nl',
        memberships: {
          groupIds: ['g1', 'g2'],
          appRoles: ['Privacywacht.ICT'],
          hasGroupOverage: false,
        },
      },
    });
  });

  it('notices when the token could not list all groups', async () => {
    const result = await validate(
      await entra.token({ claims: { _claim_names: { groups: 'src1' }, _claim_sources: {} } }),
    );
    expect(result.ok && result.user.memberships.hasGroupOverage).toBe(true);
  });
});

describe('development tokens', () => {
  const developmentOptions = (mode: ServiceMode) => ({
    mode,
    tenantId: TENANT_ID,
    audience: CLIENT_ID,
    scope: 'access_as_user',
  });

  it('are accepted in development mode', async () => {
    const made = await createDevelopmentTokens(developmentOptions('development'));
    if (!made.ok) throw new Error(made.error);
    const validator = createTokenValidator({
      ...validatorOptions,
      mode: 'development',
      developmentKeys: made.tokens.keys,
    });
    const result = await validator(await made.tokens.sign({ id: 'dev-user', name: 'Dev' }));
    expect(result.ok && result.user.id).toBe('dev-user');
  });

  it('cannot be made in production mode', async () => {
    const made = await createDevelopmentTokens(developmentOptions('production'));
    expect(made.ok).toBe(false);
  });

  it('are refused in production mode even when the development key is configured', async () => {
    const made = await createDevelopmentTokens(developmentOptions('development'));
    if (!made.ok) throw new Error(made.error);
    const validator = createTokenValidator({
      ...validatorOptions,
      mode: 'production',
      developmentKeys: made.tokens.keys,
    });
    const result = await validator(await made.tokens.sign({ id: 'dev-user', name: 'Dev' }));
    expect(reason(result)).toBe('development-refused');
  });

  it("with Entra's issuer but the development key, are refused", async () => {
    const made = await createDevelopmentTokens(developmentOptions('development'));
    if (!made.ok) throw new Error(made.error);
    const [, payload] = (await entra.token()).split('.');
    const [header, , signature] = (await made.tokens.sign({ id: 'x', name: 'X' })).split('.');
    expect(reason(await validate(`${header}.${payload}.${signature}`))).not.toBe('accepted');
  });
});
