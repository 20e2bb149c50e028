// On a sent mail: "this was a mistake — report a breach". The form goes to the register's API,
// prefilled with the mail's metadata — never its content; the Teams route stays as the way out when
// the register cannot be reached. Beside it, the request to the wrong recipient to delete the mail,
// with the incident's number once reported.
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../../shared/i18n/smart-alert-text';
import { taskpaneText } from '../../../shared/i18n/taskpane-text';
import { initialReport } from '../model/report-draft';
import { sentItemSummary } from '../model/sent-item-summary';
import type { SentItemFacts, TaskpaneHost } from '../taskpane-host';
import { DeletionRequest } from './deletion-request';
import { ReportForm } from './report-form';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  facts: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: 'all',
  },
});

type FactsState =
  { step: 'reading' } | { step: 'failed' } | { step: 'ready'; facts: SentItemFacts };

export function ReportBreachPane({ host }: { host: TaskpaneHost }) {
  const styles = useStyles();
  const { language } = host;
  const [state, setState] = useState<FactsState>({ step: 'reading' });
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    host.readSentItem().then(
      (facts) => setState({ step: 'ready', facts }),
      () => setState({ step: 'failed' }),
    );
  }, [host]);

  const summary = state.step === 'ready' ? sentItemSummary(state.facts, language) : '';
  const submissionId = useMemo(() => crypto.randomUUID(), []);
  const [incidentNumber, setIncidentNumber] = useState<string | undefined>();
  const reported = incidentNumber !== undefined;
  const copy = () =>
    navigator.clipboard.writeText(summary).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );

  return (
    <main className={styles.pane}>
      <Title3 as="h1">{taskpaneText('reportHeading', language)}</Title3>
      <Body1>{taskpaneText('reportIntro', language)}</Body1>
      <MessageBar intent="warning">
        <MessageBarBody>{taskpaneText('wrongRecipientAdvice', language)}</MessageBarBody>
      </MessageBar>
      {state.step === 'ready' && (
        <ReportForm
          host={host}
          initial={initialReport(state.facts, new Date(), language)}
          submissionId={submissionId}
          onReported={setIncidentNumber}
        />
      )}
      {state.step === 'ready' && (
        <DeletionRequest host={host} facts={state.facts} incidentNumber={incidentNumber} />
      )}
      {!reported && (
        <>
          <section aria-labelledby="report-steps">
            <h2 id="report-steps" style={{ fontSize: tokens.fontSizeBase400 }}>
              {taskpaneText(
                state.step === 'failed' ? 'reportStepsHeading' : 'reportTeamsHeading',
                language,
              )}
            </h2>
            <ol>
              <li>{taskpaneText('reportStepOpenTeams', language)}</li>
              <li>{taskpaneText('reportStepType', language)}</li>
              <li>{taskpaneText('reportStepFill', language)}</li>
            </ol>
          </section>
          <section aria-labelledby="report-facts">
            <h2 id="report-facts" style={{ fontSize: tokens.fontSizeBase400 }}>
              {taskpaneText('factsHeading', language)}
            </h2>
            {state.step === 'failed' && (
              <MessageBar intent="error">
                <MessageBarBody>{taskpaneText('readFailed', language)}</MessageBarBody>
              </MessageBar>
            )}
            {state.step === 'ready' && (
              <>
                <pre className={styles.facts} data-testid="sent-item-facts">
                  {summary}
                </pre>
                <Button onClick={() => void copy()}>{taskpaneText('copyFacts', language)}</Button>
                <CopyStatus state={copyState} language={language} />
              </>
            )}
          </section>
        </>
      )}
    </main>
  );
}

function CopyStatus({
  state,
  language,
}: {
  state: 'idle' | 'copied' | 'failed';
  language: Language;
}) {
  return (
    <div role="status" aria-live="polite">
      {state === 'copied' && taskpaneText('copied', language)}
      {state === 'failed' && taskpaneText('copyFailed', language)}
    </div>
  );
}
