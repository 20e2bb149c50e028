// The real service with the breach register for end-to-end tests: a SQLite register in a temporary
// folder, a clock the test moves, the ICT channel pointing at the connector stub, and helpers to
// read the report form's submission id and to wait for asynchronous delivery with a deadline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAnswerer } from '../../bot/qa/answerer';
import { startService, type RunningService } from '../../bot/server/start-service';
import type { IncidentStore } from '../../bot/store/incident-store';
import { openStore } from '../../bot/store/open-store';
import { parseConfig } from '../../shared/policy/parse-config';
import type { ConnectorStub } from './connector-stub';
import { captureLog, type CapturedLog } from './log-capture';
import { EXAMPLE_CONFIG } from './policy';
import { ICT_CHANNEL_ID, ICT_TEAM_ID, TEST_CONVERSATION } from './teams-activity';
import { kindanteKnowledge } from './knowledge';

const NO_WAIT = { baseDelayMs: 0, maxDelayMs: 0 };

export interface DatalekService {
  service: RunningService;
  store: IncidentStore;
  log: CapturedLog;
  /** Moves the service's clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function startDatalekService(
  stub: ConnectorStub,
  options: { channelConfigured: boolean },
): Promise<DatalekService> {
  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-datalek-'));
  const store = await openStore({ databaseUrl: `sqlite:${path.join(folder, 'register.sqlite')}` });
  const channel = {
    teamId: ICT_TEAM_ID,
    channelId: ICT_CHANNEL_ID,
    serviceUrl: stub.url,
    tenantId: TEST_CONVERSATION.tenantId,
  };
  const parsed = parseConfig({
    ...EXAMPLE_CONFIG,
    ...(options.channelConfigured ? { incidents: { channel } } : {}),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  let now = new Date('2026-11-20T10:00:00Z').getTime();
  const log = captureLog();
  const started = await startService({
    config: parsed.config,
    env: { PRIVACYWACHT_ENV: 'development' },
    port: 0,
    host: '127.0.0.1',
    answer: createAnswerer(parsed.config, kindanteKnowledge()),
    logger: log.logger,
    retry: NO_WAIT,
    incidents: {
      store,
      settings: parsed.config.incidents,
      clock: () => new Date(now),
      // Deliveries happen on kicks (after each report and action); no timer passes in tests.
      workerIntervalMs: 3_600_000,
    },
    onClose: () => store.close(),
  });
  if (!started.ok) throw new Error(started.error);
  return {
    service: started.service,
    store,
    log,
    advance(ms) {
      now += ms;
    },
    async close() {
      await started.service.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value, failing after `deadlineMs` (for asynchronous delivery). */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  deadlineMs = 4_000,
): Promise<T> {
  const giveUp = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > giveUp) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The submission id in a report form card (the submit action's data). */
export function submissionIdOf(card: unknown): string {
  const match = /"submissionId":"([^"]+)"/.exec(JSON.stringify(card));
  if (!match?.[1]) throw new Error('no submission id in the card');
  return match[1];
}

/** The invoke response body Teams would receive for an Action.Execute. */
export interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

export async function invokeBody(response: Response): Promise<InvokeBody> {
  expectOk(response);
  return (await response.json()) as InvokeBody;
}

function expectOk(response: Response): void {
  if (response.status !== 200) throw new Error(`invoke answered ${response.status}`);
}
