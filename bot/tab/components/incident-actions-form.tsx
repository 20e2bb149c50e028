// The steps the ICT domain and the privacy officer may take now, the same verbs and rules as the
// card in the ICT channel: take on, decide about the AP, about informing people, close.
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import { isLateNotification } from '../../../shared/incidents/deadline';
import type { IncidentAction, StatusVerb } from '../../incidents/incident-actions';
import { fromAmsterdamLocal } from '../../../shared/time/amsterdam-time';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '40rem',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const LATE_REASON_LABEL = {
  nl: 'Dit is na de deadline van 72 uur: waarom is de melding later gedaan?',
  en: 'This is after the 72-hour deadline: why was the notice made late?',
};

/** datetime-local gives Amsterdam wall-clock time here (the register's time zone). */
function amsterdamIso(local: string): string {
  const [date = '', time = ''] = local.split('T');
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (!year || !month || !day) return '';
  return fromAmsterdamLocal({ year, month, day, hour, minute }).toISOString();
}

export function IncidentActionsForm({
  verbs,
  language,
  isBusy,
  deadline,
  onAct,
}: {
  verbs: readonly StatusVerb[];
  language: TabLanguage;
  isBusy: boolean;
  /** The AP deadline (ISO): a notice recorded after it asks why it was late. */
  deadline: string;
  onAct: (action: IncidentAction) => void;
}) {
  const styles = useStyles();
  const text = tabText(language);
  const [apReference, setApReference] = useState('');
  const [apNotifiedAt, setApNotifiedAt] = useState('');
  const [reason, setReason] = useState('');
  const [lateReason, setLateReason] = useState('');
  const notifiedIso = amsterdamIso(apNotifiedAt);
  const isLate = notifiedIso !== '' && isLateNotification(deadline, notifiedIso);
  const [informed, setInformed] = useState<'yes' | 'no'>('yes');
  const [explanation, setExplanation] = useState('');
  const [measures, setMeasures] = useState('');

  const section = (
    verb: StatusVerb,
    title: string,
    action: () => IncidentAction,
    body: ReactNode,
  ) => (
    <form
      key={verb}
      className={styles.form}
      aria-label={title}
      data-verb={verb}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onAct(action());
      }}
    >
      <Subtitle2 as="h4">{title}</Subtitle2>
      {body}
    </form>
  );
  const submit = (label: string) => (
    <div className={styles.row}>
      <Button type="submit" appearance="primary" disabled={isBusy}>
        {label}
      </Button>
    </div>
  );

  return (
    <>
      {verbs.map((verb) => {
        switch (verb) {
          case 'take':
            return section(verb, text.take, () => ({ verb }), submit(text.take));
          case 'decideNotifiable':
            return section(
              verb,
              text.notifiable.title,
              () => ({
                verb,
                apReference,
                apNotifiedAt: notifiedIso,
                ...(isLate ? { lateReason } : {}),
              }),
              <>
                <Field label={text.notifiable.reference} required>
                  <Input value={apReference} onChange={(_e, data) => setApReference(data.value)} />
                </Field>
                <Field label={text.notifiable.notifiedAt} required>
                  <Input
                    type="datetime-local"
                    value={apNotifiedAt}
                    onChange={(_e, data) => setApNotifiedAt(data.value)}
                  />
                </Field>
                {isLate && (
                  // GDPR art. 33(1): a notice after 72 hours states the reasons for the delay.
                  <Field label={LATE_REASON_LABEL[language]} required>
                    <Textarea
                      value={lateReason}
                      onChange={(_e, data) => setLateReason(data.value)}
                    />
                  </Field>
                )}
                {submit(text.notifiable.submit)}
              </>,
            );
          case 'decideNotNotifiable':
            return section(
              verb,
              text.notNotifiable.title,
              () => ({ verb, reason }),
              <>
                <Field label={text.notNotifiable.reason} required>
                  <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} />
                </Field>
                {submit(text.notNotifiable.submit)}
              </>,
            );
          case 'decideSubjects':
            return section(
              verb,
              text.subjects.title,
              () => ({ verb, informed: informed === 'yes', explanation }),
              <>
                <Field label={text.subjects.informed}>
                  <RadioGroup
                    layout="horizontal"
                    value={informed}
                    onChange={(_e, data) => setInformed(data.value === 'no' ? 'no' : 'yes')}
                  >
                    <Radio value="yes" label={text.subjects.yes} />
                    <Radio value="no" label={text.subjects.no} />
                  </RadioGroup>
                </Field>
                <Field label={text.subjects.explanation} required>
                  <Textarea
                    value={explanation}
                    onChange={(_e, data) => setExplanation(data.value)}
                  />
                </Field>
                {submit(text.subjects.submit)}
              </>,
            );
          case 'close':
            return section(
              verb,
              text.close.title,
              () => ({ verb, measures }),
              <>
                <Field label={text.close.measures} required>
                  <Textarea value={measures} onChange={(_e, data) => setMeasures(data.value)} />
                </Field>
                {submit(text.close.submit)}
              </>,
            );
        }
      })}
    </>
  );
}
