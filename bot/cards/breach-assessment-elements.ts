// The incident card's assessment part: severity level and what drove it, the two suggestions with
// their first reason, the recorded decision, and the form to assess and decide (Action.ShowCard).
import { INCIDENT_DECIDE_BREACH_VERB } from '../incidents/action-verbs';
import { BREACH_INPUTS } from '../incidents/breach-decision';
import { REASON_LIMIT } from '../../shared/incidents/reason-limit';
import type { BreachAssessmentView } from '../incidents/breach-assessment-view';
import type { Label } from '../incidents/labels';
import {
  AVAILABILITY_LOSSES,
  CONFIDENTIALITY_LOSSES,
  CONTEXT_SCORES,
  IDENTIFICATION_SCORES,
  INTEGRITY_LOSSES,
} from '../../shared/incidents/severity-scales';
import {
  AVAILABILITY_LABELS,
  CONFIDENTIALITY_LABELS,
  CONTEXT_LABELS,
  IDENTIFICATION_LABELS,
  INTEGRITY_LABELS,
  MALICIOUS_LABELS,
  QUESTION_LABELS,
} from '../../shared/incidents/severity-labels';
import {
  execute,
  facts,
  type IncidentCardAction,
  type IncidentElement,
  type Language,
} from './incident-card-elements';

const TEXT = {
  nl: {
    severity: 'Ernst',
    provisional: 'voorlopig, uit de melding',
    drivenBy: 'Waarom',
    toCheck: 'Nog te controleren',
    suggestion: 'Suggestie',
    decision: 'Besluit',
    by: 'door',
    reasonAp: 'Reden afwijking AP',
    reasonPeople: 'Reden afwijking betrokkenen',
    action: 'Ernst en besluit',
    notifyAp: 'Melden bij de AP?',
    informSubjects: 'Betrokkenen informeren?',
    reasonInput: 'Reden als je afwijkt van de suggestie (één regel)',
    yes: 'Ja',
    no: 'Nee',
    save: 'Besluit vastleggen',
  },
  en: {
    severity: 'Severity',
    provisional: 'provisional, from the report',
    drivenBy: 'Why',
    toCheck: 'Still to check',
    suggestion: 'Suggestion',
    decision: 'Decision',
    by: 'by',
    reasonAp: 'Reason for differing (AP)',
    reasonPeople: 'Reason for differing (people)',
    action: 'Severity and decision',
    notifyAp: 'Notify the AP?',
    informSubjects: 'Inform the people concerned?',
    reasonInput: 'Reason if you differ from the suggestion (one line)',
    yes: 'Yes',
    no: 'No',
    save: 'Record decision',
  },
};

const LEVEL_STYLE = {
  laag: 'good',
  gemiddeld: 'warning',
  hoog: 'attention',
  'zeer hoog': 'attention',
} as const;

export function assessmentElements(
  view: BreachAssessmentView,
  language: Language,
): IncidentElement[] {
  const text = TEXT[language];
  const level = view.isProvisional
    ? `${view.levelLabel[language]} (${text.provisional})`
    : view.levelLabel[language];
  const items: IncidentElement[] = [
    ...facts([[text.severity, level]]),
    ...facts([[text.drivenBy, view.factors.map((factor) => factor[language]).join('; ')]]),
  ];
  if (view.missing.length > 0)
    items.push(
      ...facts([[text.toCheck, view.missing.map((item) => item.label[language]).join(' ')]]),
    );
  for (const suggestion of [view.notifyAp, view.informSubjects]) {
    const first = suggestion.reasons[0];
    items.push(
      ...facts([
        [
          text.suggestion,
          `${suggestion.suggestedLabel[language]}${first ? ` — ${first[language]}` : ''}`,
        ],
      ]),
    );
  }
  const decision = view.decision;
  if (decision) {
    items.push(
      ...facts([
        [
          text.decision,
          `${decision.notifyApLabel[language]}; ${decision.informSubjectsLabel[language]} (${text.by} ${decision.deciderName}, ${decision.decidedAt[language]})`,
        ],
      ]),
    );
    if (decision.notifyApReason) items.push(...facts([[text.reasonAp, decision.notifyApReason]]));
    if (decision.informSubjectsReason)
      items.push(...facts([[text.reasonPeople, decision.informSubjectsReason]]));
  }
  return [{ type: 'Container', style: LEVEL_STYLE[view.level], items }];
}

