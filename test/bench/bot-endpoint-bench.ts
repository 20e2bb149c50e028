// Benchmark of the bot's HTTP endpoint (npm run bench): requests per second and latency of
// POST /api/messages under load (autocannon), in development mode, with the real answerer and every
// reply delivered to a local Bot Connector stub. A request's time includes answering and posting
// the reply card, since the adapter finishes the turn before it answers the HTTP request.
import autocannon from 'autocannon';
import { createAnswerer } from '../../bot/qa/answerer';
import { createLogger } from '../../bot/server/logger';
import { startService } from '../../bot/server/start-service';
import { createMemoryStore } from '../../bot/store/memory-store';
import { parseConfig } from '../../shared/policy/parse-config';
import { startConnectorStub } from '../helpers/connector-stub';
import { EXAMPLE_CONFIG } from '../helpers/policy';
import { teamsMessage } from '../helpers/teams-activity';
import { summarise } from './timing';
import { kindanteKnowledge } from '../helpers/knowledge';

/** One client alone (latency of a single turn), then ten at once (throughput). */
const CONNECTIONS = [1, 10];
const WARM_UP_SECONDS = 2;
const SECONDS = 10;

export async function runBotEndpointBench(): Promise<void> {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const stub = await startConnectorStub();
  // Logs are written as in production (one line per request), into nothing.
  const logger = createLogger({ destination: { write: () => undefined } });
  const started = await startService({
    config: parsed.config,
    env: { PRIVACYWACHT_ENV: 'development' },
    port: 0,
    host: '127.0.0.1',
    answer: createAnswerer(parsed.config, kindanteKnowledge()),
    logger,
    incidents: { store: createMemoryStore(), settings: parsed.config.incidents },
  });
  if (!started.ok) throw new Error(started.error);
  const service = started.service;
  const body = JSON.stringify(
    teamsMessage(stub.url, { text: 'Mag ik een BSN in een mail naar de gemeente zetten?' }),
  );
  const target = (connections: number) => ({
    url: `${service.url}/api/messages`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body,
    connections,
  });
  try {
    await autocannon({ ...target(10), duration: WARM_UP_SECONDS });
    for (const connections of CONNECTIONS) {
      stub.calls.splice(0);
      const times: number[] = [];
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ ...target(connections), duration: SECONDS }, (error, done) =>
          error ? reject(error as Error) : resolve(done),
        );
        instance.on('response', (_client, _status, _bytes, responseTime) =>
          times.push(responseTime),
        );
      });
      const timing = summarise(times);
      process.stdout.write(
        `  POST /api/messages, ${connections} connection(s), ${SECONDS} s: ` +
          `${result.requests.average.toFixed(0)} requests/s, ` +
          `median ${timing.median.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms, p99 ${timing.p99.toFixed(1)} ms; ` +
          `${result.non2xx} non-2xx, ${result.errors} errors, ${stub.calls.length} replies delivered\n`,
      );
    }
  } finally {
    await service.close();
    await stub.close();
  }
}
