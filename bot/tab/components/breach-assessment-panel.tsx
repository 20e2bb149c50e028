// The severity assessment in the tab: the level and what drove it, the two suggestions with all
// their reasons, the recorded decision, and for handlers the form that asks only what the report
// left open and takes a one-line reason when the decision differs from a suggestion.
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { BreachAssessmentView, SuggestionView } from '../../incidents/breach-assessment-view';
import type { BreachDecisionInput } from '../../incidents/breach-decision';
import { REASON_LIMIT } from '../../../shared/incidents/reason-limit';
import type { Label } from '../../incidents/labels';
import {
  AVAILABILITY_LOSSES,
  CONFIDENTIALITY_LOSSES,
  CONTEXT_SCORES,
  IDENTIFICATION_SCORES,
  INTEGRITY_LOSSES,
  type SeverityAnswers,
  type SeverityQuestion,
} from '../../../shared/incidents/severity-scales';
import {
  AVAILABILITY_LABELS,
  CONFIDENTIALITY_LABELS,
  CONTEXT_LABELS,
  IDENTIFICATION_LABELS,
  INTEGRITY_LABELS,
  MALICIOUS_LABELS,
  QUESTION_LABELS,
} from '../../../shared/incidents/severity-labels';
import type { TabLanguage } from '../tab-host';

const TEXT = {
  nl: {
    title: 'Ernst en besluit',
    level: 'Ernst',
    provisional: 'voorlopig: alleen op basis van de melding',
    why: 'Wat de ernst bepaalt',
    suggestionAp: 'Suggestie AP',
    suggestionPeople: 'Suggestie betrokkenen',
    decision: 'Besluit',
    decidedBy: (name: string, at: string) => `Vastgelegd door ${name}, ${at}`,
    reason: 'Reden van afwijken',
    toCheck: 'Nog te controleren',
    notifyAp: 'Melden bij de AP?',
    informSubjects: 'Betrokkenen informeren?',
    reasonInput: 'Je wijkt af van de suggestie: waarom? (één regel)',
    yes: 'Ja',
    no: 'Nee',
    submit: 'Besluit vastleggen',
  },
  en: {
    title: 'Severity and decision',
    level: 'Severity',
    provisional: 'provisional: based on the report only',
    why: 'What drives the severity',
    suggestionAp: 'Suggestion for the AP',
    suggestionPeople: 'Suggestion for the people concerned',
    decision: 'Decision',
    decidedBy: (name: string, at: string) => `Recorded by ${name}, ${at}`,
    reason: 'Reason for differing',
    toCheck: 'Still to check',
    notifyAp: 'Notify the AP?',
    informSubjects: 'Inform the people concerned?',
    reasonInput: 'You differ from the suggestion: why? (one line)',
    yes: 'Yes',
    no: 'No',
    submit: 'Record decision',
  },
};

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '48rem',
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Choice = { value: string; label: Label };
const options = <T extends string | number>(values: readonly T[], labels: Record<T, Label>) =>
  values.map((value): Choice => ({ value: String(value), label: labels[value] }));
const QUESTION_CHOICES: Record<SeverityQuestion, Choice[]> = {
  context: options(CONTEXT_SCORES, CONTEXT_LABELS),
  identification: options(IDENTIFICATION_SCORES, IDENTIFICATION_LABELS),
  confidentiality: options(CONFIDENTIALITY_LOSSES, CONFIDENTIALITY_LABELS),
  integrity: options(INTEGRITY_LOSSES, INTEGRITY_LABELS),
  availability: options(AVAILABILITY_LOSSES, AVAILABILITY_LABELS),
  isMalicious: options(['yes', 'no'] as const, MALICIOUS_LABELS),
};

function answerValue(answers: SeverityAnswers, question: SeverityQuestion): string {
  const value = answers[question];
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
}

/** A select's text back into the typed answer. */
function toAnswer(question: SeverityQuestion, value: string): Partial<SeverityAnswers> {
  switch (question) {
    case 'context':
      return { context: Number(value) as SeverityAnswers['context'] };
    case 'identification':
      return { identification: Number(value) as SeverityAnswers['identification'] };
    case 'isMalicious':
      return { isMalicious: value === 'yes' };
    default:
      return { [question]: value };
  }
}

