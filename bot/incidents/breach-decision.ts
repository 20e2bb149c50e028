// The privacy officer's decision on a breach: the assessment it rests on, the suggestions, and
// what was decided. Going against a suggestion takes a one-line reason; GDPR art. 33(5) asks the
// register to show why a breach was not notified, so both reasonings are kept.
import type { Label } from './labels';
import type { Incident } from './incident';
import type { Person } from './report';
import { REASON_LIMIT } from '../../shared/incidents/reason-limit';
import { suggestBreachDecisions, type BreachSuggestions } from './breach-suggestions';
import {
  applyAnswers,
  assessSeverity,
  prefillAssessment,
  type AnswerSource,
  type SeverityAssessment,
  type SeverityLevel,
} from './severity';
import {
  AVAILABILITY_LOSSES,
  CONFIDENTIALITY_LOSSES,
  CONTEXT_SCORES,
  IDENTIFICATION_SCORES,
  INTEGRITY_LOSSES,
  type SeverityAnswers,
  type SeverityQuestion,
} from '../../shared/incidents/severity-scales';

/** A stored decision; the register keeps every one, the latest counts. */
export interface BreachDecision {
  incidentId: string;
  decidedAt: string;
  decider: Person;
  answers: SeverityAnswers;
  sources: Record<SeverityQuestion, AnswerSource>;
  score: number;
  level: SeverityLevel;
  suggestion: { notifyAp: boolean; informSubjects: boolean };
  notifyAp: boolean;
  informSubjects: boolean;
  /** Required when `notifyAp` differs from the suggestion; one line. */
  notifyApReason?: string;
  /** Required when `informSubjects` differs from the suggestion; one line. */
  informSubjectsReason?: string;
}

/** What the card or tab submits: answers to (some of) the questions, and the two choices. */
export interface BreachDecisionInput {
  answers: Partial<SeverityAnswers>;
  notifyAp: boolean;
  informSubjects: boolean;
  notifyApReason: string;
  informSubjectsReason: string;
}

/** Input ids on the card (and field names in the API body). */
export const BREACH_INPUTS = {
  context: 'severityContext',
  identification: 'severityIdentification',
  confidentiality: 'severityConfidentiality',
  integrity: 'severityIntegrity',
  availability: 'severityAvailability',
  isMalicious: 'severityMalicious',
  notifyAp: 'notifyAp',
  informSubjects: 'informSubjects',
  notifyApReason: 'notifyApReason',
  informSubjectsReason: 'informSubjectsReason',
} as const;

/** The assessment as it stands: the report's pre-fill, or the latest decision's answers. */
interface BreachAssessmentState {
  assessment: SeverityAssessment;
  sources: Record<SeverityQuestion, AnswerSource>;
  missing: SeverityQuestion[];
  suggestions: BreachSuggestions;
  decision?: BreachDecision;
}

export function currentAssessment(
  incident: Incident,
  decision?: BreachDecision,
  given: Partial<SeverityAnswers> = {},
): BreachAssessmentState {
  // A recorded decision's answers replace the pre-fill; `applyAnswers` recounts what is missing.
  const recorded = decision
    ? { answers: decision.answers, sources: decision.sources, missing: [] }
    : prefillAssessment(incident);
  const withGiven = applyAnswers(recorded, given);
  const assessment = assessSeverity(withGiven.answers, incident);
  return {
    assessment,
    sources: withGiven.sources,
    missing: withGiven.missing,
    suggestions: suggestBreachDecisions(assessment, incident),
    ...(decision ? { decision } : {}),
  };
}

type DecisionResult = { ok: true; decision: BreachDecision } | { ok: false; errors: Label[] };

/**
 * Records the privacy officer's choice against the suggestions.
 * @example decideBreach(incident, undefined, input, officer, now)
 */
