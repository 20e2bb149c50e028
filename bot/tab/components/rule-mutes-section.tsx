// Adaptive muting in the Inzicht view (issue 17): for the chosen school, the rules senders called a
// false alarm with their rate, and — for the privacy officer — a button to lower one to a notice for
// that school, with a reason; the lowered rules with a button to restore each; and the audit trail.
// Nothing changes by itself: every change is a person's, with a reason, and can be undone.
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ruleTitle } from '../../../shared/i18n/taskpane-text';
import { ALL_SCHOOLS, type InsightReport } from '../../../shared/insight/insight-report';
import type { RuleId } from '../../../shared/scan/types';
import type { TabApi } from '../api-client';
import { muteCandidates } from '../insight-model';
import type { TabLanguage } from '../tab-host';
import { useApiCall } from '../use-api-call';

const TEXT = {
  nl: {
    title: 'Regels verlagen per school',
    intro:
      'Waarschuwt een regel op een school vaak onterecht, dan kan de FG hem voor die school verlagen naar een melding: de afzender ziet de melding nog, maar de mail gaat zonder waarschuwing. Outlook neemt het over bij de volgende start. Er verandert niets vanzelf.',
    pickSchool: 'Kies een school om haar regels te zien.',
    none: 'Geen regel is in deze periode onterecht genoemd op deze school.',
    rate: 'onterecht',
    reason: 'Reden (verplicht)',
    mute: (rule: string, school: string) => `Verlaag ${rule} naar melding voor ${school}`,
    muteShort: 'Verlaag naar melding',
    restore: 'Terugzetten',
    restoreLabel: (rule: string, school: string) => `Zet ${rule} terug voor ${school}`,
    active: 'Verlaagd',
    noActive: 'Geen regel is verlaagd.',
    history: 'Geschiedenis',
    muted: 'verlaagd naar melding',
    restored: 'teruggezet',
    onlyOfficer: 'Alleen de FG kan een regel verlagen of terugzetten.',
    needReason: 'Vul eerst een reden in.',
    done: 'Opgeslagen. Outlook neemt het over bij de volgende start.',
  },
  en: {
    title: 'Lower rules per school',
    intro:
      'When a rule often warns wrongly at a school, the privacy officer can lower it to a notice for that school: the sender still sees the notice, but the mail goes without a warning. Outlook picks it up on its next start. Nothing changes by itself.',
    pickSchool: 'Choose a school to see its rules.',
    none: 'No rule was called a false alarm at this school in this period.',
    rate: 'false alarms',
    reason: 'Reason (required)',
    mute: (rule: string, school: string) => `Lower ${rule} to a notice for ${school}`,
    muteShort: 'Lower to a notice',
    restore: 'Restore',
    restoreLabel: (rule: string, school: string) => `Restore ${rule} for ${school}`,
    active: 'Lowered',
    noActive: 'No rule is lowered.',
    history: 'History',
    muted: 'lowered to a notice',
    restored: 'restored',
    onlyOfficer: 'Only the privacy officer can lower or restore a rule.',
    needReason: 'Fill in a reason first.',
    done: 'Saved. Outlook picks it up on its next start.',
  },
} as const;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { marginBlockEnd: tokens.spacingVerticalXS },
});

export function RuleMutesSection({
  api,
  language,
  report,
}: {
  api: TabApi;
  language: TabLanguage;
  report: InsightReport;
}) {
  const styles = useStyles();
  const text = TEXT[language];
  const [loaded, reload] = useApiCall(() => api.ruleMutes(), [api]);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; text: string }>();
  if (loaded.state !== 'ok') return null;
  const { canChange, mutes, history } = loaded.value;
  const school = report.school;
  const candidates = school === ALL_SCHOOLS ? [] : muteCandidates(report, language);
  const isMuted = (rule: RuleId, where: string) =>
    mutes.some((mute) => mute.rule === rule && mute.school === where);
  const change = async (kind: 'mute' | 'restore', rule: RuleId, where: string) => {
    if (reason.trim().length < 3) {
      setOutcome({ intent: 'error', text: text.needReason });
      return;
    }
    const result = await api.changeRuleMute({ school: where, rule, kind, reason });
    if (!result.ok) {
      setOutcome({ intent: 'error', text: result.message[language] });
      return;
    }
    setReason('');
    setOutcome({ intent: 'success', text: text.done });
    reload();
  };
  const when = (at: string) =>
    new Date(at).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'medium',
      timeStyle: 'short',
    });

  return (
    <section className={styles.section} aria-label={text.title} data-testid="rule-mutes">
      <Text as="h2" weight="semibold" size={400}>
        {text.title}
      </Text>
      <Text size={200}>{text.intro}</Text>
      {!canChange && <Text size={200}>{text.onlyOfficer}</Text>}
      {canChange && (
        <Field label={text.reason}>
          <Input value={reason} onChange={(_event, data) => setReason(data.value)} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {school === ALL_SCHOOLS ? (
        <Text>{text.pickSchool}</Text>
      ) : candidates.length === 0 ? (
        <Text>{text.none}</Text>
      ) : (
        <ul className={styles.list} aria-label={school}>
          {candidates.map((candidate) => (
            <li key={candidate.rule} className={styles.item}>
              {candidate.title}: {candidate.rate} {text.rate}
              {isMuted(candidate.rule, school) && ` — ${text.active}`}{' '}
              {canChange && !isMuted(candidate.rule, school) && (
                <Button
                  size="small"
                  aria-label={text.mute(candidate.title, school)}
                  onClick={() => void change('mute', candidate.rule, school)}
                >
                  {text.muteShort}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Text weight="semibold">{text.active}</Text>
      {mutes.length === 0 ? (
        <Text>{text.noActive}</Text>
      ) : (
        <ul className={styles.list} aria-label={text.active}>
          {mutes.map((mute) => (
            <li key={`${mute.school}|${mute.rule}`} className={styles.item}>
              {mute.school}: {ruleTitle(mute.rule, language)} — {when(mute.since)}, {mute.by}:{' '}
              {mute.reason}{' '}
              {canChange && (
                <Button
                  size="small"
                  aria-label={text.restoreLabel(ruleTitle(mute.rule, language), mute.school)}
                  onClick={() => void change('restore', mute.rule, mute.school)}
                >
                  {text.restore}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {history.length > 0 && (
        <>
          <Text weight="semibold">{text.history}</Text>
          <ul className={styles.list} aria-label={text.history}>
            {history.map((item) => (
              <li key={`${item.at}|${item.school}|${item.rule}|${item.kind}`}>
                {when(item.at)} — {item.by} — {item.school}: {ruleTitle(item.rule, language)}{' '}
                {item.kind === 'mute' ? text.muted : text.restored} ({item.reason})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
