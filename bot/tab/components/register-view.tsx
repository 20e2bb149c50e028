// "Datalekregister" for the ICT domain and the privacy officer: every incident with its status and
// time left to the AP deadline, filters, the detail with actions, and the CSV export.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { RegisterFilter } from '../../api/register-filter';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { useApiCall } from '../use-api-call';
import { IncidentDetailPanel } from './incident-detail-panel';
import { IncidentTable } from './incident-table';
import { RegisterFilters } from './register-filters';
import { downloadBlob } from '../download-blob';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

export function RegisterView({ api, language }: { api: TabApi; language: TabLanguage }) {
  const styles = useStyles();
  const text = tabText(language);
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [loaded, reload] = useApiCall(() => api.register(filter), [api, JSON.stringify(filter)]);
  const [openId, setOpenId] = useState<string>();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string }>();

  if (openId)
    return (
      <IncidentDetailPanel
        api={api}
        incidentId={openId}
        language={language}
        onBack={() => setOpenId(undefined)}
        onChanged={reload}
      />
    );
  if (loaded.state === 'failed')
    return (
      <MessageBar intent={loaded.result.status === 403 ? 'info' : 'error'}>
        <MessageBarBody>
          {loaded.result.status === 403 ? text.handlersOnly : loaded.result.message[language]}
        </MessageBarBody>
      </MessageBar>
    );

  const exportCsv = () => {
    setNotice(undefined);
    void api.exportCsv(filter.from ? { since: filter.from } : {}).then((result) => {
      if (result.ok) {
        downloadBlob(result.value, 'datalekregister.csv');
        setNotice({ intent: 'success', text: text.exported });
      } else setNotice({ intent: 'error', text: result.message[language] });
    });
  };

  return (
    <div className={styles.view}>
      <RegisterFilters filter={filter} language={language} onChange={setFilter} />
      <div className={styles.bar}>
        <Text aria-live="polite" data-testid="register-count">
          {loaded.state === 'ok' ? text.count(loaded.value.length) : ''}
        </Text>
        <Button onClick={exportCsv}>{text.exportCsv}</Button>
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {loaded.state === 'loading' ? (
        <Spinner label={text.loading} />
      ) : loaded.value.length === 0 ? (
        <Text>{text.noIncidents}</Text>
      ) : (
        <IncidentTable
          incidents={loaded.value}
          language={language}
          showHandlerColumns
          onOpen={setOpenId}
        />
      )}
    </div>
  );
}
