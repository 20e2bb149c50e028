// A running service on a copy of the second board's policy pack (packs/voorbeeld-stichting-de-linde)
// in a temporary folder, with a SQLite register and development tokens: for tests that edit the pack
// through the API or the tab, and ask the bot through the Bot Framework protocol.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { launchService } from '../../bot/server/launch-service';
import { createLogger } from '../../bot/server/logger';
import type { RunningService } from '../../bot/server/start-service';

const SECOND_PACK = path.resolve(__dirname, '../../packs/voorbeeld-stichting-de-linde');

export interface PackService {
  service: RunningService;
  /** The pack folder the service serves and the edits write to. */
  pack: string;
  /** A development token for a persona: teacher, ict or privacy-officer. */
  token(persona: string): Promise<string>;
  close(): Promise<void>;
}

/** @param distFolder The build output with tab/ (e.g. from buildTab), or none. */
export async function startPackService(distFolder?: string): Promise<PackService> {
  const work = mkdtempSync(path.join(tmpdir(), 'privacywacht-pack-edit-'));
  const pack = path.join(work, 'pack');
  cpSync(SECOND_PACK, pack, { recursive: true });
  const dist = distFolder ?? path.join(work, 'dist');
  mkdirSync(dist, { recursive: true });
  const launched = await launchService({
    configFile: path.join(pack, 'privacywacht.config.json'),
    distFolder: dist,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({
      level: 'error',
      destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    }),
    env: {
      PRIVACYWACHT_ENV: 'development',
      DATABASE_URL: `sqlite:${path.join(work, 'register.sqlite')}`,
    },
  });
  if (!launched.ok) throw new Error(launched.error);
  const { service } = launched;
  return {
    service,
    pack,
    async token(persona) {
      const response = await fetch(`${service.url}/api/dev/token?persona=${persona}`);
      return ((await response.json()) as { token: string }).token;
    },
    async close() {
      await service.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
