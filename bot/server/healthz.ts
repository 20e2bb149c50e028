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

/** A check that has not answered by then (a hung database) counts as failing. */
const CHECK_TIMEOUT_MS = 2000;

export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  logger: Logger,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<HealthReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('readiness check timed out')), timeoutMs);
      });
      try {
        await Promise.race([check(), timeout]);
        return [name, 'ok'] as const;
      } catch (error) {
        logger.warn({ event: 'readiness-failed', check: name, error: (error as Error).name });
        return [name, 'failing'] as const;
      } finally {
        clearTimeout(timer);
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
