// The bot service as the Agents Playground tests run it: the repo's config, the Kindante pack, an
// in-memory register, on a free port in development mode (the Playground sends no token).
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { createAnswerer } from '../../bot/qa/answerer';
import { startService, type RunningService } from '../../bot/server/start-service';
import type { IncidentStore } from '../../bot/store/incident-store';
import { createMemoryStore } from '../../bot/store/memory-store';
import { kindanteKnowledge } from './knowledge';
import { captureLog } from './log-capture';

const CONFIG = path.resolve(__dirname, '../../privacywacht.config.json');

export async function startPlaygroundService(
  store: IncidentStore = createMemoryStore(),
): Promise<RunningService> {
  const loaded = loadConfig(CONFIG);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const started = await startService({
    config: loaded.config,
    env: { PRIVACYWACHT_ENV: 'development' },
    port: 0,
    host: '127.0.0.1',
    answer: createAnswerer(loaded.config, kindanteKnowledge()),
    logger: captureLog().logger,
    incidents: { store, settings: loaded.config.incidents },
  });
  if (!started.ok) throw new Error(started.error);
  return started.service;
}
