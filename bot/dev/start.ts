// `npm start`: the bot in development mode (no Microsoft credentials, register in ./data) together
// with the Microsoft 365 Agents Playground to chat with it in a browser, and the add-in's files over
// local HTTPS for sideloading in Outlook, with the add-in preview (no Outlook needed). Ctrl-C stops everything.
import path from 'node:path';
import { resolveConfigPath } from '../config/load-config';
import { launchService } from '../server/launch-service';
import { createLogger } from '../server/logger';
import { shutdownSignal } from '../server/shutdown';
import { startAddinDevServer } from './addin-dev-server';
import { startPlayground } from './playground';
import { seedDevelopmentRegister } from './seed-register';

const BOT_PORT = 3978;
/** The Playground's own default; it picks a free port when this one is taken. */
const PLAYGROUND_PORT = 56150;
/** The port Office add-in projects use by convention for local HTTPS. */
const ADDIN_PORT = 3000;
const ROOT = path.resolve(__dirname, '../..');

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
  const seeded = await seedDevelopmentRegister(service.url).catch((error: unknown) => {
    process.stderr.write(
      `privacywacht: voorbeeldmeldingen niet aangemaakt (${(error as Error).message})\n`,
    );
    return 0;
  });
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
  let addin;
  try {
    addin = await startAddinDevServer({
      folder: path.join(ROOT, 'dist/addin'),
      previewFolder: path.join(ROOT, 'dist/preview'),
      certFolder: path.join(ROOT, 'data/dev-certs'),
      port: Number(process.env['ADDIN_PORT'] ?? ADDIN_PORT),
    });
  } catch (error) {
    await playground.stop();
    await service.close();
    throw error;
  }
  process.stdout.write(
    [
      '',
      `Voorbeeld van de invoegtoepassing (add-in preview, begin hier): ${addin.previewUrl}`,
      `Privacywacht draait (is running) op ${service.url}/api/messages — gereed: ${service.url}/healthz`,
      `Open de chat (open the chat): ${playground.url}`,
      // As the ICT domain; the tab's role switch shows it as a teacher or the privacy officer.
      `Registertab (register tab): ${service.url}/tab/index.html?view=register&persona=ict`,
      ...(seeded > 0
        ? [
            `  ${seeded} verzonnen voorbeeldmeldingen in het lege register (invented sample incidents)`,
          ]
        : []),
      `Outlook-invoegtoepassing (add-in): ${addin.url}/addin/taskpane.html`,
      `  certificaat om te vertrouwen (certificate to trust): ${addin.certFile}`,
      'Stoppen (stop): Ctrl-C',
      '',
    ].join('\n'),
  );
  await shutdownSignal();
  process.stdout.write('Stoppen… (stopping)\n');
  await Promise.all([playground.stop(), addin.close()]);
  await service.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`privacywacht: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