export function BreachAssessmentPanel({
  assessment,
  language,
  isBusy,
  onDecide,
}: {
  assessment: BreachAssessmentView;
  language: TabLanguage;
  isBusy: boolean;
  /** Absent for someone who may only read. */
  onDecide?: (input: BreachDecisionInput) => void;
}) {
  const styles = useStyles();
  const text = TEXT[language];
  const decision = assessment.decision;
  const [answers, setAnswers] = useState<Partial<SeverityAnswers>>({});
  const [notifyAp, setNotifyAp] = useState(decision?.notifyAp ?? assessment.notifyAp.suggested);
  const [informSubjects, setInformSubjects] = useState(
    decision?.informSubjects ?? assessment.informSubjects.suggested,
  );
  const [notifyApReason, setNotifyApReason] = useState('');
  const [informSubjectsReason, setInformSubjectsReason] = useState('');

  const suggestion = (title: string, item: SuggestionView) => (
    <div data-suggestion={item.suggested ? 'yes' : 'no'}>
      <Text weight="semibold">
        {title}: {item.suggestedLabel[language]}
      </Text>
      <ul className={styles.list}>
        {item.reasons.map((reason) => (
          <li key={reason.nl}>{reason[language]}</li>
        ))}
      </ul>
    </div>
  );
  const yesNo = (
    label: string,
    value: boolean,
    onChange: (value: boolean) => void,
    isAgainst: boolean,
    reason: string,
    setReason: (value: string) => void,
  ) => (
    <>
      <Field label={label} required>
        <RadioGroup
          layout="horizontal"
          value={value ? 'yes' : 'no'}
          onChange={(_event, data) => onChange(data.value === 'yes')}
        >
          <Radio value="yes" label={text.yes} />
          <Radio value="no" label={text.no} />
        </RadioGroup>
      </Field>
      {isAgainst && (
        <Field label={text.reasonInput} required>
          <Input
            value={reason}
            maxLength={REASON_LIMIT}
            onChange={(_event, data) => setReason(data.value)}
          />
        </Field>
      )}
    </>
  );

  return (
    <section className={styles.panel} aria-label={text.title} data-level={assessment.level}>
      <Subtitle2 as="h3">{text.title}</Subtitle2>
      <Text>
        <Text weight="semibold">{text.level}:</Text> {assessment.levelLabel[language]}
        {assessment.isProvisional ? ` (${text.provisional})` : ''}
      </Text>
      <Text weight="semibold">{text.why}</Text>
      <ul className={styles.list}>
        {assessment.factors.map((factor) => (
          <li key={factor.nl}>{factor[language]}</li>
        ))}
      </ul>
      {suggestion(text.suggestionAp, assessment.notifyAp)}
      {suggestion(text.suggestionPeople, assessment.informSubjects)}
      {decision && (
        <div data-decision="recorded">
          <Text weight="semibold">
            {text.decision}: {decision.notifyApLabel[language]};{' '}
            {decision.informSubjectsLabel[language]}
          </Text>
          <ul className={styles.list}>
            {decision.notifyApReason && (
              <li>
                {text.reason} (AP): {decision.notifyApReason}
              </li>
            )}
            {decision.informSubjectsReason && (
              <li>
                {text.reason}: {decision.informSubjectsReason}
              </li>
            )}
            <li>{text.decidedBy(decision.deciderName, decision.decidedAt[language])}</li>
          </ul>
        </div>
      )}
      {onDecide && (
        <form
          className={styles.form}
          aria-label={text.submit}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            onDecide({ answers, notifyAp, informSubjects, notifyApReason, informSubjectsReason });
          }}
        >
          {assessment.missing.length > 0 && <Text weight="semibold">{text.toCheck}</Text>}
          {assessment.missing.map(({ question }) => (
            <Field key={question} label={QUESTION_LABELS[question][language]}>
              <Select
                value={answerValue({ ...assessment.answers, ...answers }, question)}
                onChange={(_event, data) =>
                  setAnswers((current) => ({ ...current, ...toAnswer(question, data.value) }))
                }
              >
                {QUESTION_CHOICES[question].map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label[language]}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {yesNo(
            text.notifyAp,
            notifyAp,
            setNotifyAp,
            notifyAp !== assessment.notifyAp.suggested,
            notifyApReason,
            setNotifyApReason,
          )}
          {yesNo(
            text.informSubjects,
            informSubjects,
            setInformSubjects,
            informSubjects !== assessment.informSubjects.suggested,
            informSubjectsReason,
            setInformSubjectsReason,
          )}
          <div>
            <Button type="submit" appearance="primary" disabled={isBusy}>
              {text.submit}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
