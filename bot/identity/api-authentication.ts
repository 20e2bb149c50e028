// Builds the API's sign-in check from the identity settings: Entra's remote key set, the development
// key in development mode only, roles from claims (or Graph on group overage), the middleware.
import type { RequestHandler } from 'express';
import { createRemoteJWKSet } from 'jose';
import type { Logger } from '../server/logger';
import { authenticate } from './authenticate';
import { createDevelopmentTokens, type DevelopmentTokens } from './development-tokens';
import type { IdentitySettings } from './identity-settings';
import { createPrincipalResolver, type PrincipalResolverOptions } from './resolve-principal';
import { createTokenValidator } from './token-validator';

export interface ApiAuthentication {
  authenticate: RequestHandler;
  /** Present in development mode only: signs tokens for the tab and browser tests. */
  developmentTokens?: DevelopmentTokens;
}

export interface ApiAuthenticationOptions {
  settings: IdentitySettings;
  logger: Logger;
  memberGroups?: PrincipalResolverOptions['memberGroups'];
}

export async function createApiAuthentication({
  settings,
  logger,
  memberGroups,
}: ApiAuthenticationOptions): Promise<ApiAuthentication> {
  const development =
    settings.mode === 'development'
      ? await createDevelopmentTokens({
          mode: settings.mode,
          tenantId: settings.tenantId,
          audience: settings.clientId,
          scope: settings.requiredScope,
        })
      : undefined;
  const developmentTokens = development?.ok ? development.tokens : undefined;
  const validate = createTokenValidator({
    mode: settings.mode,
    tenantId: settings.tenantId,
    audiences: settings.audiences,
    requiredScope: settings.requiredScope,
    acceptedRoles: [settings.roles.appRoles.ict, settings.roles.appRoles.privacyOfficer],
    // jose caches the key set and refetches it (with a cooldown) when a token names a new key id.
    keys: createRemoteJWKSet(new URL(settings.jwksUrl)),
    ...(developmentTokens ? { developmentKeys: developmentTokens.keys } : {}),
  });
  const toPrincipal = createPrincipalResolver({
    roles: settings.roles,
    ...(memberGroups ? { memberGroups } : {}),
  });
  return {
    authenticate: authenticate({ validate, toPrincipal, logger }),
    ...(developmentTokens ? { developmentTokens } : {}),
  };
}
