// The service's knowledge source: the configured policy pack folder, read at start and again
// whenever a file in it changes, its errors logged with file and line (the privacy officer's to
// fix; never personal data). A pack with errors is not used: the last valid one keeps answering.
import type { Config } from '../../shared/policy/config-schema';
import { formatPackError } from '../../shared/policy/pack/pack-error';
import type { Logger } from '../server/logger';
import { createKnowledgeSource, type KnowledgeSource } from './knowledge-source';
import { packFolder } from './pack-folder';
import { readPackFolder } from './read-pack-folder';
import { watchPackFolder } from './watch-pack-folder';

export interface OpenKnowledgeSource extends KnowledgeSource {
  /** The pack folder being served and watched. */
  folder: string;
  /** Stops watching the folder. */
  close(): void;
}

export function openKnowledgeSource(
  config: Config,
  configFile: string,
  logger: Logger,
): OpenKnowledgeSource {
  const folder = packFolder(config, configFile);
  const source = createKnowledgeSource(
    () => readPackFolder(folder),
    (errors) =>
      logger.error({
        event: 'policy-pack-invalid',
        folder,
        errors: errors.map(formatPackError),
        hint: 'the last valid version of the pack keeps answering',
      }),
  );
  const reload = () => {
    const result = source.reload();
    if (result.ok)
      logger.info({ event: 'policy-pack-loaded', folder, entries: result.pack.knowledge.length });
  };
  let close = () => undefined as void;
  try {
    close = watchPackFolder(folder, reload, (error) =>
      logger.warn({ event: 'policy-pack-watch-failed', folder, reason: error.message }),
    );
  } catch (error) {
    // A folder that cannot be watched (missing, or a file system without events) still serves.
    logger.warn({ event: 'policy-pack-watch-failed', folder, reason: (error as Error).message });
  }
  return { ...source, folder, close };
}
