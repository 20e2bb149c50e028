// Checks an Entra ID access token: signature against the tenant's key set, audience, issuer (v1 or
// v2), tenant, expiry with a little clock skew, and the delegated scope or an app role. Every
// refusal has a reason code for the log; callers answer 401 without it.
import { decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { ServiceMode } from '../server/service-environment';
import { DEVELOPMENT_ISSUER } from './development-issuer';
import { entraIssuers } from './entra-issuers';
import type { Memberships } from './principal';

/** Why a token was refused: the code that goes to the log. */
type TokenRejection =
  | 'missing'
  | 'malformed'
  | 'algorithm'
  | 'unknown-key'
  | 'signature'
  | 'expired'
  | 'not-yet-valid'
  | 'audience'
  | 'issuer'
  | 'tenant'
  | 'subject'
  | 'scope'
  | 'development-refused';

/** The caller a valid token vouches for, before roles are decided. */
export interface VerifiedUser {
  id: string;
  tenantId: string;
  name: string;
  email?: string;
  memberships: Memberships;
}

export type TokenResult =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: TokenRejection }
  /** The key set could not be fetched: not the caller's fault (503, not 401). */
  | { ok: false; reason: 'keys-unavailable' };

export interface TokenValidatorOptions {
  mode: ServiceMode;
  tenantId: string;
  /** Accepted `aud` values: the application ID URI and the client id. */
  audiences: readonly string[];
  /** The delegated scope a user token must carry in `scp`, e.g. "access_as_user". */
  requiredScope: string;
  /** App roles that also admit a token (assigned to users or to an application). */
  acceptedRoles: readonly string[];
  /** Entra's keys: a remote JWKS in production, a local one in tests. */
  keys: JWTVerifyGetKey;
  /** The development signing key's public half; honoured in development mode only. */
  developmentKeys?: JWTVerifyGetKey;
  clock?: () => Date;
}

/** Entra signs access tokens with RS256; nothing else is accepted. */
const ALGORITHMS = ['RS256'];
/** Small: Entra's and our clocks are NTP-synchronised; this covers a lagging laptop in tests. */
const CLOCK_TOLERANCE_SECONDS = 60;

export type TokenValidator = (token: string | undefined) => Promise<TokenResult>;

export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const clock = options.clock ?? (() => new Date());
  return async (token) => {
    if (!token) return { ok: false, reason: 'missing' };
    let unverifiedIssuer: unknown;
    try {
      unverifiedIssuer = decodeJwt(token).iss;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const isDevelopmentToken = unverifiedIssuer === DEVELOPMENT_ISSUER;
    if (isDevelopmentToken && (options.mode !== 'development' || !options.developmentKeys))
      return { ok: false, reason: 'development-refused' };

    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(
        token,
        isDevelopmentToken && options.developmentKeys ? options.developmentKeys : options.keys,
        {
          algorithms: ALGORITHMS,
          audience: [...options.audiences],
          issuer: isDevelopmentToken ? DEVELOPMENT_ISSUER : entraIssuers(options.tenantId),
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          currentDate: clock(),
          requiredClaims: ['exp'],
        },
      );
      payload = verified.payload;
    } catch (error) {
      return { ok: false, reason: rejectionOf(error) };
    }
    return userFrom(payload, options);
  };
}

function userFrom(payload: JWTPayload, options: TokenValidatorOptions): TokenResult {
  if (payload['tid'] !== options.tenantId) return { ok: false, reason: 'tenant' };
  const id = payload['oid'];
  if (typeof id !== 'string' || id === '') return { ok: false, reason: 'subject' };
  const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
  const appRoles = strings(payload['roles']);
  const hasScope = scopes.includes(options.requiredScope);
  const hasRole = appRoles.some((role) => options.acceptedRoles.includes(role));
  if (!hasScope && !hasRole) return { ok: false, reason: 'scope' };
  const email = [payload['preferred_username'], payload['upn'], payload['email']].find(
    (value): value is string => typeof value === 'string' && value.includes('@'),
  );
  const claimNames = payload['_claim_names'] as { groups?: unknown } | undefined;
  return {
    ok: true,
    user: {
      id,
      tenantId: options.tenantId,
      name: typeof payload['name'] === 'string' ? payload['name'] : '',
      ...(email ? { email } : {}),
      memberships: {
        groupIds: strings(payload['groups']),
        appRoles,
        hasGroupOverage: claimNames?.groups !== undefined || payload['hasgroups'] === true,
      },
    },
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function rejectionOf(error: unknown): TokenRejection | 'keys-unavailable' {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'nbf') return 'not-yet-valid';
    return 'malformed';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return 'keys-unavailable';
  if (error instanceof errors.JOSEError) return 'malformed';
  // The remote key set's fetch failed (network, DNS): jose passes fetch's own error through.
  return 'keys-unavailable';
}
