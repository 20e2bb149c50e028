// Ctrl-C (SIGINT) and SIGTERM (container stop) close the service once, then let the process end.
import type { Logger } from './logger';

export function closeOnSignals(close: () => Promise<void>, logger: Logger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.info({ event: 'shutdown', signal });
    close().then(
      () => logger.info({ event: 'stopped' }),
      (error: unknown) => {
        logger.error({ event: 'shutdown-failed', error: (error as Error).name });
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
