// The configuration with the policy pack's board policy merged in: the pack's scan vocabulary added
// to the scan settings the scan policy is built from (shared/scan/scan-policy.ts), and the pack's
// guard texts with their {contact.*} and {organisation} placeholders filled from the configuration.
// The add-in build inlines the result (webpack.config.ts), so the add-in warns with the board's words
// and works offline; names and numbers stay in the configuration, never in the pack or the code.
import type { GuardTexts } from '../../shared/i18n/guard-texts';
import type { Config } from '../../shared/policy/config-schema';
import { formatPackError } from '../../shared/policy/pack/pack-error';
import type { PolicyPack } from '../../shared/policy/pack/parse-pack';
import { loadConfig } from '../config/load-config';
import { fillPlaceholders } from '../qa/contacts';
import { packFolder } from './pack-folder';
import { readPackFolder } from './read-pack-folder';

/** The settings of a content rule (bsn, pupil-file, sensitive-personal) in the configuration. */
type ContentRuleSettings = Config['scan']['rules']['bsn'];

/**
 * @example withPackPolicy(config, pack).scan.rules['pupil-file']?.extraKeywords // [...config's, ...pack's pupil-terms]
 */
export function withPackPolicy(
  config: Config,
  pack: Pick<PolicyPack, 'scan' | 'guardTexts'>,
): Config {
  const { rules } = config.scan;
  const { scan } = pack;
  const add = (settings: ContentRuleSettings, words: readonly string[]) => ({
    ...settings,
    extraKeywords: union(settings?.extraKeywords ?? [], words),
  });
  return {
    ...config,
    scan: {
      ...config.scan,
      allowedNumbers: union(config.scan.allowedNumbers, scan.allowedNumbers),
      rules: {
        ...rules,
        bsn: add(rules.bsn, scan.citizenNumberLabels),
        'pupil-file': add(rules['pupil-file'], scan.pupilTerms),
        'sensitive-personal': add(rules['sensitive-personal'], scan.adultTerms),
      },
    },
    guardTexts: filledGuardTexts(pack.guardTexts, config),
  };
}

export type BoardConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * The configuration file with its policy pack merged in; a broken pack is an error here, so a
 * build never ships half a policy (the add-in keeps the last build that passed).
 */
export function loadBoardConfig(configFile: string): BoardConfigResult {
  const loaded = loadConfig(configFile);
  if (!loaded.ok) return loaded;
  const folder = packFolder(loaded.config, loaded.file);
  const read = readPackFolder(folder);
  if (!read.ok)
    return {
      ok: false,
      errors: read.errors.map((error) => `${folder}/${formatPackError(error)}`),
    };
  return { ok: true, config: withPackPolicy(loaded.config, read.pack) };
}

function filledGuardTexts(guardTexts: GuardTexts, config: Config): GuardTexts {
  return {
    sections: guardTexts.sections,
    texts: Object.fromEntries(
      Object.entries(guardTexts.texts).map(([key, text]) => [
        key,
        {
          nl: fillPlaceholders(text.nl, config, 'nl'),
          en: fillPlaceholders(text.en, config, 'en'),
        },
      ]),
    ),
  };
}

/** Both lists in order, each word once (compared without case). */
function union(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
