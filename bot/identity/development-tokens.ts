// Development-only tokens: a key pair made in memory at start, so the tab and the API can be used
// and tested in a browser outside Teams. Production mode refuses to make one, and the validator
// refuses its tokens in production whatever key signed them.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { ServiceMode } from '../server/service-environment';
import { DEVELOPMENT_ISSUER } from './development-issuer';

export interface DevelopmentUser {
  id: string;
  name: string;
  email?: string;
  groupIds?: readonly string[];
  appRoles?: readonly string[];
}

export interface DevelopmentTokens {
  /** The public key, for the validator's `developmentKeys`. */
  keys: JWTVerifyGetKey;
  /** A token as Entra would issue it for the tab, signed with the development key. */
  sign(user: DevelopmentUser, now?: Date): Promise<string>;
}

export interface DevelopmentTokenOptions {
  mode: ServiceMode;
  tenantId: string;
  audience: string;
  scope: string;
  lifetimeSeconds?: number;
}

export type DevelopmentTokensResult =
  { ok: true; tokens: DevelopmentTokens } | { ok: false; error: string };

const KEY_ID = 'privacywacht-development';

export async function createDevelopmentTokens(
  options: DevelopmentTokenOptions,
): Promise<DevelopmentTokensResult> {
  if (options.mode !== 'development')
    return {
      ok: false,
      error:
        'Development tokens are refused in production mode (PRIVACYWACHT_ENV is not "development").',
    };
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  const lifetime = options.lifetimeSeconds ?? 3600;
  return {
    ok: true,
    tokens: {
      keys: createLocalJWKSet({ keys: [jwk] }),
      sign(user, now = new Date()) {
        const issuedAt = Math.floor(now.getTime() / 1000);
        return new SignJWT({
          tid: options.tenantId,
          oid: user.id,
          name: user.name,
          ...(user.email ? { preferred_username: user.email } : {}),
          scp: options.scope,
          groups: [...(user.groupIds ?? [])],
          roles: [...(user.appRoles ?? [])],
        })
          .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
          .setIssuer(DEVELOPMENT_ISSUER)
          .setAudience(options.audience)
          .setIssuedAt(issuedAt)
          .setNotBefore(issuedAt)
          .setExpirationTime(issuedAt + lifetime)
          .sign(privateKey);
      },
    },
  };
}
