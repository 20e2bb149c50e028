// The unified Microsoft 365 app manifest — Teams bot, static tabs and Outlook add-in in one — as a
// pure function of the configuration, the environment's ids and the version.
import type { TeamsManifestV1D27 as Schema } from '@microsoft/app-manifest';
import type { Config } from '../shared/policy/config-schema';
import {
  ADDIN_EVENTS,
  MAILBOX_MIN_VERSION,
  OPEN_TASKPANE_ACTION,
  RUNTIME_IDS,
  TASKPANE_BUTTONS,
} from './addin-surface';
import type { PackageEnvironment } from './package-environment';
import { webApplicationInfo } from './web-application-info';
import {
  hostedUrls,
  MANIFEST_SCHEMA_URL,
  MANIFEST_VERSION,
  ZIP_FILES,
  type TabView,
} from './package-layout';
import { NL } from './package-texts';
import type { PackageVersion } from './package-version';
import { xmlAddinId } from './xml-addin-id';

export type UnifiedManifest = Schema.TeamsManifestV1D27;

export interface PackageInput {
  config: Config;
  environment: PackageEnvironment;
  version: PackageVersion;
}

/** The colour the admin center and Teams show behind the colour icon. */
export const ACCENT_COLOR = '#1B5E7A';

/** Dutch is the default language; en.json carries the English strings. */
const LANGUAGES = { default: 'nl', english: 'en' } as const;

const mailbox = [{ name: 'Mailbox', minVersion: MAILBOX_MIN_VERSION }];

export function buildManifest({ config, environment, version }: PackageInput): UnifiedManifest {
  const { appId, botAppId, publicUrl, host } = environment;
  const organisation = config.organisation.name;
  const urls = hostedUrls(publicUrl);
  const tab = (entityId: TabView, name: string): Schema.StaticTab => ({
    entityId,
    name,
    contentUrl: urls.tab(entityId),
    websiteUrl: urls.tab(entityId),
    scopes: ['personal'],
  });
  return {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: version.manifest,
    id: appId,
    localizationInfo: {
      defaultLanguageTag: LANGUAGES.default,
      additionalLanguages: [{ languageTag: LANGUAGES.english, file: ZIP_FILES.english }],
    },
    developer: {
      name: organisation,
      websiteUrl: publicUrl,
      // The organisation's privacy policy, as the policy tab shows it.
      privacyUrl: urls.tab('policy'),
      termsOfUseUrl: urls.tab('policy'),
    },
    name: { short: NL.shortName, full: NL.fullName(organisation) },
    description: { short: NL.shortDescription, full: NL.fullDescription(organisation) },
    icons: { color: ZIP_FILES.colorIcon, outline: ZIP_FILES.outlineIcon },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: botAppId,
        scopes: ['personal', 'team'],
        isNotificationOnly: false,
        supportsFiles: false,
        supportsCalling: false,
        supportsVideo: false,
        commandLists: [
          {
            scopes: ['personal'],
            commands: [
              { title: 'datalek', description: NL.commands.datalek },
              { title: 'help', description: NL.commands.help },
            ],
          },
          // In the ICT team's channel nobody reports a breach in public; help only.
          { scopes: ['team'], commands: [{ title: 'help', description: NL.commands.help }] },
        ],
      },
    ],
    staticTabs: [
      tab('my-reports', NL.tabs.myReports),
      tab('register', NL.tabs.register),
      tab('policy', NL.tabs.policy),
      tab('insight', NL.tabs.insight),
    ],
    validDomains: [host],
    webApplicationInfo: webApplicationInfo(config, environment),
    authorization: {
      permissions: {
        // Read and change the draft: recipients to Bcc, numbers masked, the encryption marking.
        resourceSpecific: [
          { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
          // Read the ICT channel's threads, granted by that team's owner: before posting an
          // incident card again after a crash, the outbox looks whether it already arrived.
          { name: 'ChannelMessage.Read.Group', type: 'Application' },
        ],
      },
    },
    extensions: [
      {
        requirements: { scopes: ['mail'], capabilities: mailbox },
        runtimes: [
          {
            id: RUNTIME_IDS.events,
            type: 'general',
            // The page for new Outlook, the web and Mac; the script alone for classic Outlook.
            code: { page: urls.eventsPage, script: urls.eventsScript },
            lifetime: 'short',
            actions: ADDIN_EVENTS.map((event) => ({
              id: event.handler,
              type: 'executeFunction',
            })),
          },
          {
            id: RUNTIME_IDS.taskpane,
            type: 'general',
            code: { page: urls.taskpane },
            lifetime: 'short',
            actions: [{ id: OPEN_TASKPANE_ACTION, type: 'openPage' }],
          },
        ],
        ribbons: [
          ribbon('mailCompose', TASKPANE_BUTTONS.compose, NL.taskpaneButton, NL.taskpaneTooltip),
          ribbon('mailRead', TASKPANE_BUTTONS.read, NL.readButton, NL.readTooltip),
        ],
        autoRunEvents: [
          {
            requirements: { capabilities: mailbox },
            events: ADDIN_EVENTS.map((event) => ({
              type: event.unifiedType,
              actionId: event.handler,
              ...(event.hasSendMode ? { options: { sendMode: config.addin.sendMode } } : {}),
            })),
          },
        ],
        // Where this add-in runs, Outlook hides the XML manifest's copy (manifest.xml), so a
        // tenant that deploys both never shows two buttons or runs two checks.
        alternates: [{ hide: { customOfficeAddin: { officeAddinId: xmlAddinId(appId) } } }],
      },
    ],
  };

  function ribbon(
    context: 'mailCompose' | 'mailRead',
    buttonId: string,
    label: string,
    tooltip: string,
  ): Schema.ExtensionRibbonsArray {
    return {
      contexts: [context],
      tabs: [
        {
          builtInTabId: 'TabDefault',
          groups: [
            {
              id: `${buttonId}Group`,
              label: NL.ribbonGroup,
              controls: [
                {
                  id: buttonId,
                  type: 'button',
                  label,
                  // 16 first: the information bar shows the first icon of the first button.
                  icons: ([16, 32, 80] as const).map((size) => ({ size, url: urls.icon(size) })),
                  supertip: { title: NL.taskpaneTitle, description: tooltip },
                  actionId: OPEN_TASKPANE_ACTION,
                },
              ],
            },
          ],
        },
      ],
    };
  }
}
