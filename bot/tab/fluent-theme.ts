// Teams' light, dark and high-contrast themes for Fluent UI; the system's forced colours win.
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { TabTheme } from './tab-host';

export function tabTheme(theme: TabTheme): Theme {
  const forced =
    typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
  if (forced || theme === 'contrast') return teamsHighContrastTheme;
  return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
}
