// A pino logger that writes into memory, so tests can read what the service logged.
import { createLogger, type Logger } from '../../bot/server/logger';

export interface CapturedLog {
  logger: Logger;
  /** Every log line as parsed JSON. */
  entries(): Record<string, unknown>[];
  /** Everything logged, as one string, to check what must never appear. */
  text(): string;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line) => lines.push(line) },
  });
  return {
    logger,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => lines.join(''),
  };
}
