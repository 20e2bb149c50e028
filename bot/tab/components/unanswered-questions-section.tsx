// The "unanswered questions" part of the Inzicht view: the largest groups of questions the bot could
// not answer in the chosen period and school, scrubbed of names and numbers before they were stored.
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { ALL_SCHOOLS, type InsightQuery } from '../../../shared/insight/insight-report';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { useApiCall } from '../use-api-call';
import { UnansweredQuestions } from './unanswered-questions';

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
        <UnansweredQuestions groups={loaded.value.groups} language={language} />
      )}
    </section>
  );
}
