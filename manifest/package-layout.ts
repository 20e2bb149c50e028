// Where every file of the app lives: the files inside the zip, and the add-in's and tab's files
// the service serves (bot/server/addin-files.ts mounts dist/addin under /addin).

/** The unified manifest version; its schema ships in @microsoft/app-manifest (tests validate against it). */
export const MANIFEST_VERSION = '1.27';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** Files inside privacywacht.zip. */
export const ZIP_FILES = {
  manifest: 'manifest.json',
  colorIcon: 'color.png',
  outlineIcon: 'outline.png',
  english: 'en.json',
} as const;

/** Add-in icon sizes Outlook needs: ribbon 16/32/80, information bar 16, add-in lists 64/128. */
export const ADDIN_ICON_SIZES = [16, 32, 64, 80, 128] as const;
export type AddinIconSize = (typeof ADDIN_ICON_SIZES)[number];

/** The icons' file names inside the add-in's folder (dist/addin). */
export const addinIconFile = (size: AddinIconSize): string => `assets/icon-${size}.png`;

/** The static tabs' views; the tab reads ?view=<id>. */
export type TabView = 'my-reports' | 'register' | 'policy' | 'insight';

/** Absolute addresses of the hosted files, from the service's public origin. */
export function hostedUrls(publicUrl: string) {
  const addin = (file: string) => `${publicUrl}/addin/${file}`;
  return {
    eventsPage: addin('commands.html'),
    eventsScript: addin('events.js'),
    taskpane: addin('taskpane.html'),
    icon: (size: AddinIconSize) => addin(addinIconFile(size)),
    tab: (view: TabView) => `${publicUrl}/tab/index.html?view=${view}`,
  };
}
