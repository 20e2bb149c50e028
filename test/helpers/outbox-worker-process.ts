// A process that only delivers the outbox, as the service's worker does: the register in a SQLite
// file, the real CloudAdapter and Bot Connector poster pointed at the local connector fake (which
// also answers Graph's channel messages). It exits once nothing is left to send. The kill test
// starts it, kills it with SIGKILL at random moments and starts it again; it starts the next one
// early and lets it begin with "go" on stdin, so loading the modules is not waited for.
//   OUTBOX_DATABASE_URL=sqlite:… OUTBOX_CONNECTOR_URL=http://127.0.0.1:… node -r tsx/cjs this-file
import { createGraphClient } from '../../bot/identity/graph-client';
import { createIncidentService } from '../../bot/incidents/incident-service';
import { startIncidentWorker } from '../../bot/incidents/incident-worker';
import { createLogger } from '../../bot/server/logger';
import { createServicePolicy } from '../../bot/server/retry-policy';
import { openStore } from '../../bot/store/open-store';
import { createBotAdapter } from '../../bot/teams/adapter';
import { createBotConnectorPoster } from '../../bot/teams/bot-connector-poster';
import { createTeamsPacer } from '../../bot/teams/teams-rate-limits';

async function main(): Promise<void> {
  const logger = createLogger({ level: 'warn' });
  const store = await openStore({ databaseUrl: process.env['OUTBOX_DATABASE_URL'] });
  const policy = createServicePolicy('bot-connector', logger, { baseDelayMs: 1, maxDelayMs: 100 });
  const adapter = createBotAdapter({
    credentials: {
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: '',
      MicrosoftAppTenantId: '',
      CertificateThumbprint: '',
      CertificatePrivateKey: '',
    },
    logger,
    connectorPolicy: policy,
  });
  const graph = createGraphClient({
    tokens: { appToken: () => Promise.resolve('test'), onBehalfOf: () => Promise.resolve('test') },
    baseUrl: process.env['OUTBOX_CONNECTOR_URL'],
    logger,
  });
  const service = createIncidentService({
    store,
    clock: () => new Date(),
    newId: () => 'unused',
    canHandle: () => false,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
  });
  // Faster than Teams allows, so the test stays short; the pacer itself has its own tests.
  const pacer = createTeamsPacer();
  const worker = startIncidentWorker({
    store,
    service,
    poster: createBotConnectorPoster({
      access: { adapter, appId: '' },
      policy,
      threads: graph.channelThreads,
    }),
    pacer: { reserve: () => 0, pause: (conversation, until) => pacer.pause(conversation, until) },
    clock: () => new Date(),
    intervalMs: 50,
    outboxOptions: { leaseMs: Number(process.env['OUTBOX_LEASE_MS'] ?? 60_000), batchSize: 20 },
    onError: (error) => process.stderr.write(`worker: ${String(error)}\n`),
    ...(process.env['OUTBOX_DEBUG']
      ? { onPass: (counts: object) => process.stderr.write(`pass ${JSON.stringify(counts)}\n`) }
      : {}),
  });
  process.stdout.write('ready\n');
  for (;;) {
    const pending = (await store.listOutbox()).filter((message) => message.state === 'pending');
    if (pending.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.stop();
  await store.close();
  process.stdout.write('drained\n');
  // stdin (the "go" pipe) would keep the process alive.
  process.exit(0);
}

function whenTold(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('go')) resolve();
    });
  });
}

whenTold()
  .then(main)
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
