// The organisation's configuration, validated and inlined at build time by webpack.config.ts: the
// event script runs where no file or network can be read before the 5-second send window closes.
// It carries the policy pack's scan vocabulary and guard texts (bot/policy-pack/pack-policy.ts), so
// the add-in warns in the board's words offline; the texts are installed as this module loads,
// before any handler or pane renders.
import { useGuardTexts } from '../../shared/i18n/guard-texts';
import type { Config } from '../../shared/policy/config-schema';

declare const PRIVACYWACHT_CONFIG: Config;

export const BUILD_CONFIG: Config = PRIVACYWACHT_CONFIG;

useGuardTexts(BUILD_CONFIG.guardTexts);
