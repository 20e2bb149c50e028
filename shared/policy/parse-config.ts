// Parses a configuration object once, at the edge, into a typed and frozen Config, or into
// messages that each name the key and say what is allowed.
import { z } from 'zod';
import { configSchema, type Config } from './config-schema';

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * @example parseConfig(JSON.parse(text)) // { ok: false, errors: ['scan.bccThreshold: expected 2 or more (got 1)'] }
 */
export function parseConfig(input: unknown): ConfigResult {
  const result = configSchema.safeParse(input);
  if (result.success) return { ok: true, config: deepFreeze(result.data) };
  return { ok: false, errors: result.error.issues.map((issue) => describeIssue(issue, input)) };
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const key = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path, input);
    const where = key === '' ? 'top level' : key;
    return issue.keys
      .map(
        (unknown) =>
          `${where}: unknown key "${unknown}"${allowed ? `; allowed keys: ${allowed.join(', ')}` : ''}`,
      )
      .join('\n');
  }
  const got = valueAt(issue.path, input);
  const gotText = got === undefined ? 'missing' : `got ${JSON.stringify(got)}`;
  return `${key || 'top level'}: ${issue.message} (${gotText})`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(path: readonly PropertyKey[], input: unknown): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** Walks the schema along the path to list the keys an object there may have. */
function allowedKeysAt(path: readonly PropertyKey[], input: unknown): string[] | undefined {
  let schema: z.core.$ZodType = configSchema;
  let value: unknown = input;
  for (const part of [...path, undefined]) {
    schema = unwrap(schema, value);
    if (part === undefined) break;
    if (!(schema instanceof z.ZodObject)) return undefined;
    const next = (schema.shape as Record<string, z.core.$ZodType>)[String(part)];
    if (!next) return undefined;
    schema = next;
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[part]
        : undefined;
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
      current = current.unwrap();
    } else if (current instanceof z.ZodDiscriminatedUnion) {
      const method = (value as { method?: unknown } | undefined)?.method;
      const option = (current.options as z.ZodObject[]).find((candidate) => {
        const literal: unknown = candidate.shape['method'];
        return literal instanceof z.ZodLiteral && literal.value === method;
      });
      if (!option) return current;
      current = option;
    } else {
      return current;
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
