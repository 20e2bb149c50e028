// Entry of the tab bundle: connects to Teams (or, in development, the service's development
// token), then renders the view the static tab asks for.
import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { TabApp } from './components/tab-app';
import { connectTabHost } from './tab-host';
import { tabText } from './tab-text';
import { viewFromUrl } from './tab-view';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  void connectTabHost().then(
    (connected) => {
      if (connected.ok)
        root.render(<TabApp host={connected.host} initialView={viewFromUrl(location.search)} />);
      else
        root.render(
          <FluentProvider theme={teamsLightTheme}>
            <Text as="p" role="alert">
              {tabText('nl').notInTeams} {tabText('en').notInTeams}
            </Text>
          </FluentProvider>,
        );
    },
    () =>
      root.render(
        <Text as="p" role="alert">
          {tabText('nl').notInTeams} {tabText('en').notInTeams}
        </Text>,
      ),
  );
}
