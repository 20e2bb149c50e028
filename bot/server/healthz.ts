// GET /healthz: the service is ready when every readiness check passes (config loaded, register
// reachable). A failing check is reported by name only; its error stays in the log.
import type { RequestHandler } from 'express';
import type { Logger } from './logger';

export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; throws (or rejects) when not. */
  check: () => Promise<void> | void;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, 'ok' | 'failing'>;
}

export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  logger: Logger,
): Promise<HealthReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await check();
        return [name, 'ok'] as const;
      } catch (error) {
        logger.warn({ event: 'readiness-failed', check: name, error: (error as Error).name });
        return [name, 'failing'] as const;
      }
    }),
  );
  const failing = results.some(([, result]) => result === 'failing');
  return { status: failing ? 'unavailable' : 'ok', checks: Object.fromEntries(results) };
}

export function healthzHandler(checks: readonly ReadinessCheck[], logger: Logger): RequestHandler {
  return (_request, response, next) => {
    checkReadiness(checks, logger).then(
      (report) => response.status(report.status === 'ok' ? 200 : 503).json(report),
      next,
    );
  };
}
