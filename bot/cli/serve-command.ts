// `privacywacht serve [--config FILE]`: runs the Teams bot service until SIGINT/SIGTERM. Port from
// PORT (default 3978); the mode and credentials from the environment (bot/server/service-environment).
import { parseArgs } from 'node:util';
import { resolveConfigPath } from '../config/load-config';
import { launchService } from '../server/launch-service';
import { createLogger } from '../server/logger';
import { shutdownSignal } from '../server/shutdown';

const DEFAULT_PORT = 3978;

export interface ServeIo {
  err: (text: string) => void;
  /** Reports a usage error and returns the exit code for it. */
  usageError: (message: string) => number;
  env: NodeJS.ProcessEnv;
  /** Resolves when the service should stop (SIGINT/SIGTERM). */
  stop?: Promise<unknown>;
}

export async function runServeCommand(args: string[], io: ServeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { config: { type: 'string' } } });
  } catch (error) {
    return io.usageError((error as Error).message);
  }
  const port = parsePort(io.env['PORT']);
  if (port === undefined)
    return io.usageError(`PORT must be a port number, not "${io.env['PORT']}"`);
  const logger = createLogger();
  const launched = await launchService({
    configFile: resolveConfigPath(parsed.values.config, io.env),
    env: io.env,
    port,
    logger,
  });
  if (!launched.ok) {
    io.err(`privacywacht: ${launched.error}\n`);
    return launched.exitCode;
  }
  const signal = await (io.stop ?? shutdownSignal());
  logger.info({ event: 'shutdown', signal });
  await launched.service.close();
  logger.info({ event: 'stopped' });
  return 0;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
}
