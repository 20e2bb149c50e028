// Outlook's light or dark theme as a Fluent UI theme; Windows high contrast wins over both.
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ThemeKind } from './taskpane-host';

export function fluentTheme(kind: ThemeKind, highContrast: boolean): Theme {
  if (highContrast) return teamsHighContrastTheme;
  return kind === 'dark' ? webDarkTheme : webLightTheme;
}

/** True when the system forces its own colours (Windows high contrast). */
export function prefersHighContrast(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches
  );
}
