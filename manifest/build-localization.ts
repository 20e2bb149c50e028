// en.json: the manifest's English strings, keyed by where they sit in manifest.json (Dutch is the
// manifest's own language).
import type { Config } from '../shared/policy/config-schema';
import { LOCALIZATION_SCHEMA_URL } from './package-layout';
import { EN } from './package-texts';

/** en.json: the English strings, keyed by their place in manifest.json. */
export function buildEnglishLocalization(config: Config): Record<string, string> {
  const organisation = config.organisation.name;
  const ribbonStrings = (ribbon: number, label: string, tooltip: string) => {
    const control = `extensions[0].ribbons[${ribbon}].tabs[0].groups[0]`;
    return {
      [`${control}.label`]: EN.ribbonGroup,
      [`${control}.controls[0].label`]: label,
      [`${control}.controls[0].supertip.title`]: EN.taskpaneTitle,
      [`${control}.controls[0].supertip.description`]: tooltip,
    };
  };
  return {
    $schema: LOCALIZATION_SCHEMA_URL,
    'name.short': EN.shortName,
    'name.full': EN.fullName(organisation),
    'description.short': EN.shortDescription,
    'description.full': EN.fullDescription(organisation),
    'staticTabs[0].name': EN.tabs.myReports,
    'staticTabs[1].name': EN.tabs.register,
    'staticTabs[2].name': EN.tabs.policy,
    'staticTabs[3].name': EN.tabs.insight,
    'bots[0].commandLists[0].commands[0].description': EN.commands.datalek,
    'bots[0].commandLists[0].commands[1].description': EN.commands.help,
    'bots[0].commandLists[1].commands[0].description': EN.commands.help,
    ...ribbonStrings(0, EN.taskpaneButton, EN.taskpaneTooltip),
    ...ribbonStrings(1, EN.readButton, EN.readTooltip),
  };
}
