// Parses a body or query with its schema; on failure sends a 400 that names each problem's field and
// what is wrong with it, never what was sent: a rejected form is not echoed back (its values may be
// long, or someone's data), and field names from the request are cut short and counted out.
import type { Response } from 'express';
import type { z } from 'zod';
import { sendError, type ApiProblem } from './api-errors';

/** More problems than this, or longer unknown field names, say nothing more useful. */
const MAX_PROBLEMS = 20;
const MAX_FIELD_NAME = 40;

export function parseRequest<S extends z.ZodType>(
  schema: S,
  input: unknown,
  response: Response,
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: ApiProblem[] = result.error.issues.flatMap((issue) => {
    const path = short(issue.path.map(String).join('.')) || 'body';
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: path === 'body' ? short(key) : `${path}.${short(key)}`,
        nl: `onbekend veld "${short(key)}"`,
        en: `unknown field "${short(key)}"`,
      }));
    return [{ path, nl: issue.message, en: issue.message }];
  });
  sendError(response, 'invalid-request', { problems: problems.slice(0, MAX_PROBLEMS) });
  return undefined;
}

function short(name: string): string {
  return name.length > MAX_FIELD_NAME ? `${name.slice(0, MAX_FIELD_NAME)}…` : name;
}
