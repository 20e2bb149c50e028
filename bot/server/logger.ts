// Structured JSON logs (pino), one event per line. Logs carry ids (hashed), types, status codes,
// counts and durations; never message text, names or e-mail addresses (the policy's own data
// minimisation, DESIGN.md).
import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    { level: options.level ?? 'info', base: { service: 'privacywacht' } },
    options.destination,
  );
}

/** A short, stable stand-in for an id (conversation, user), so log lines can be correlated. */
export function hashId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
