// The organisation's configuration, validated and inlined at build time by webpack.config.ts: the
// event script runs where no file or network can be read before the 5-second send window closes.
import type { Config } from '../../shared/policy/config-schema';

declare const PRIVACYWACHT_CONFIG: Config;

export const BUILD_CONFIG: Config = PRIVACYWACHT_CONFIG;
