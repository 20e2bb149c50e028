// `npm start`: the bot in development mode (no Microsoft credentials, register in ./data) together
// with the Microsoft 365 Agents Playground to chat with it in a browser. Ctrl-C stops both.
import { resolveConfigPath } from '../config/load-config';
import { launchService } from '../server/launch-service';
import { createLogger } from '../server/logger';
import { shutdownSignal } from '../server/shutdown';
import { startPlayground } from './playground';

const BOT_PORT = 3978;
/** The Playground's own default; it picks a free port when this one is taken. */
const PLAYGROUND_PORT = 56150;

async function main(): Promise<void> {
  const env = { ...process.env, PRIVACYWACHT_ENV: 'development' };
  const logger = createLogger({ level: process.env['LOG_LEVEL'] ?? 'warn' });
  const launched = await launchService({
    configFile: resolveConfigPath(undefined, env),
    env,
    port: Number(process.env['PORT'] ?? BOT_PORT),
    logger,
  });
  if (!launched.ok) {
    process.stderr.write(`privacywacht: ${launched.error}\n`);
    process.exitCode = launched.exitCode;
    return;
  }
  const service = launched.service;
  let playground;
  try {
    playground = await startPlayground({
      botEndpoint: `${service.url}/api/messages`,
      port: PLAYGROUND_PORT,
    });
  } catch (error) {
    await service.close();
    throw error;
  }
  process.stdout.write(
    [
      '',
      `Privacywacht draait (is running) op ${service.url}/api/messages — gereed: ${service.url}/healthz`,
      `Open de chat (open the chat): ${playground.url}`,
      'Stoppen (stop): Ctrl-C',
      '',
    ].join('\n'),
  );
  await shutdownSignal();
  process.stdout.write('Stoppen… (stopping)\n');
  await playground.stop();
  await service.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`privacywacht: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
