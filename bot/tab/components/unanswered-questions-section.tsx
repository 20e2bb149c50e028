// The "unanswered questions" part of the Inzicht view: the largest groups of questions the bot could
// not answer in the chosen period and school, scrubbed of names and numbers before they were stored.
// The privacy officer (when the pack can be edited) turns a group into a new knowledge entry: the
// pack's entry editor opens below, its first sample question filled in.
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { ALL_SCHOOLS, type InsightQuery } from '../../../shared/insight/insight-report';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { useApiCall } from '../use-api-call';
import { UnansweredQuestions } from './unanswered-questions';
import { PackMaintenance } from './pack-maintenance';
import type { EntryForm } from '../pack-entry-form';
import { entryDraftFromQuestion } from '../unanswered-entry-draft';
import { useState } from 'react';

const TITLE = { nl: 'Vragen zonder antwoord', en: 'Questions without an answer' } as const;

export function UnansweredQuestionsSection({
  api,
  language,
  period,
}: {
  api: TabApi;
  language: TabLanguage;
  period: InsightQuery;
}) {
  const [pack] = useApiCall(() => api.packStatus(), [api]);
  const [draft, setDraft] = useState<EntryForm>();
  const canWrite = pack.state === 'ok' && pack.value.isEditable;
  const [loaded] = useApiCall(
    () =>
      api.unansweredQuestions({
        from: period.from,
        to: period.to,
        ...(period.school === ALL_SCHOOLS ? {} : { school: period.school }),
      }),
    [api, period.from, period.to, period.school],
  );
  return (
    <section aria-label={TITLE[language]}>
      <Text as="h2" weight="semibold" size={400}>
        {TITLE[language]}
      </Text>
      {loaded.state === 'loading' && <Spinner size="tiny" label={tabText(language).loading} />}
      {loaded.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{loaded.result.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {loaded.state === 'ok' && (
        <UnansweredQuestions
          groups={loaded.value.groups}
          language={language}
          {...(canWrite
            ? {
                onMakeEntry: (question: string) =>
                  setDraft(entryDraftFromQuestion(question, new Date().toISOString().slice(0, 10))),
              }
            : {})}
        />
      )}
      {draft && (
        <PackMaintenance
          key={draft.questionsNl}
          api={api}
          language={language}
          draft={draft}
          onClose={() => setDraft(undefined)}
        />
      )}
    </section>
  );
}
