// "Mijn meldingen": the breaches I reported, newest first, with their status; open one to follow it.
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { useApiCall } from '../use-api-call';
import { IncidentDetailPanel } from './incident-detail-panel';
import { IncidentTable } from './incident-table';

export function MyReports({ api, language }: { api: TabApi; language: TabLanguage }) {
  const text = tabText(language);
  const [loaded] = useApiCall(() => api.myIncidents(), [api]);
  const [openId, setOpenId] = useState<string>();

  if (openId)
    return (
      <IncidentDetailPanel
        api={api}
        incidentId={openId}
        language={language}
        onBack={() => setOpenId(undefined)}
      />
    );
  if (loaded.state === 'loading') return <Spinner label={text.loading} />;
  if (loaded.state === 'failed')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{loaded.result.message[language]}</MessageBarBody>
      </MessageBar>
    );
  if (loaded.value.length === 0) return <Text>{text.noReports}</Text>;
  return (
    <IncidentTable
      incidents={loaded.value}
      language={language}
      showHandlerColumns={false}
      onOpen={setOpenId}
    />
  );
}
