// The tab: Teams' theme and language around one of its views. Inside Teams each view is its own
// static tab; in a browser (development) a tab list switches between them, and a role switch
// between the development users.
import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createTabApi } from '../api-client';
import { tabTheme } from '../fluent-theme';
import type { TabHost } from '../tab-host';
import { tabText } from '../tab-text';
import { TAB_VIEWS, type TabViewId } from '../tab-view';
import { InsightView } from './insight-view';
import { MyReports } from './my-reports';
import { PolicyView } from './policy-view';
import { RegisterView } from './register-view';
import { RoleSwitch } from './role-switch';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalS },
  },
  nav: { flexWrap: 'wrap' },
});

export function TabApp({ host, initialView }: { host: TabHost; initialView: TabViewId }) {
  const styles = useStyles();
  const [theme, setTheme] = useState(host.theme);
  const [view, setView] = useState<TabViewId>(initialView);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const api = useMemo(() => createTabApi(() => host.getToken()), [host]);
  const { language } = host;
  const text = tabText(language);
  return (
    <FluentProvider theme={tabTheme(theme)} lang={language === 'nl' ? 'nl-NL' : 'en'}>
      <main className={styles.page}>
        {host.inTeams ? (
          <Title3 as="h1">{text.views[view]}</Title3>
        ) : (
          <>
            <Title3 as="h1">{text.appTitle}</Title3>
            {host.persona && <RoleSwitch persona={host.persona} text={text.roleSwitch} />}
            <TabList
              className={styles.nav}
              selectedValue={view}
              onTabSelect={(_event, data) => setView(data.value as TabViewId)}
            >
              {TAB_VIEWS.map((id) => (
                <Tab key={id} value={id}>
                  {text.views[id]}
                </Tab>
              ))}
            </TabList>
          </>
        )}
        {view === 'my-reports' && <MyReports api={api} language={language} />}
        {view === 'register' && <RegisterView api={api} language={language} />}
        {view === 'policy' && <PolicyView api={api} language={language} />}
        {view === 'insight' && <InsightView api={api} language={language} />}
      </main>
    </FluentProvider>
  );
}
