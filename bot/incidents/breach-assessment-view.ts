// The severity assessment, the two suggestions and the decision as the ICT card and the tab show
// them: worded, with the reasons and what is still assumed, user text neutralised.
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import { currentAssessment, type BreachDecision } from './breach-decision';
import type { Incident } from './incident';
import type { Label } from './labels';
import { neutraliseUserLine } from './neutralise-text';
import { SEVERITY_LEVEL_LABELS, type SeverityLevel } from './severity';
import {
  type SeverityAnswers,
  type SeverityQuestion,
} from '../../shared/incidents/severity-scales';
import { QUESTION_LABELS } from '../../shared/incidents/severity-labels';

export interface SuggestionView {
  suggested: boolean;
  suggestedLabel: Label;
  reasons: Label[];
}

interface DecisionView {
  notifyAp: boolean;
  informSubjects: boolean;
  notifyApLabel: Label;
  informSubjectsLabel: Label;
  /** The one-line reasons given for going against a suggestion. */
  notifyApReason?: string;
  informSubjectsReason?: string;
  deciderName: string;
  decidedAt: Label;
}

export interface BreachAssessmentView {
  level: SeverityLevel;
  levelLabel: Label;
  /** ENISA score, rounded to two decimals. */
  score: number;
  /** True until someone recorded a decision: the level rests on the report alone. */
  isProvisional: boolean;
  factors: Label[];
  /** Questions answered by a cautious assumption, to check. */
  missing: { question: SeverityQuestion; label: Label }[];
  answers: SeverityAnswers;
  notifyAp: SuggestionView;
  informSubjects: SuggestionView;
  decision?: DecisionView;
}

const yesNo = (value: boolean, yes: Label, no: Label): Label => (value ? yes : no);
const NOTIFY = {
  yes: { nl: 'Melden bij de AP', en: 'Notify the AP' },
  no: { nl: 'Niet melden bij de AP', en: 'Do not notify the AP' },
};
const INFORM = {
  yes: { nl: 'Betrokkenen informeren', en: 'Inform the people concerned' },
  no: { nl: 'Betrokkenen niet informeren', en: 'Do not inform the people concerned' },
};

export function breachAssessmentView(
  incident: Incident,
  decision: BreachDecision | undefined,
): BreachAssessmentView {
  const state = currentAssessment(incident, decision);
  const { assessment, suggestions } = state;
  return {
    level: assessment.level,
    levelLabel: SEVERITY_LEVEL_LABELS[assessment.level],
    score: Math.round(assessment.score * 100) / 100,
    isProvisional: decision === undefined,
    factors: assessment.factors.map(({ nl, en }) => ({ nl, en })),
    missing: state.missing.map((question) => ({ question, label: QUESTION_LABELS[question] })),
    answers: assessment.answers,
    notifyAp: {
      suggested: suggestions.notifyAp.suggested,
      suggestedLabel: yesNo(suggestions.notifyAp.suggested, NOTIFY.yes, NOTIFY.no),
      reasons: suggestions.notifyAp.reasons,
    },
    informSubjects: {
      suggested: suggestions.informSubjects.suggested,
      suggestedLabel: yesNo(suggestions.informSubjects.suggested, INFORM.yes, INFORM.no),
      reasons: suggestions.informSubjects.reasons,
    },
    ...(decision ? { decision: decisionView(decision) } : {}),
  };
}

function decisionView(decision: BreachDecision): DecisionView {
  return {
    notifyAp: decision.notifyAp,
    informSubjects: decision.informSubjects,
    notifyApLabel: yesNo(decision.notifyAp, NOTIFY.yes, NOTIFY.no),
    informSubjectsLabel: yesNo(decision.informSubjects, INFORM.yes, INFORM.no),
    ...(decision.notifyApReason
      ? { notifyApReason: neutraliseUserLine(decision.notifyApReason, 200) }
      : {}),
    ...(decision.informSubjectsReason
      ? { informSubjectsReason: neutraliseUserLine(decision.informSubjectsReason, 200) }
      : {}),
    deciderName: neutraliseUserLine(decision.decider.name, 100),
    decidedAt: {
      nl: formatAmsterdam(decision.decidedAt, 'nl'),
      en: formatAmsterdam(decision.decidedAt, 'en'),
    },
  };
}
