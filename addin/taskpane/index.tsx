// Entry of the task pane bundle: waits for Office, then renders the pane for the open item.
import { createRoot } from 'react-dom/client';
import { BUILD_CONFIG } from '../launchevent/build-config';
import { flushInsight } from '../office/insight-client';
import { officeReady } from '../office/office-ready';
import { officeTaskpaneHost } from '../office/taskpane-host';
import { TaskpaneApp } from './components/taskpane-app';

void officeReady().then(() => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<TaskpaneApp host={officeTaskpaneHost(BUILD_CONFIG)} />);
  // The pane is not racing a send: a good moment to send the waiting insight counts.
  void flushInsight();
});
