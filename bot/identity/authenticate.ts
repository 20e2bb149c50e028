// Express middleware: every API request carries "Authorization: Bearer <Entra access token>". A
// refused token gets a bare 401 (the reason code goes to the log, never the token or the caller's
// name); an accepted one leaves the Principal on the response for the routes.
import type { RequestHandler, Response } from 'express';
import { hashId, type Logger } from '../server/logger';
import type { Principal } from './principal';
import type { TokenValidator, VerifiedUser } from './token-validator';

export interface AuthenticateOptions {
  validate: TokenValidator;
  /** Decides the roles, e.g. from claims, or through Graph when the token lists too many groups. */
  toPrincipal: (user: VerifiedUser) => Promise<Principal> | Principal;
  logger: Logger;
}

const UNAUTHORIZED = {
  error: {
    code: 'unauthorized',
    nl: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
    en: 'You are not (or no longer) signed in. Please sign in again.',
  },
};
const UNAVAILABLE = {
  error: {
    code: 'sign-in-unavailable',
    nl: 'Aanmelden lukt nu niet. Probeer het over een paar minuten opnieuw.',
    en: 'Signing in is not possible right now. Please try again in a few minutes.',
  },
};

export function authenticate({
  validate,
  toPrincipal,
  logger,
}: AuthenticateOptions): RequestHandler {
  return (request, response, next) => {
    const result = validate(bearerToken(request.headers.authorization));
    result
      .then(async (checked) => {
        if (!checked.ok) {
          if (checked.reason === 'keys-unavailable') {
            logger.error({ event: 'auth-keys-unavailable' });
            response.status(503).json(UNAVAILABLE);
            return;
          }
          logger.warn({ event: 'auth-rejected', reason: checked.reason });
          response.setHeader('WWW-Authenticate', 'Bearer');
          response.status(401).json(UNAUTHORIZED);
          return;
        }
        response.locals['principal'] = await toPrincipal(checked.user);
        logger.debug({ event: 'auth-accepted', user: hashId(checked.user.id) });
        next();
      })
      .catch(next);
  };
}

/** The caller, for routes behind `authenticate`. */
export function principalOf(response: Response): Principal {
  const principal = response.locals['principal'] as Principal | undefined;
  if (!principal) throw new Error('principalOf: the route is not behind authenticate()');
  return principal;
}

/** The token of an "Authorization: Bearer …" header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, token, ...rest] = header.trim().split(' ');
  return scheme?.toLowerCase() === 'bearer' && token && rest.length === 0 ? token : undefined;
}
