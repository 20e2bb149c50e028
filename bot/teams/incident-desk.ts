// The breach register as the Teams bot uses it: the incident service with the ICT check for Teams,
// the background worker that delivers the outbox through the Bot Connector, and the configured
// incident channel registered at start-up (the configuration wins over the registration command).
import { randomUUID } from 'node:crypto';
import type { Config } from '../../shared/policy/config-schema';
import { authoritiesFromConfig } from '../incidents/authorities';
import { createIncidentService, type IncidentService } from '../incidents/incident-service';
import { startIncidentWorker } from '../incidents/incident-worker';
import type { Person } from '../incidents/report';
import type { Logger } from '../server/logger';
import type { ChannelRegistration, IncidentStore } from '../store/incident-store';
import type { ChannelThread, GraphResult } from '../identity/graph-client';
import type { ServicePolicy } from '../server/retry-policy';
import { createBotConnectorPoster } from './bot-connector-poster';
import type { ConnectorAccess } from './connector-turn';
import { createIctMemberCheck } from './ict-member-check';
import { createTeamsPacer } from './teams-rate-limits';

export interface IncidentDeskOptions {
  access: ConnectorAccess;
  /** The Bot Connector's retry policy (shared with the adapter). */
  connectorPolicy: ServicePolicy;
  /** The channel's recent threads from Graph, so a crash mid-post never posts a card twice. */
  channelThreads?: (
    teamGroupId: string,
    channelId: string,
  ) => Promise<GraphResult<ChannelThread[]>>;
  store: IncidentStore;
  organisationName: string;
  incidents: Config['incidents'];
  /** Security-group check (Graph), the alternative to the team roster, when configured. */
  groupCheck?: (person: Person) => Promise<boolean>;
  logger: Logger;
  clock?: () => Date;
  /** How often the worker looks for due posts and reminders (default 30 s). */
  workerIntervalMs?: number;
}

export interface IncidentDesk {
  service: IncidentService;
  /** Whether this person may make this channel the incident channel. */
  mayRegisterChannel(person: Person, channel: ChannelRegistration): Promise<boolean>;
  /** Whether this person may see the incident's card: the ICT domain, the FG, or its reporter. */
  maySee(person: Person, incidentId: string): Promise<boolean>;
  /** Deliver the outbox now (after a report or an action). */
  kick(): void;
  /** Stops the worker; the register stays open. */
  stop(): Promise<void>;
}

const DEFAULT_WORKER_INTERVAL_MS = 30_000;

export async function startIncidentDesk(options: IncidentDeskOptions): Promise<IncidentDesk> {
  const { store, logger, access } = options;
  const clock = options.clock ?? (() => new Date());
  const canHandle = createIctMemberCheck({
    access,
    channel: () => store.getChannel(),
    ...(options.groupCheck ? { groupCheck: options.groupCheck } : {}),
    onRosterError: (status) => logger.warn({ event: 'ict-roster-unavailable', status }),
  });
  const service = createIncidentService({
    store,
    clock,
    newId: randomUUID,
    canHandle,
    organisationName: options.organisationName,
    retentionDays: options.incidents.retentionDays,
    ...(options.incidents.escalation ? { escalation: options.incidents.escalation } : {}),
    authorities: authoritiesFromConfig(options.incidents.authorities),
  });
  const configured = options.incidents.channel;
  if (configured) await service.registerChannel({ ...configured });
  if (!options.channelThreads) logger.warn({ event: 'channel-posts-unverified' });
  const worker = startIncidentWorker({
    store,
    service,
    poster: createBotConnectorPoster({
      access,
      policy: options.connectorPolicy,
      ...(options.channelThreads ? { threads: options.channelThreads } : {}),
    }),
    pacer: createTeamsPacer(),
    clock,
    intervalMs: options.workerIntervalMs ?? DEFAULT_WORKER_INTERVAL_MS,
    onPass: (counts) => {
      if (counts.sent + counts.retrying + counts.failed + counts.reminders + counts.escalations > 0)
        logger.info({ event: 'incident-outbox', ...counts });
    },
    onError: (error) => logger.error({ event: 'incident-worker-failed', error: errorName(error) }),
  });
  return {
    service,
    async mayRegisterChannel(person, channel) {
      // A configured channel cannot be moved from Teams; registering it again re-tries its posts.
      if (configured) return configured.channelId === channel.channelId;
      if (options.groupCheck) return options.groupCheck(person);
      // Without security groups: the first registration (or the same channel again) is open to
      // the team whose channel it is; moving reports elsewhere takes a member of the current one.
      const current = await store.getChannel();
      if (!current || current.channelId === channel.channelId) return true;
      return canHandle(person);
    },
    async maySee(person, incidentId) {
      if (await canHandle(person)) return true;
      const incident = await store.getIncident(incidentId);
      return incident !== undefined && incident.reporter.id === person.id;
    },
    kick: () => worker.kick(),
    stop: () => worker.stop(),
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
