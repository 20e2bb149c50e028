// Runs the register's background work on a timer: outbox delivery (also on demand after each
// change), reminders, escalations and retention. Safe with several instances: the store leases and claims.
import type { ChannelPoster, PostPacer } from './channel-poster';
import type { IncidentService } from './incident-service';
import { deliverOutbox, type OutboxOptions } from './outbox';
import type { IncidentStore } from '../store/incident-store';

export interface IncidentWorkerDeps {
  store: IncidentStore;
  service: IncidentService;
  poster: ChannelPoster;
  /** Teams' rate limits, kept across passes. */
  pacer?: PostPacer;
  clock: () => Date;
  /** How often to look for due posts and reminders. */
  intervalMs: number;
  outboxOptions?: Partial<OutboxOptions>;
  /** Counts only: what happened in one pass (never report content). */
  onPass?: (counts: {
    sent: number;
    retrying: number;
    failed: number;
    coalesced: number;
    reminders: number;
    escalations: number;
  }) => void;
  onError: (error: unknown) => void;
}

export interface IncidentWorker {
  /** Deliver now (after a report or an action) instead of at the next tick. */
  kick(): void;
  /** Stops the timer and waits for a running pass. */
  stop(): Promise<void>;
}

const RETENTION_EVERY_MS = 24 * 3_600_000;

export function startIncidentWorker(deps: IncidentWorkerDeps): IncidentWorker {
  let running: Promise<void> | undefined;
  let again = false;
  let isStopped = false;
  let lastRetention = 0;
  let wake: NodeJS.Timeout | undefined;
  const wakeAt = (at: number) => {
    clearTimeout(wake);
    wake = setTimeout(run, Math.max(0, at - deps.clock().getTime()));
    wake.unref();
  };

  const pass = async () => {
    const reminders = await deps.service.runDueReminders();
    const escalations = await deps.service.runDueEscalations();
    const report = await deliverOutbox({
      store: deps.store,
      poster: deps.poster,
      clock: deps.clock,
      ...(deps.pacer ? { pacer: deps.pacer } : {}),
      ...(deps.outboxOptions ? { options: deps.outboxOptions } : {}),
    });
    // Posts put back for Teams' rate limits are due before the next tick: look again then.
    if (report.pacedUntil !== undefined) wakeAt(report.pacedUntil);
    deps.onPass?.({
      sent: report.sent,
      retrying: report.retrying,
      failed: report.failed,
      coalesced: report.coalesced,
      reminders,
      escalations,
    });
    const now = deps.clock().getTime();
    if (now - lastRetention >= RETENTION_EVERY_MS) {
      lastRetention = now;
      await deps.service.runRetention();
    }
  };
  const run = (): void => {
    if (isStopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch(deps.onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, deps.intervalMs);
  timer.unref();
  run();
  return {
    kick: run,
    async stop() {
      clearInterval(timer);
      clearTimeout(wake);
      // A pass asked for before stopping still runs; nothing starts after.
      while (running) await running;
      isStopped = true;
    },
  };
}
