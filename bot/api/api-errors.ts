// The API's error catalogue: a stable code per failure, its HTTP status, and what a person reads
// (Dutch first, English too). Responses carry these and nothing from inside the service.
import type { Response } from 'express';

export interface ApiProblem {
  /** Where in the request, e.g. "affectedCount" or "body". */
  path: string;
  nl: string;
  en: string;
}

const CATALOGUE = {
  'invalid-json': {
    status: 400,
    nl: 'Het verzoek is geen geldige JSON.',
    en: 'The request is not valid JSON.',
  },
  'invalid-request': {
    status: 400,
    nl: 'Het verzoek klopt niet; zie de problemen per veld.',
    en: 'The request is not valid; see the problems per field.',
  },
  forbidden: {
    status: 403,
    nl: 'Alleen het domein ICT en de FG kunnen dit.',
    en: 'Only the ICT domain and the privacy officer can do this.',
  },
  'not-found': {
    status: 404,
    nl: 'Deze melding bestaat niet, of u kunt haar niet inzien.',
    en: 'This incident does not exist, or you cannot see it.',
  },
  refused: {
    status: 409,
    nl: 'Deze stap kan nu niet.',
    en: 'This step is not possible now.',
  },
  conflict: {
    status: 409,
    nl: 'Iemand anders wijzigde de melding tegelijk; probeer het opnieuw.',
    en: 'Someone else changed the incident at the same time; try again.',
  },
  'too-large': {
    status: 413,
    nl: 'Het verzoek is te groot.',
    en: 'The request is too large.',
  },
  'too-many-requests': {
    status: 429,
    nl: 'Te veel verzoeken achter elkaar; wacht even en probeer het opnieuw.',
    en: 'Too many requests in a row; wait a moment and try again.',
  },
} as const;

export type ApiErrorCode = keyof typeof CATALOGUE;

/**
 * Sends the catalogue entry, with the problems per field or the domain's own reason when there is
 * one.
 * @example sendError(response, 'forbidden')
 */
export function sendError(
  response: Response,
  code: ApiErrorCode,
  details: { problems?: ApiProblem[]; reason?: { nl: string; en: string } } = {},
): void {
  const { status, nl, en } = CATALOGUE[code];
  response.status(status).json({
    error: {
      code,
      nl: details.reason?.nl ?? nl,
      en: details.reason?.en ?? en,
      ...(details.problems ? { problems: details.problems } : {}),
    },
  });
}
