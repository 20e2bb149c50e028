// Which policy pack the bot answers from: the configuration's policyPack (relative to the
// configuration file), else the bundled pack of Stichting Kindante.
import path from 'node:path';
import type { Config } from '../../shared/policy/config-schema';
import { installFolder } from '../server/install-folder';

/** The pack that ships with Privacywacht, from the source and the compiled output alike. */
export function bundledPackFolder(): string {
  return path.join(installFolder(__dirname), 'packs', 'kindante');
}

/** @example packFolder(config, '/etc/privacywacht/privacywacht.config.json') // '/etc/privacywacht/packs/mijn-bestuur' */
export function packFolder(config: Config, configFile: string): string {
  return config.policyPack === undefined
    ? bundledPackFolder()
    : path.resolve(path.dirname(configFile), config.policyPack);
}
