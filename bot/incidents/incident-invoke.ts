// Answers a card action (Action.Execute verb + data) from the report form or an incident card with
// what Teams should show the person who clicked: a view in the card's place (an intent the Teams
// edge draws as a card), or a short message and an unchanged card. The Teams wiring only maps the
// invoke activity to this and the result to an invoke response; everyone else's view is updated
// through the outbox.
import type { Language } from '../../shared/policy/knowledge/types';
import {
  INCIDENT_AP_DRAFT_VERB,
  INCIDENT_AP_FOLLOW_UP_VERB,
  INCIDENT_DECIDE_BREACH_VERB,
  INCIDENT_DELETION_REQUEST_VERB,
  INCIDENT_REFRESH_VERB,
  REPORT_SUBMIT_VERB,
} from './action-verbs';
import { parseBreachDecisionInput } from './breach-decision';
import type { ShowIntent } from './incident-intents';
import type { IncidentService } from './incident-service';
import { parseIncidentAction } from './parse-action';
import type { Person } from './report';
import { REPORT_FIELDS, type ReportField } from './validate-report';

export interface CardInvoke {
  verb: string;
  data: Record<string, unknown>;
  /** From the activity (aadObjectId, name), never from the card data. */
  actor: Person;
  language: Language;
}

export type InvokeOutcome =
  /** Replace the card for the clicker with the card of this view. */
  | { kind: 'card'; intent: ShowIntent }
  /** Show this text to the clicker; their card stays as it is. */
  | { kind: 'message'; text: string }
  /** Not a breach verb: the wiring may route it elsewhere. */
  | { kind: 'unknown' };

/** True for the verbs this module answers. */
export function isIncidentVerb(verb: string): boolean {
  return verb === REPORT_SUBMIT_VERB || verb.startsWith('incident.');
}

export async function respondToCardAction(
  service: IncidentService,
  invoke: CardInvoke,
): Promise<InvokeOutcome> {
  const { verb, data, actor, language } = invoke;
  if (verb === REPORT_SUBMIT_VERB) return submit(service, invoke);
  const incidentId = typeof data['incidentId'] === 'string' ? data['incidentId'] : '';
  if (verb === INCIDENT_REFRESH_VERB) {
    const view = await service.view(incidentId);
    if (!view) return { kind: 'message', text: NOT_FOUND[language] };
    const canAct = await service.canHandle(actor);
    return { kind: 'card', intent: { kind: 'show-incident', view, canAct, language } };
  }
  if (verb === INCIDENT_AP_DRAFT_VERB || verb === INCIDENT_AP_FOLLOW_UP_VERB) {
    if (!(await service.canHandle(actor))) return { kind: 'message', text: FORBIDDEN[language] };
    const draft =
      verb === INCIDENT_AP_DRAFT_VERB
        ? await service.apDraft(incidentId)
        : await service.apFollowUpDraft(incidentId);
    if (draft) return { kind: 'card', intent: { kind: 'show-ap-draft', draft } };
    return {
      kind: 'message',
      text: verb === INCIDENT_AP_DRAFT_VERB ? NOT_FOUND[language] : NOT_NOTIFIED[language],
    };
  }
  if (verb === INCIDENT_DELETION_REQUEST_VERB) {
    if (!(await service.canHandle(actor))) return { kind: 'message', text: FORBIDDEN[language] };
    const letter = (await service.letters(incidentId))?.deletionRequest;
    return letter
      ? { kind: 'card', intent: { kind: 'show-letter', letter, language } }
      : { kind: 'message', text: NOT_WRONG_RECIPIENT[language] };
  }
  if (verb === INCIDENT_DECIDE_BREACH_VERB) {
    const input = parseBreachDecisionInput(data);
    if (!input) return { kind: 'message', text: CHOOSE_BOTH[language] };
    const result = await service.decideBreach(incidentId, input, actor);
    if (!result.ok)
      return {
        kind: 'message',
        text: (result.errors ?? [result.reason]).map((error) => error[language]).join(' '),
      };
    return {
      kind: 'card',
      intent: { kind: 'show-incident', view: result.view, canAct: true, language },
    };
  }
  const parsed = parseIncidentAction(verb, data);
  if (!parsed.ok)
    return isIncidentVerb(verb)
      ? { kind: 'message', text: parsed.reason[language] }
      : { kind: 'unknown' };
  const result = await service.act(parsed.incidentId, parsed.action, actor);
  if (!result.ok) return { kind: 'message', text: result.reason[language] };
  return {
    kind: 'card',
    intent: { kind: 'show-incident', view: result.view, canAct: true, language },
  };
}

async function submit(service: IncidentService, invoke: CardInvoke): Promise<InvokeOutcome> {
  const { data, actor, language } = invoke;
  const submissionId = typeof data['submissionId'] === 'string' ? data['submissionId'] : '';
  if (submissionId === '') return { kind: 'message', text: NOT_FOUND[language] };
  const result = await service.submitReport(data, actor, submissionId);
  if (result.ok)
    return { kind: 'card', intent: { kind: 'show-receipt', receipt: result.receipt, language } };
  const values: Partial<Record<ReportField, string>> = {};
  for (const field of REPORT_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' || typeof value === 'number') values[field] = String(value);
  }
  return {
    kind: 'card',
    intent: {
      kind: 'show-report-form',
      form: { language, submissionId, values, errors: result.errors },
    },
  };
}

const NOT_FOUND = {
  nl: 'Deze melding bestaat niet (meer).',
  en: 'This incident does not exist.',
};
const NOT_NOTIFIED = {
  nl: 'Een vervolgmelding kan pas als de AP-melding is vastgelegd.',
  en: 'A follow-up notice is only possible once the AP notification is recorded.',
};
const NOT_WRONG_RECIPIENT = {
  nl: 'Dit verzoek hoort bij een e-mail aan een verkeerde ontvanger; bij deze melding is dat niet zo.',
  en: 'This request belongs to an e-mail sent to a wrong recipient; this incident is not one.',
};
const CHOOSE_BOTH = {
  nl: 'Kies bij allebei de besluiten ja of nee.',
  en: 'Choose yes or no for both decisions.',
};
const FORBIDDEN = {
  nl: 'Alleen het domein ICT kan meldingen behandelen.',
  en: 'Only the ICT domain can handle incidents.',
};