function choices<T extends string | number>(
  values: readonly T[],
  labels: Record<T, Label>,
  language: Language,
): { title: string; value: string }[] {
  return values.map((value) => ({ title: labels[value][language], value: String(value) }));
}

/** The assessment form: every question pre-filled, the suggested choices selected. */
export function breachDecisionAction(
  view: BreachAssessmentView,
  incidentId: string,
  language: Language,
): IncidentCardAction {
  const text = TEXT[language];
  const yesNo = [
    { title: text.yes, value: 'yes' },
    { title: text.no, value: 'no' },
  ];
  const question = (
    id: string,
    label: Label,
    options: { title: string; value: string }[],
    value: string,
  ): IncidentElement => ({
    type: 'Input.ChoiceSet',
    id,
    label: label[language],
    style: 'compact',
    choices: options,
    value,
  });
  const { answers } = view;
  const chosen = (decided: boolean | undefined, suggested: boolean) =>
    (decided ?? suggested) ? 'yes' : 'no';
  return {
    type: 'Action.ShowCard',
    title: text.action,
    card: {
      type: 'AdaptiveCard',
      body: [
        question(
          BREACH_INPUTS.context,
          QUESTION_LABELS.context,
          choices(CONTEXT_SCORES, CONTEXT_LABELS, language),
          String(answers.context),
        ),
        question(
          BREACH_INPUTS.identification,
          QUESTION_LABELS.identification,
          choices(IDENTIFICATION_SCORES, IDENTIFICATION_LABELS, language),
          String(answers.identification),
        ),
        question(
          BREACH_INPUTS.confidentiality,
          QUESTION_LABELS.confidentiality,
          choices(CONFIDENTIALITY_LOSSES, CONFIDENTIALITY_LABELS, language),
          answers.confidentiality,
        ),
        question(
          BREACH_INPUTS.integrity,
          QUESTION_LABELS.integrity,
          choices(INTEGRITY_LOSSES, INTEGRITY_LABELS, language),
          answers.integrity,
        ),
        question(
          BREACH_INPUTS.availability,
          QUESTION_LABELS.availability,
          choices(AVAILABILITY_LOSSES, AVAILABILITY_LABELS, language),
          answers.availability,
        ),
        question(
          BREACH_INPUTS.isMalicious,
          QUESTION_LABELS.isMalicious,
          choices(['yes', 'no'] as const, MALICIOUS_LABELS, language),
          answers.isMalicious ? 'yes' : 'no',
        ),
        {
          type: 'Input.ChoiceSet',
          id: BREACH_INPUTS.notifyAp,
          label: text.notifyAp,
          style: 'expanded',
          choices: yesNo,
          value: chosen(view.decision?.notifyAp, view.notifyAp.suggested),
          isRequired: true,
        },
        {
          type: 'Input.Text',
          id: BREACH_INPUTS.notifyApReason,
          label: text.reasonInput,
          maxLength: REASON_LIMIT,
        },
        {
          type: 'Input.ChoiceSet',
          id: BREACH_INPUTS.informSubjects,
          label: text.informSubjects,
          style: 'expanded',
          choices: yesNo,
          value: chosen(view.decision?.informSubjects, view.informSubjects.suggested),
          isRequired: true,
        },
        {
          type: 'Input.Text',
          id: BREACH_INPUTS.informSubjectsReason,
          label: text.reasonInput,
          maxLength: REASON_LIMIT,
        },
      ],
      actions: [execute(text.save, INCIDENT_DECIDE_BREACH_VERB, { incidentId }, 'positive')],
    },
  };
}
