// Parses a body or query with its schema; on failure sends a 400 that names each problem's field.
import type { Response } from 'express';
import type { z } from 'zod';
import { sendError, type ApiProblem } from './api-errors';

export function parseRequest<S extends z.ZodType>(
  schema: S,
  input: unknown,
  response: Response,
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: ApiProblem[] = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.') || 'body';
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: path === 'body' ? key : `${path}.${key}`,
        nl: `onbekend veld "${key}"`,
        en: `unknown field "${key}"`,
      }));
    return [{ path, nl: issue.message, en: issue.message }];
  });
  sendError(response, 'invalid-request', { problems });
  return undefined;
}
