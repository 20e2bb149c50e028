// The service's HTTP edge: development mode listens on this machine only, and request logs name the
// full path (a mounted router's prefix included) but never the query string's values.
import { Router } from 'express';
import { createApp } from '../../../../bot/server/create-app';
import { listen } from '../../../../bot/server/http-server';
import { startService } from '../../../../bot/server/start-service';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { captureLog } from '../../../helpers/log-capture';

describe('request logs', () => {
  it('carry the full path under a mounted router, and no query values', async () => {
    const log = captureLog();
    const router = Router();
    router.get('/incidents/:id', (_request, response) => {
      response.status(204).end();
    });
    const app = createApp({
      handleMessages: (_request, response) => void response.status(200).end(),
      readiness: [],
      logger: log.logger,
      mounts: [{ path: '/api', handler: router }],
    });
    const server = await listen(app, 0, '127.0.0.1');
    try {
      await fetch(`${server.url}/api/incidents/inc-7?since=2026-01-01&q=Jan%20Jansen`);
      await fetch(`${server.url}/api/unknown?token=geheim`);
    } finally {
      await server.close();
    }
    const paths = log
      .entries()
      .filter((entry) => entry['event'] === 'request')
      .map((entry) => [entry['path'], entry['status']]);
    expect(paths).toEqual([
      ['/api/incidents/inc-7', 204],
      ['/api/unknown', 404],
    ]);
    expect(log.text()).not.toMatch(/Jansen|geheim|2026-01-01|since|token/);
  });
});

describe('where the service listens', () => {
  async function listeningHost(env: NodeJS.ProcessEnv): Promise<unknown> {
    const parsed = parseConfig(EXAMPLE_CONFIG);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const log = captureLog();
    const started = await startService({
      config: parsed.config,
      env: { PRIVACYWACHT_ENV: 'development', ...env },
      port: 0,
      answer: () => {
        throw new Error('not asked');
      },
      logger: log.logger,
      incidents: { store: createMemoryStore(), settings: parsed.config.incidents },
    });
    if (!started.ok) throw new Error(started.error);
    await started.service.close();
    return log.entries().find((entry) => entry['event'] === 'listening')?.['host'];
  }

  it('binds 127.0.0.1 in development mode unless configured', async () => {
    expect(await listeningHost({})).toBe('127.0.0.1');
  });

  it('binds what PRIVACYWACHT_HOST says', async () => {
    expect(await listeningHost({ PRIVACYWACHT_HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });
});
