// The breach report form a staff member fills in, in their 1:1 chat with the bot. Input ids are
// the fields validateReport reads; the submission id makes a double submit one incident.
import { REPORT_SUBMIT_VERB } from '../incidents/action-verbs';
import type { ReportFormView } from '../incidents/incident-intents';
import type { ReportField } from '../incidents/validate-report';
import {
  DATA_KIND_LABELS,
  ENCRYPTION_LABELS,
  KIND_LABELS,
  SUBJECT_GROUP_LABELS,
  type Label,
} from '../incidents/labels';
import { REPORT_LIMITS } from '../incidents/report';
import {
  execute,
  heading,
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type IncidentElement,
  type Input,
  type Language,
} from './incident-card-elements';

const TEXT: Record<Language, Record<string, string>> = {
  nl: {
    title: 'Datalek melden',
    intro:
      'Meld het zo snel mogelijk: de organisatie moet binnen 72 uur na ontdekking beslissen of de Autoriteit Persoonsgegevens het moet weten. Vul in wat je weet.',
    fixErrors: 'Niet alles is goed ingevuld:',
    kind: 'Wat is er gebeurd?',
    kindOther: 'Als "anders": wat dan?',
    occurredDate: 'Datum van het voorval',
    occurredTime: 'Tijdstip van het voorval (als je het weet)',
    discoveredDate: 'Datum van ontdekking',
    discoveredTime: 'Tijdstip van ontdekking',
    dataKinds: 'Welke gegevens?',
    subjectGroups: 'Van wie zijn de gegevens?',
    affectedCount: 'Hoeveel personen ongeveer?',
    encrypted: 'Waren de gegevens versleuteld?',
    measuresTaken: 'Wat heb je al gedaan?',
    description: 'Beschrijf wat er is gebeurd',
    submit: 'Verstuur melding',
    required: 'Verplicht',
  },
  en: {
    title: 'Report a data breach',
    intro:
      'Report it as soon as you can: within 72 hours of discovery the organisation must decide whether the Dutch data protection authority (AP) must be told. Fill in what you know.',
    fixErrors: 'Some fields need attention:',
    kind: 'What happened?',
    kindOther: 'If "other": what?',
    occurredDate: 'Date of the incident',
    occurredTime: 'Time of the incident (if known)',
    discoveredDate: 'Date of discovery',
    discoveredTime: 'Time of discovery',
    dataKinds: 'Which data?',
    subjectGroups: 'Whose data?',
    affectedCount: 'About how many people?',
    encrypted: 'Was the data encrypted?',
    measuresTaken: 'What have you done already?',
    description: 'Describe what happened',
    submit: 'Send report',
    required: 'Required',
  },
};

function choices<T extends string>(labels: Record<T, Label>, language: Language) {
  return (Object.keys(labels) as T[]).map((value) => ({ title: labels[value][language], value }));
}

export function buildReportFormCard(view: ReportFormView): IncidentAdaptiveCard {
  const text = TEXT[view.language];
  const label = (field: ReportField) => text[field] ?? field;
  const values = view.values ?? {};
  const errorFor = (field: ReportField) =>
    view.errors?.find((error) => error.field === field)?.[view.language];
  const withValue = <T extends Input>(input: T): T => {
    const value = values[input.id as ReportField];
    if (value === undefined || value === '') return input;
    if (input.type === 'Input.Number') {
      const number = Number(value);
      return Number.isFinite(number) ? { ...input, value: number } : input;
    }
    return { ...input, value };
  };
  const inputs: Input[] = [
    {
      type: 'Input.ChoiceSet',
      id: 'kind',
      label: label('kind'),
      isRequired: true,
      errorMessage: text['required'],
      style: 'compact',
      choices: choices(KIND_LABELS, view.language),
    },
    {
      type: 'Input.Text',
      id: 'kindOther',
      label: label('kindOther'),
      maxLength: REPORT_LIMITS.kindOther,
    },
    {
      type: 'Input.Date',
      id: 'occurredDate',
      label: label('occurredDate'),
      isRequired: true,
      errorMessage: text['required'],
    },
    { type: 'Input.Time', id: 'occurredTime', label: label('occurredTime') },
    {
      type: 'Input.Date',
      id: 'discoveredDate',
      label: label('discoveredDate'),
      isRequired: true,
      errorMessage: text['required'],
    },
    {
      type: 'Input.Time',
      id: 'discoveredTime',
      label: label('discoveredTime'),
      isRequired: true,
      errorMessage: text['required'],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'dataKinds',
      label: label('dataKinds'),
      isRequired: true,
      errorMessage: text['required'],
      isMultiSelect: true,
      style: 'expanded',
      choices: choices(DATA_KIND_LABELS, view.language),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'subjectGroups',
      label: label('subjectGroups'),
      isRequired: true,
      errorMessage: text['required'],
      isMultiSelect: true,
      style: 'expanded',
      choices: choices(SUBJECT_GROUP_LABELS, view.language),
    },
    {
      type: 'Input.Number',
      id: 'affectedCount',
      label: label('affectedCount'),
      isRequired: true,
      errorMessage: text['required'],
      min: REPORT_LIMITS.affectedMin,
      max: REPORT_LIMITS.affectedMax,
    },
    {
      type: 'Input.ChoiceSet',
      id: 'encrypted',
      label: label('encrypted'),
      isRequired: true,
      errorMessage: text['required'],
      style: 'expanded',
      choices: choices(ENCRYPTION_LABELS, view.language),
    },
    {
      type: 'Input.Text',
      id: 'measuresTaken',
      label: label('measuresTaken'),
      isMultiline: true,
      maxLength: REPORT_LIMITS.measuresTaken,
    },
    {
      type: 'Input.Text',
      id: 'description',
      label: label('description'),
      isRequired: true,
      errorMessage: text['required'],
      isMultiline: true,
      maxLength: REPORT_LIMITS.description,
    },
  ];

  const body: IncidentElement[] = [heading(text['title'] ?? ''), textRuns(text['intro'] ?? '')];
  if (view.errors && view.errors.length > 0)
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        textRuns(text['fixErrors'] ?? '', { weight: 'Bolder' }),
        ...view.errors.map((error) => textRuns(`${label(error.field)}: ${error[view.language]}`)),
      ],
    });
  for (const input of inputs) {
    body.push(withValue(input));
    const error = errorFor(input.id as ReportField);
    if (error) body.push(textRuns(error, { isSubtle: true }));
  }
  return incidentAdaptiveCard(view.language, body, [
    execute(
      text['submit'] ?? '',
      REPORT_SUBMIT_VERB,
      { submissionId: view.submissionId },
      'positive',
    ),
  ]);
}
