// The only code that touches @microsoft/teams-js: inside Teams, the theme, the locale and the SSO
// token; outside Teams (a browser, the browser tests), a development token from the service, which
// production mode does not hand out.
import { app, authentication } from '@microsoft/teams-js';

export type TabTheme = 'light' | 'dark' | 'contrast';
export type TabLanguage = 'nl' | 'en';
/** Development only: the made-up user the service's development token stands for. */
export type DevelopmentPersona = 'teacher' | 'ict' | 'privacy-officer';
export const DEVELOPMENT_PERSONAS: readonly DevelopmentPersona[] = [
  'teacher',
  'ict',
  'privacy-officer',
];

export interface TabHost {
  inTeams: boolean;
  theme: TabTheme;
  language: TabLanguage;
  /** An access token for the service's API. */
  getToken(): Promise<string>;
  /** Teams tells the tab when the user switches theme. */
  onThemeChange(listener: (theme: TabTheme) => void): void;
  /** Outside Teams (development) only: whose development token the tab holds. */
  persona?: DevelopmentPersona;
}

export type TabHostResult = { ok: true; host: TabHost } | { ok: false; reason: 'not-in-teams' };

/** Teams desktop and web load a tab in a frame; the mobile apps in a web view named in the agent. */
function isTeamsFrame(): boolean {
  return window.parent !== window || /\bTeams(?:Mobile)?\//.test(navigator.userAgent);
}

/** Teams reports "default", "dark" or "contrast". */
function themeOf(teamsTheme: string | undefined): TabTheme {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}

const languageOf = (locale: string | undefined): TabLanguage =>
  locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';

export async function connectTabHost(location: Location = window.location): Promise<TabHostResult> {
  if (isTeamsFrame()) {
    await app.initialize();
    const context = await app.getContext();
    return {
      ok: true,
      host: {
        inTeams: true,
        theme: themeOf(context.app.theme),
        language: languageOf(context.app.locale),
        // teams-js caches the token and renews it before it expires.
        getToken: () => authentication.getAuthToken(),
        onThemeChange: (listener) =>
          app.registerOnThemeChangeHandler((theme) => listener(themeOf(theme))),
      },
    };
  }
  return developmentHost(location);
}

/** Outside Teams: ?persona=teacher|ict|privacy-officer, ?theme=dark|contrast, ?lang=en. */
async function developmentHost(location: Location): Promise<TabHostResult> {
  const params = new URLSearchParams(location.search);
  const persona =
    DEVELOPMENT_PERSONAS.find((known) => known === params.get('persona')) ?? 'teacher';
  const response = await fetch(`/api/dev/token?persona=${encodeURIComponent(persona)}`);
  // Production mode has no development path: the tab must be opened in Teams.
  if (!response.ok) return { ok: false, reason: 'not-in-teams' };
  const { token } = (await response.json()) as { token: string };
  const theme = params.get('theme');
  const prefersDark =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    ok: true,
    host: {
      inTeams: false,
      theme: theme === 'dark' || theme === 'contrast' ? theme : prefersDark ? 'dark' : 'light',
      language: languageOf(params.get('lang') ?? navigator.language),
      getToken: () => Promise.resolve(token),
      onThemeChange: () => undefined,
      persona,
    },
  };
}