export function decideBreach(
  incident: Incident,
  previous: BreachDecision | undefined,
  input: BreachDecisionInput,
  decider: Person,
  now: Date,
): DecisionResult {
  const state = currentAssessment(incident, previous, input.answers);
  const suggestion = {
    notifyAp: state.suggestions.notifyAp.suggested,
    informSubjects: state.suggestions.informSubjects.suggested,
  };
  const errors: Label[] = [];
  const reason = (text: string, isAgainst: boolean, missing: Label): string | undefined => {
    const line = oneLine(text);
    if (!isAgainst) return undefined;
    if (line === '') errors.push(missing);
    else if (line.length > REASON_LIMIT)
      errors.push({
        nl: `Houd de reden kort: hooguit ${REASON_LIMIT} tekens.`,
        en: `Keep the reason short: at most ${REASON_LIMIT} characters.`,
      });
    return line;
  };
  const notifyApReason = reason(input.notifyApReason, input.notifyAp !== suggestion.notifyAp, {
    nl: 'Je besluit over de AP-melding wijkt af van de suggestie: geef in één regel de reden.',
    en: 'Your decision on notifying the AP differs from the suggestion: give the reason in one line.',
  });
  const informSubjectsReason = reason(
    input.informSubjectsReason,
    input.informSubjects !== suggestion.informSubjects,
    {
      nl: 'Je besluit over het informeren van de betrokkenen wijkt af van de suggestie: geef in één regel de reden.',
      en: 'Your decision on informing the people concerned differs from the suggestion: give the reason in one line.',
    },
  );
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    decision: {
      incidentId: incident.id,
      decidedAt: now.toISOString(),
      decider,
      answers: state.assessment.answers,
      sources: state.sources,
      score: state.assessment.score,
      level: state.assessment.level,
      suggestion,
      notifyAp: input.notifyAp,
      informSubjects: input.informSubjects,
      ...(notifyApReason !== undefined ? { notifyApReason } : {}),
      ...(informSubjectsReason !== undefined ? { informSubjectsReason } : {}),
    },
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reads the card's (or the API's) submitted fields; an unknown or empty answer is left to the
 * pre-fill, a missing yes/no makes the whole input invalid.
 */
export function parseBreachDecisionInput(
  data: Record<string, unknown>,
): BreachDecisionInput | undefined {
  const text = (name: string): string => {
    const value = data[name];
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return typeof value === 'string' ? value.trim() : '';
  };
  const yesNo = (name: string): boolean | undefined => {
    const value = text(name);
    if (value === 'yes' || value === 'true') return true;
    if (value === 'no' || value === 'false') return false;
    return undefined;
  };
  const oneOf = <T extends string | number>(allowed: readonly T[], name: string): T | undefined =>
    allowed.find((item) => String(item) === text(name));
  const notifyAp = yesNo(BREACH_INPUTS.notifyAp);
  const informSubjects = yesNo(BREACH_INPUTS.informSubjects);
  if (notifyAp === undefined || informSubjects === undefined) return undefined;
  const answers: Partial<SeverityAnswers> = {};
  const context = oneOf(CONTEXT_SCORES, BREACH_INPUTS.context);
  if (context !== undefined) answers.context = context;
  const identification = oneOf(IDENTIFICATION_SCORES, BREACH_INPUTS.identification);
  if (identification !== undefined) answers.identification = identification;
  const confidentiality = oneOf(CONFIDENTIALITY_LOSSES, BREACH_INPUTS.confidentiality);
  if (confidentiality !== undefined) answers.confidentiality = confidentiality;
  const integrity = oneOf(INTEGRITY_LOSSES, BREACH_INPUTS.integrity);
  if (integrity !== undefined) answers.integrity = integrity;
  const availability = oneOf(AVAILABILITY_LOSSES, BREACH_INPUTS.availability);
  if (availability !== undefined) answers.availability = availability;
  const isMalicious = yesNo(BREACH_INPUTS.isMalicious);
  if (isMalicious !== undefined) answers.isMalicious = isMalicious;
  return {
    answers,
    notifyAp,
    informSubjects,
    notifyApReason: text(BREACH_INPUTS.notifyApReason),
    informSubjectsReason: text(BREACH_INPUTS.informSubjectsReason),
  };
}
