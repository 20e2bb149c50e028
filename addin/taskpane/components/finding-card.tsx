// One finding group: what was found, why it matters, the policy section, masked excerpts, and the
// fix buttons (the preferred fix as the primary button).
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { falseAlarmText } from '../../../shared/i18n/false-alarm-text';
import type { Language } from '../../../shared/i18n/smart-alert-text';
import {
  fixLabel,
  ruleAdvice,
  ruleTitle,
  ruleWhy,
  taskpaneText,
  type FixKind,
} from '../../../shared/i18n/taskpane-text';
import type { Location } from '../../../shared/scan/types';
import type { FindingGroup } from '../model/finding-groups';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  excerpts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  excerpt: { fontFamily: tokens.fontFamilyMonospace },
  fixes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  falseAlarm: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

interface FindingCardProps {
  group: FindingGroup;
  language: Language;
  /** The fix being applied right now, if any: every fix button waits for it. */
  busyFix: FixKind | undefined;
  onFix: (fix: FixKind) => void;
  /** "Onterecht": counts the rule and its feature names; resolves false when it was not kept. */
  onFalseAlarm: () => Promise<boolean>;
}

export function FindingCard({ group, language, busyFix, onFix, onFalseAlarm }: FindingCardProps) {
  const styles = useStyles();
  const headingId = `finding-${group.rule}`;
  const advice = ruleAdvice(group.rule, language);
  return (
    <Card aria-labelledby={headingId} data-rule={group.rule}>
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id={headingId} style={{ margin: 0 }}>
            {ruleTitle(group.rule, language)}
          </Text>
        }
      />
      <div className={styles.body}>
        {group.messages.map((message) => (
          <Body1 key={message.nl}>{message[language]}</Body1>
        ))}
        {group.excerpts.length > 0 && (
          <div>
            <Caption1>{taskpaneText('foundLabel', language)}:</Caption1>
            <ul className={styles.excerpts}>
              {group.excerpts.map((excerpt) => (
                <li key={excerpt.text}>
                  <span className={styles.excerpt}>{excerpt.text}</span>{' '}
                  <Caption1>({placeName(excerpt.where, language)})</Caption1>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Body1>
          <strong>{taskpaneText('whyLabel', language)}:</strong> {ruleWhy(group.rule, language)}
        </Body1>
        <Caption1>
          {taskpaneText('sectionLabel', language)}: {group.policySection}
        </Caption1>
        {advice && <Body1>{advice}</Body1>}
        <details>
          <summary>
            <Caption1>{taskpaneText('detectedByLabel', language)}</Caption1>
          </summary>
          <Caption1>{group.explanation}</Caption1>
        </details>
        {group.fixes.length > 0 && (
          <div className={styles.fixes} data-fixes>
            {group.fixes.map((fix, index) => (
              <Button
                key={fix}
                appearance={index === 0 ? 'primary' : 'secondary'}
                disabled={busyFix !== undefined}
                onClick={() => onFix(fix)}
              >
                {busyFix === fix ? taskpaneText('applying', language) : fixLabel(fix, language)}
              </Button>
            ))}
          </div>
        )}
        <FalseAlarm rule={group.rule} language={language} onFalseAlarm={onFalseAlarm} />
      </div>
    </Card>
  );
}

/** The "Onterecht" button; once noted it stays pressed, and says so. */
function FalseAlarm({
  rule,
  language,
  onFalseAlarm,
}: {
  rule: string;
  language: Language;
  onFalseAlarm: () => Promise<boolean>;
}) {
  const styles = useStyles();
  const [state, setState] = useState<'idle' | 'busy' | 'noted' | 'failed'>('idle');
  const hintId = `false-alarm-hint-${rule}`;
  const press = async () => {
    setState('busy');
    setState((await onFalseAlarm()) ? 'noted' : 'failed');
  };
  return (
    <div className={styles.falseAlarm}>
      <Button
        appearance="subtle"
        size="small"
        aria-describedby={hintId}
        disabled={state === 'busy' || state === 'noted'}
        onClick={() => void press()}
      >
        {falseAlarmText('button', language)}
      </Button>
      <Caption1 id={hintId}>{falseAlarmText('buttonHint', language)}</Caption1>
      <div role="status" aria-live="polite">
        {state === 'noted' && <Body1>{falseAlarmText('noted', language)}</Body1>}
        {state === 'failed' && <Body1>{falseAlarmText('failed', language)}</Body1>}
      </div>
    </div>
  );
}

function placeName(location: Location, language: Language): string {
  const names: Record<Exclude<Location['part'], 'attachment'>, [string, string]> = {
    subject: ['onderwerp', 'subject'],
    body: ['tekst', 'text'],
    recipients: ['ontvangers', 'recipients'],
    attachments: ['bijlagen', 'attachments'],
  };
  if (location.part === 'attachment')
    return `${language === 'nl' ? 'bijlage' : 'attachment'} ${location.name}`;
  return names[location.part][language === 'nl' ? 0 : 1];
}
