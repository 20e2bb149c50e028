// The task pane: the draft's findings with their fixes while composing; on a sent mail, the way to
// report it as a breach.
import { FluentProvider } from '@fluentui/react-components';
import { fluentTheme, prefersHighContrast } from '../fluent-theme';
import type { TaskpaneHost } from '../taskpane-host';
import { ComposePane } from './compose-pane';
import { ReportBreachPane } from './report-breach-pane';

export function TaskpaneApp({ host }: { host: TaskpaneHost }) {
  return (
    <FluentProvider
      theme={fluentTheme(host.theme, prefersHighContrast())}
      lang={host.language === 'nl' ? 'nl-NL' : 'en'}
      style={{ minHeight: '100vh' }}
    >
      {host.mode === 'compose' ? <ComposePane host={host} /> : <ReportBreachPane host={host} />}
    </FluentProvider>
  );
}
