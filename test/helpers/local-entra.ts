// A local stand-in for Entra ID's token signing: a key pair, its JWKS, and access tokens shaped like
// Entra's (v1 or v2), so tests check the real validator without any network.
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

export const TENANT_ID = '6f1c3d2e-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
export const CLIENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const API_AUDIENCE = `api://privacywacht.example.nl/${CLIENT_ID}`;
export const ICT_GROUP = '9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a';
export const PRIVACY_OFFICER_GROUP = '1e2d3c4b-5a6f-4e7d-8c9b-0a1f2e3d4c5b';

export interface TokenShape {
  version?: 'v1' | 'v2';
  /** Claims added or replaced; `undefined` removes a claim. */
  claims?: Record<string, unknown>;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  kid?: string;
}

export interface LocalEntra {
  jwks: { keys: JWK[] };
  keys: JWTVerifyGetKey;
  token(shape?: TokenShape): Promise<string>;
}

export async function createLocalEntra(): Promise<LocalEntra> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256' }] };
  return {
    jwks,
    keys: createLocalJWKSet(jwks),
    async token({ version = 'v2', claims = {}, expiresIn = 3600, kid = 'test-key' } = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = {
        iss:
          version === 'v2'
            ? `https://login.microsoftonline.com/${TENANT_ID}/v2.0`
            : `https://sts.windows.net/${TENANT_ID}/`,
        aud: version === 'v2' ? CLIENT_ID : API_AUDIENCE,
        tid: TENANT_ID,
        oid: 'aaaaaaaa-0000-4000-8000-000000000001',
        name: 'Juf Petra',
        [version === 'v2' ? 'preferred_username' : 'upn']: 'petra@example.nl',
        scp: 'access_as_user',
        iat: now,
        nbf: now,
        exp: now + expiresIn,
        ver: version === 'v2' ? '2.0' : '1.0',
      };
      for (const [name, value] of Object.entries(claims)) {
        if (value === undefined) delete payload[name];
        else payload[name] = value;
      }
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .sign(privateKey);
    },
  };
}
