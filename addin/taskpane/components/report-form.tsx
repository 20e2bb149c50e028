// The breach report form for a sent mail, prefilled from its metadata. The register checks every
// field; its messages show at the field they are about, and nothing is lost when one is wrong.
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../../shared/i18n/smart-alert-text';
import { taskpaneText } from '../../../shared/i18n/taskpane-text';
import {
  DATA_KIND_LABELS,
  DATA_KINDS,
  ENCRYPTION_LABELS,
  ENCRYPTION_STATES,
  INCIDENT_KINDS,
  KIND_LABELS,
  SUBJECT_GROUP_LABELS,
  SUBJECT_GROUPS,
  type EncryptionState,
  type IncidentKind,
} from '../../../shared/incidents/report-fields';
import { reportRequest, type ReportDraft } from '../model/report-draft';
import { CheckboxGroup } from './checkbox-group';
import type { ReportOutcome, TaskpaneHost } from '../taskpane-host';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface ReportFormProps {
  host: TaskpaneHost;
  initial: ReportDraft;
  /** Made once per form: a double click or a retry reports one incident. */
  submissionId: string;
  /** Called with the incident's number (DL-YYYY-NNNN) once the register has the report. */
  onReported: (incidentNumber: string) => void;
}

export function ReportForm({ host, initial, submissionId, onReported }: ReportFormProps) {
  const styles = useStyles();
  const { language } = host;
  const [draft, setDraft] = useState(initial);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<ReportOutcome | undefined>();
  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const toggle = <T extends string>(list: T[], value: T, on: boolean): T[] =>
    on ? [...list, value] : list.filter((entry) => entry !== value);
  const problem = (...paths: string[]) => {
    if (outcome?.ok !== false || outcome.reason !== 'invalid') return undefined;
    const found = outcome.problems.find((entry) => paths.includes(entry.path));
    return found?.[language];
  };
  const fieldState = (...paths: string[]) => {
    const message = problem(...paths);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  const submit = async () => {
    setSending(true);
    const result = await host.submitBreachReport(reportRequest(draft, submissionId));
    setOutcome(result);
    setSending(false);
    if (result.ok) onReported(result.number);
  };

  if (outcome?.ok) return <Receipt outcome={outcome} language={language} />;
  return (
    <form
      className={styles.form}
      aria-labelledby="report-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="report-form-heading" style={{ fontSize: tokens.fontSizeBase400 }}>
        {taskpaneText('reportFormHeading', language)}
      </h2>
      <div role="status" aria-live="polite">
        {outcome?.ok === false && (
          <MessageBar intent="error">
            <MessageBarBody>
              {taskpaneText(
                outcome.reason === 'invalid'
                  ? 'reportInvalid'
                  : outcome.reason === 'sign-in'
                    ? 'reportSignIn'
                    : 'reportUnavailable',
                language,
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Field label={taskpaneText('kindLabel', language)} {...fieldState('kind')}>
        <Select
          value={draft.kind}
          onChange={(_event, data) => set('kind', data.value as IncidentKind)}
        >
          {INCIDENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind][language]}
            </option>
          ))}
        </Select>
      </Field>
      <DateTimeFields
        label={taskpaneText('occurredLabel', language)}
        date={draft.occurredDate}
        time={draft.occurredTime}
        language={language}
        error={problem('occurredDate', 'occurredTime', 'occurredAt')}
        onDate={(value) => set('occurredDate', value)}
        onTime={(value) => set('occurredTime', value)}
      />
      <DateTimeFields
        label={taskpaneText('discoveredLabel', language)}
        date={draft.discoveredDate}
        time={draft.discoveredTime}
        language={language}
        error={problem('discoveredDate', 'discoveredTime', 'discoveredAt')}
        onDate={(value) => set('discoveredDate', value)}
        onTime={(value) => set('discoveredTime', value)}
      />
      <Field label={taskpaneText('dataKindsLabel', language)} {...fieldState('dataKinds')}>
        <CheckboxGroup>
          {DATA_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              label={DATA_KIND_LABELS[kind][language]}
              checked={draft.dataKinds.includes(kind)}
              onChange={(_event, data) =>
                set('dataKinds', toggle(draft.dataKinds, kind, data.checked === true))
              }
            />
          ))}
        </CheckboxGroup>
      </Field>
      <Field label={taskpaneText('subjectGroupsLabel', language)} {...fieldState('subjectGroups')}>
        <CheckboxGroup>
          {SUBJECT_GROUPS.map((group) => (
            <Checkbox
              key={group}
              label={SUBJECT_GROUP_LABELS[group][language]}
              checked={draft.subjectGroups.includes(group)}
              onChange={(_event, data) =>
                set('subjectGroups', toggle(draft.subjectGroups, group, data.checked === true))
              }
            />
          ))}
        </CheckboxGroup>
      </Field>
      <Field label={taskpaneText('affectedLabel', language)} {...fieldState('affectedCount')}>
        <Input
          type="number"
          min={1}
          value={draft.affectedCount}
          onChange={(_event, data) => set('affectedCount', data.value)}
        />
      </Field>
      <Field label={taskpaneText('encryptedLabel', language)} {...fieldState('encrypted')}>
        <Select
          value={draft.encrypted}
          onChange={(_event, data) => set('encrypted', data.value as EncryptionState)}
        >
          {ENCRYPTION_STATES.map((state) => (
            <option key={state} value={state}>
              {ENCRYPTION_LABELS[state][language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={taskpaneText('measuresLabel', language)} {...fieldState('measuresTaken')}>
        <Textarea
          value={draft.measuresTaken}
          onChange={(_event, data) => set('measuresTaken', data.value)}
        />
      </Field>
      <Field label={taskpaneText('descriptionLabel', language)} {...fieldState('description')}>
        <Textarea
          rows={5}
          value={draft.description}
          onChange={(_event, data) => set('description', data.value)}
        />
      </Field>
      <Button appearance="primary" type="submit" disabled={sending}>
        {taskpaneText(sending ? 'submitting' : 'submitReport', language)}
      </Button>
    </form>
  );
}

interface DateTimeFieldsProps {
  label: string;
  date: string;
  time: string;
  language: Language;
  error: string | undefined;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
}

function DateTimeFields({
  label,
  date,
  time,
  language,
  error,
  onDate,
  onTime,
}: DateTimeFieldsProps) {
  const styles = useStyles();
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend>{label}</legend>
      <div className={styles.pair}>
        <Field
          label={taskpaneText('dateLabel', language)}
          {...(error ? { validationState: 'error' as const, validationMessage: error } : {})}
        >
          <Input type="date" value={date} onChange={(_event, data) => onDate(data.value)} />
        </Field>
        <Field label={taskpaneText('timeLabel', language)}>
          <Input type="time" value={time} onChange={(_event, data) => onTime(data.value)} />
        </Field>
      </div>
    </fieldset>
  );
}

function Receipt({
  outcome,
  language,
}: {
  outcome: Extract<ReportOutcome, { ok: true }>;
  language: Language;
}) {
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>
          {taskpaneText('reportReceived', language)}: {outcome.number}
        </MessageBarTitle>
        <p>
          {taskpaneText('deadlineText', language)} {outcome.deadline[language]}.
        </p>
        <p>
          <strong>{taskpaneText('adviceHeading', language)}:</strong>
        </p>
        <ul>
          {outcome.advice[language].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
