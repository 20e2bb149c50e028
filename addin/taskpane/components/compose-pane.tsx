// Findings of the draft with one-click fixes. After a fix the draft is scanned again and the new
// state is announced, so the sender sees (and hears) whether the mail can go now.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fixDoneText, taskpaneText, type FixKind } from '../../../shared/i18n/taskpane-text';
import type { ScanResult } from '../../../shared/scan/types';
import { groupFindings, rulesFixedBy } from '../model/finding-groups';
import type { TaskpaneHost } from '../taskpane-host';
import { FindingCard } from './finding-card';

type PaneState = { step: 'scanning' } | { step: 'failed' } | { step: 'ready'; result: ScanResult };

/** What the last fix did, shown above the findings. */
type FixReport = { ok: true; fix: FixKind; instructions?: string } | { ok: false; fix: FixKind };

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  instructions: { whiteSpace: 'pre-line' },
});

export function ComposePane({ host }: { host: TaskpaneHost }) {
  const styles = useStyles();
  const { language } = host;
  const [state, setState] = useState<PaneState>({ step: 'scanning' });
  const [busyFix, setBusyFix] = useState<FixKind | undefined>();
  const [report, setReport] = useState<FixReport | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);

  const scan = useCallback(async () => {
    setState({ step: 'scanning' });
    try {
      setState({ step: 'ready', result: await host.scanDraft() });
    } catch {
      setState({ step: 'failed' });
    }
  }, [host]);

  useEffect(() => {
    void scan();
  }, [scan]);

  const applyFix = async (fix: FixKind) => {
    setBusyFix(fix);
    try {
      const outcome = await host.applyFix(fix);
      setReport({ ok: true, fix, ...outcome });
      // For the insight counts: the next Send counts these rules as fixed with the main fix.
      await host.noteMainFix(rulesFixedBy(fix, groups));
    } catch {
      setReport({ ok: false, fix });
    }
    setBusyFix(undefined);
    await scan();
    // Keyboard and screen-reader users land on the outcome, not at the top of a rebuilt list.
    statusRef.current?.focus();
  };

  const groups = state.step === 'ready' ? groupFindings(state.result) : [];
  return (
    <main className={styles.pane} aria-busy={state.step === 'scanning'}>
      <Title3 as="h1">{taskpaneText('paneTitle', language)}</Title3>
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
        {report && <FixReportBar report={report} language={language} />}
        {state.step === 'scanning' && (
          <Spinner size="small" label={taskpaneText('checking', language)} />
        )}
        {state.step === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{taskpaneText('scanFailed', language)}</MessageBarBody>
          </MessageBar>
        )}
        {state.step === 'ready' && <VerdictBar result={state.result} language={language} />}
      </div>
      {groups.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading" style={{ fontSize: tokens.fontSizeBase400 }}>
            {taskpaneText('findingsHeading', language)}
          </h2>
          <ul className={styles.list}>
            {groups.map((group) => (
              <li key={group.rule}>
                <FindingCard
                  group={group}
                  language={language}
                  busyFix={busyFix}
                  onFix={(fix) => void applyFix(fix)}
                  onFalseAlarm={() => host.reportFalseAlarm(group.rule, group.features)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.step === 'ready' &&
        state.result.notices.map((notice) => (
          <MessageBar key={`${notice.code}-${notice.attachment}`} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{taskpaneText('notChecked', language)}</MessageBarTitle>
              {notice.message[language]}
            </MessageBarBody>
          </MessageBar>
        ))}
      <Button
        appearance="secondary"
        disabled={state.step === 'scanning'}
        onClick={() => void scan()}
      >
        {taskpaneText('recheck', language)}
      </Button>
    </main>
  );
}

function VerdictBar({
  result,
  language,
}: {
  result: ScanResult;
  language: TaskpaneHost['language'];
}) {
  if (result.verdict === 'allow')
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          {taskpaneText(result.isMarkedEncrypted ? 'markedEncrypted' : 'allClear', language)}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent={result.verdict === 'block' ? 'error' : 'warning'}>
      <MessageBarBody>
        {taskpaneText(result.verdict === 'block' ? 'blocked' : 'warned', language)}
      </MessageBarBody>
    </MessageBar>
  );
}

function FixReportBar({
  report,
  language,
}: {
  report: FixReport;
  language: TaskpaneHost['language'];
}) {
  const styles = useStyles();
  if (!report.ok)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{taskpaneText('fixFailed', language)}</MessageBarBody>
      </MessageBar>
    );
  if (report.instructions)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{taskpaneText('instructionsHeading', language)}</MessageBarTitle>
          <span className={styles.instructions}>{report.instructions}</span>
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="success">
      <MessageBarBody>{fixDoneText(report.fix, language)}</MessageBarBody>
    </MessageBar>
  );
}
