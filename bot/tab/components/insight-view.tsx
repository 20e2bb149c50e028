// "Inzicht" for the privacy officer and the ICT domain: per month and school, what the guard
// checked and prevented, where senders overruled it, false alarms, partly unread mails and the
// breach register's counts — counts only, small cells as "< 5" — with charts, the same numbers as
// a table, and the CSV export and printable audit page (insight-print.ts) per period.
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ALL_SCHOOLS, type InsightQuery } from '../../../shared/insight/insight-report';
import { addMonths, amsterdamMonth } from '../../../shared/insight/months';
import type { TabApi } from '../api-client';
import { downloadBlob } from '../download-blob';
import { figureRows, monthlyGroups, ruleOutcomeGroups } from '../insight-model';
import { printableInsight, printableName } from '../insight-print';
import { insightText } from '../insight-text';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { useApiCall } from '../use-api-call';
import { InsightChart } from './insight-charts';
import { InsightTable } from './insight-table';
import { RuleMutesSection } from './rule-mutes-section';
import { UnansweredQuestionsSection } from './unanswered-questions-section';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** The last twelve months, this one included. */
function defaultPeriod(now: Date): InsightQuery {
  const to = amsterdamMonth(now);
  return { from: addMonths(to, -11), to, school: ALL_SCHOOLS };
}

export function InsightView({ api, language }: { api: TabApi; language: TabLanguage }) {
  const styles = useStyles();
  const text = insightText(language);
  const [query, setQuery] = useState<InsightQuery>(() => defaultPeriod(new Date()));
  const [loaded] = useApiCall(() => api.insight(query), [api, JSON.stringify(query)]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string }>();

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
    const name = `privacywacht-inzicht-${query.from}-${query.to}.csv`;
    void api.insightCsv(query).then((result) => {
      if (result.ok) {
        downloadBlob(result.value, name);
        setNotice({ intent: 'success', text: text.exported(name) });
      } else setNotice({ intent: 'error', text: result.message[language] });
    });
  };
  const exportPrintable = () => {
    if (loaded.state !== 'ok') return;
    const { report, breachTotals } = loaded.value;
    const name = printableName(report);
    const html = printableInsight({ report, breachTotals, language, madeAt: new Date() });
    downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), name);
    setNotice({ intent: 'success', text: text.printed(name) });
  };
  const schools = loaded.state === 'ok' ? loaded.value.schools : [];
  const schoolName = (school: string) => (school === ALL_SCHOOLS ? text.allSchools : school);

  return (
    <div className={styles.view}>
      <Text>{text.intro}</Text>
      <div className={styles.filters}>
        <Field label={text.from}>
          <Input
            type="month"
            value={query.from}
            max={query.to}
            onChange={(_event, data) => data.value && setQuery({ ...query, from: data.value })}
          />
        </Field>
        <Field label={text.to}>
          <Input
            type="month"
            value={query.to}
            min={query.from}
            onChange={(_event, data) => data.value && setQuery({ ...query, to: data.value })}
          />
        </Field>
        <Field label={text.school}>
          <Dropdown
            value={schoolName(query.school)}
            selectedOptions={[query.school]}
            onOptionSelect={(_event, data) =>
              setQuery({ ...query, school: data.optionValue ?? ALL_SCHOOLS })
            }
          >
            {[ALL_SCHOOLS, ...schools].map((school) => (
              <Option key={school} value={school}>
                {schoolName(school)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={exportCsv}>{text.exportCsv}</Button>
        <Button onClick={exportPrintable} disabled={loaded.state !== 'ok'}>
          {text.exportPrint}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {loaded.state === 'loading' ? (
        <Spinner label={tabText(language).loading} />
      ) : loaded.value.report.figures.length === 0 ? (
        <Text>{text.noFigures}</Text>
      ) : (
        <>
          <div className={styles.charts}>
            <InsightChart
              id="insight-monthly"
              title={text.monthlyChart}
              groups={monthlyGroups(loaded.value.report, language)}
            />
            <InsightChart
              id="insight-rules"
              title={text.rulesChart}
              groups={ruleOutcomeGroups(loaded.value.report, language)}
              hasLongLabels
            />
          </div>
          <Text size={200}>{text.suppressedNote}</Text>
          <section aria-label={text.table}>
            <Text as="h2" weight="semibold" size={400}>
              {text.table}
            </Text>
            <InsightTable rows={figureRows(loaded.value.report, language)} text={text} />
          </section>
        </>
      )}
      {loaded.state === 'ok' && (
        <RuleMutesSection api={api} language={language} report={loaded.value.report} />
      )}
      <UnansweredQuestionsSection api={api} language={language} period={query} />
    </div>
  );
}
