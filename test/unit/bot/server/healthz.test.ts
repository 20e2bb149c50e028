import { checkReadiness } from '../../../../bot/server/healthz';
import { captureLog } from '../../../helpers/log-capture';

describe('readiness', () => {
  it('is ok when every check passes', async () => {
    const { logger } = captureLog();
    const report = await checkReadiness(
      [
        { name: 'config', check: () => undefined },
        { name: 'register', check: () => Promise.resolve() },
      ],
      logger,
    );
    expect(report).toEqual({ status: 'ok', checks: { config: 'ok', register: 'ok' } });
  });

  it('is unavailable when a check fails, naming it without the error text', async () => {
    const log = captureLog();
    const report = await checkReadiness(
      [
        { name: 'config', check: () => undefined },
        {
          name: 'register',
          check: () => Promise.reject(new Error('connect ECONNREFUSED db.internal:5432')),
        },
      ],
      log.logger,
    );
    expect(report).toEqual({
      status: 'unavailable',
      checks: { config: 'ok', register: 'failing' },
    });
    expect(JSON.stringify(report)).not.toContain('ECONNREFUSED');
    expect(log.entries()).toContainEqual(
      expect.objectContaining({ event: 'readiness-failed', check: 'register' }),
    );
  });

  it('counts a check that never answers (a hung database) as failing', async () => {
    const { logger } = captureLog();
    const report = await checkReadiness(
      [{ name: 'register', check: () => new Promise<void>(() => undefined) }],
      logger,
      1,
    );
    expect(report).toEqual({ status: 'unavailable', checks: { register: 'failing' } });
  });
});
