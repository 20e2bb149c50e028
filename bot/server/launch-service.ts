// Starts the service as `privacywacht serve` and `npm start` run it: the configuration file, the
// register named by DATABASE_URL (its reachability is a readiness check), the policy answerer, the
// API and the built files of the tab and the Outlook add-in, and the HTTP server. Closing stops the
// server first, then closes the register.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApiMounts } from '../api/api-mounts';
import { loadConfig } from '../config/load-config';
import { createQuestionInsight } from '../insight/question-insight';
import { createGraphClient } from '../identity/graph-client';
import { createGraphTokenSource } from '../identity/graph-token-source';
import { createIncidentHandlerCheck } from '../identity/incident-handler-check';
import { readIdentitySettings } from '../identity/identity-settings';
import { createLiveAnswerer } from '../policy-pack/live-answerer';
import { openKnowledgeSource } from '../policy-pack/open-knowledge-source';
import { createPackEditor } from '../policy-pack/pack-editor';
import { bundledPackFolder } from '../policy-pack/pack-folder';
import { openStore } from '../store/open-store';
import { tabFileMount } from '../tab/tab-files';
import { addinFileMounts } from './addin-files';
import { installFolder } from './install-folder';
import type { Config } from '../../shared/policy/config-schema';
import type { ReporterEnricher } from '../identity/reporter-enricher';
import type { Logger } from './logger';
import { createServicePolicy } from './retry-policy';
import { readServiceEnvironment } from './service-environment';
import { startService, type RunningService } from './start-service';

const EXIT_CONFIG = 2;
const EXIT_REGISTER = 4;
const EXIT_LISTEN = 5;

export interface LaunchOptions {
  configFile: string;
  env: NodeJS.ProcessEnv;
  port: number;
  host?: string;
  logger: Logger;
  /** The build output with addin/ and tab/ (default: dist/ where Privacywacht is installed, next to dist/node/). */
  distFolder?: string;
}

export type LaunchResult =
  { ok: true; service: RunningService } | { ok: false; error: string; exitCode: number };

export async function launchService(options: LaunchOptions): Promise<LaunchResult> {
  const { env, logger } = options;
  const loaded = loadConfig(options.configFile);
  if (!loaded.ok)
    return {
      ok: false,
      error: `Configuratiefout (configuration error):\n${loaded.errors.map((line) => `  ${line}`).join('\n')}`,
      exitCode: EXIT_CONFIG,
    };
  const environment = readServiceEnvironment(env);
  if (!environment.ok) return { ok: false, error: environment.error, exitCode: EXIT_CONFIG };

  let store;
  try {
    // A database that is still starting (or briefly unreachable) gets the one retry policy.
    const database = createServicePolicy('database', logger);
    store = await database.execute(() => openStore({ databaseUrl: env['DATABASE_URL'] }));
  } catch (error) {
    return {
      ok: false,
      error: `cannot open the register (DATABASE_URL): ${(error as Error).message}`,
      exitCode: EXIT_REGISTER,
    };
  }
  const register = store;
  const knowledge = openKnowledgeSource(loaded.config, loaded.file, logger);
  const answer = createLiveAnswerer(loaded.config, knowledge);
  const packEditor = createPackEditor({
    folder: knowledge.folder,
    isEditable: knowledge.folder !== bundledPackFolder(),
    store: register.packEdits,
    reload: () => knowledge.reload(),
    clock: () => new Date(),
  });
  const api = await createApiMounts({
    config: loaded.config,
    env,
    store: register,
    answer,
    knowledge: () => knowledge.current().knowledge,
    policyPack: { source: knowledge, editor: packEditor },
    logger,
  });
  if (!api.ok) {
    knowledge.close();
    await register.close();
    return { ok: false, error: api.error, exitCode: EXIT_CONFIG };
  }
  const groupCheck = incidentGroupCheck(loaded.config, env, api.enricher);
  const channelThreads = graphChannelThreads(loaded.config, env, logger);
  const distFolder = options.distFolder ?? path.join(installFolder(), 'dist');
  if (!existsSync(path.join(distFolder, 'addin', 'events.js')))
    logger.warn({ event: 'build-missing', hint: 'run npm run build for the add-in and tab files' });
  const publicUrl = env['PRIVACYWACHT_PUBLIC_URL'];
  try {
    const started = await startService({
      config: loaded.config,
      env,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      answer,
      logger,
      readiness: [{ name: 'register', check: () => register.ping() }],
      onClose: () => {
        knowledge.close();
        return register.close();
      },
      incidents: {
        store: register,
        settings: loaded.config.incidents,
        ...(groupCheck ? { groupCheck } : {}),
        ...(channelThreads ? { channelThreads } : {}),
      },
      weeklySummary: {
        settings: loaded.config.insight.weeklySummary,
        store: register.weeklySummaries,
        insight: register.insight,
        unanswered: register.unanswered,
      },
      questions: createQuestionInsight({
        unanswered: register.unanswered,
        feedback: register.answerFeedback,
        retentionMonths: loaded.config.insight.unansweredRetentionMonths,
        clock: () => new Date(),
      }),
      mounts: [
        ...api.mounts,
        tabFileMount(path.join(distFolder, 'tab')),
        ...addinFileMounts({
          folder: path.join(distFolder, 'addin'),
          ...(publicUrl ? { publicUrl } : {}),
        }),
      ],
    });
    if (!started.ok) {
      knowledge.close();
      await register.close();
      return { ok: false, error: started.error, exitCode: EXIT_CONFIG };
    }
    return started;
  } catch (error) {
    knowledge.close();
    await register.close();
    const code = (error as { code?: unknown }).code;
    const reason = code === 'EADDRINUSE' ? 'is already in use' : `failed (${String(code)})`;
    return {
      ok: false,
      error: `listening on port ${options.port} ${reason}`,
      exitCode: EXIT_LISTEN,
    };
  }
}

/**
 * Card actions carry no token, so when Graph and security groups are configured the ICT check also
 * asks Graph (the alternative to the ICT team's roster, issue #5).
 */
function incidentGroupCheck(
  config: Config,
  env: NodeJS.ProcessEnv,
  enricher: ReporterEnricher | undefined,
) {
  const identity = readIdentitySettings(config, env);
  if (!enricher || !identity.ok) return undefined;
  const { roles } = identity.settings;
  if (roles.ictGroupIds.length + roles.privacyOfficerGroupIds.length === 0) return undefined;
  return createIncidentHandlerCheck({ roles, memberGroups: enricher.memberGroups });
}

/**
 * With a client secret, the channel's recent threads come from Graph, so an incident's card is
 * posted once even when the service dies mid-post (needs ChannelMessage.Read.Group or .All).
 */
function graphChannelThreads(config: Config, env: NodeJS.ProcessEnv, logger: Logger) {
  const identity = readIdentitySettings(config, env);
  if (!identity.ok || !identity.settings.clientSecret) return undefined;
  const { tenantId, clientId, clientSecret } = identity.settings;
  const graph = createGraphClient({
    tokens: createGraphTokenSource({ tenantId, clientId, clientSecret }),
    logger,
    // The outbox waits for this answer, not a person: a little longer than a report would.
    timeoutMs: 10_000,
  });
  return (teamGroupId: string, channelId: string) => graph.channelThreads(teamGroupId, channelId);
}
