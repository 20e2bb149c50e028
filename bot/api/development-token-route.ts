// Development only: GET /api/dev/token?persona=… gives a development token for a made-up user, so
// the tab and browser tests run outside Teams. Mounted only when development tokens exist, which
// production mode never makes; there the path does not exist.
import { Router } from 'express';
import { z } from 'zod';
import type { DevelopmentTokens, DevelopmentUser } from '../identity/development-tokens';
import type { RoleSettings } from '../identity/roles';
import { asyncRoute } from './async-route';
import { parseRequest } from './parse-request';

const PERSONAS = ['teacher', 'ict', 'privacy-officer'] as const;
const personaQuery = z.strictObject({
  persona: z
    .enum(PERSONAS, { error: `expected one of: ${PERSONAS.join(', ')}` })
    .default('teacher'),
});

function personaUser(persona: (typeof PERSONAS)[number], roles: RoleSettings): DevelopmentUser {
  switch (persona) {
    case 'teacher':
      return { id: 'dev-teacher', name: 'Juf Ontwikkel (dev)' };
    case 'ict':
      return { id: 'dev-ict', name: 'ICT Ontwikkel (dev)', appRoles: [roles.appRoles.ict] };
    case 'privacy-officer':
      return {
        id: 'dev-privacy-officer',
        name: 'FG Ontwikkel (dev)',
        appRoles: [roles.appRoles.privacyOfficer],
      };
  }
}

export function developmentTokenRouter(tokens: DevelopmentTokens, roles: RoleSettings): Router {
  const router = Router();
  router.get(
    '/token',
    asyncRoute(async (request, response) => {
      const query = parseRequest(personaQuery, request.query, response);
      if (!query) return;
      const token = await tokens.sign(personaUser(query.persona, roles));
      response.setHeader('cache-control', 'no-store');
      response.json({ token, persona: query.persona });
    }),
  );
  return router;
}
