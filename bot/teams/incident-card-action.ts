// An Action.Execute on the report form or an incident card (invoke adaptiveCard/action), or the
// Action.Submit fallback of a client without Universal Actions (a message whose value carries the
// verb): the domain answers, and the person who clicked sees the result. Everyone else's card is
// updated through the outbox, never from here, so an automatic refresh cannot loop. A refresh
// returns the incident only to those who may see it (ICT, FG, its reporter): the id in a card's
// data is no key.
import {
  CardFactory,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { INCIDENT_REFRESH_VERB } from '../incidents/action-verbs';
import {
  isIncidentVerb,
  respondToCardAction,
  type InvokeOutcome,
} from '../incidents/incident-invoke';
import { incidentCardFor } from './incident-cards';
import type { IncidentDesk } from './incident-desk';
import { languageOfLocale } from './language';
import { personOf } from './teams-person';

const NOT_VISIBLE = {
  nl: 'Deze melding is alleen te zien voor het domein ICT, de FG en wie haar meldde.',
  en: 'This incident is visible only to the ICT domain, the privacy officer and its reporter.',
};

export async function answerIncidentCardAction(
  context: TurnContext,
  desk: IncidentDesk,
  invoke: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  // Typed as an object by botbuilder, but a card may send none at all.
  const data = invoke.action.data as unknown;
  const outcome = await answer(context, desk, invoke.action.verb, data);
  switch (outcome.kind) {
    case 'card':
      return invokeResponse(
        200,
        'application/vnd.microsoft.card.adaptive',
        incidentCardFor(outcome.intent),
      );
    case 'message':
      return invokeResponse(200, 'application/vnd.microsoft.activity.message', outcome.text);
    case 'unknown':
      return invokeResponse(400, 'application/vnd.microsoft.error', {
        code: 'BadRequest',
        message: 'unknown action',
      });
  }
}

/** The value of an Action.Submit fallback: the card's data with the Execute verb added. */
const submittedAction = z.looseObject({ verb: z.string().refine(isIncidentVerb) });

/** The verb of a fallback submit on an incident card, or undefined for any other message. */
export function incidentSubmitVerb(value: unknown): string | undefined {
  const parsed = submittedAction.safeParse(value);
  return parsed.success ? parsed.data.verb : undefined;
}

/**
 * Answers a fallback submit as the invoke would, but as a new message in the conversation (a
 * submit cannot replace the card it came from).
 */
export async function answerIncidentSubmit(
  context: TurnContext,
  desk: IncidentDesk,
  verb: string,
): Promise<InvokeOutcome['kind']> {
  const outcome = await answer(context, desk, verb, context.activity.value);
  if (outcome.kind === 'card')
    await context.sendActivity({
      attachments: [CardFactory.adaptiveCard(incidentCardFor(outcome.intent))],
    });
  else if (outcome.kind === 'message') await context.sendActivity(outcome.text);
  return outcome.kind;
}

async function answer(
  context: TurnContext,
  desk: IncidentDesk,
  verb: string,
  data: unknown,
): Promise<InvokeOutcome> {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const actor = personOf(context.activity);
  const language = languageOfLocale(context.activity.locale);
  if (verb === INCIDENT_REFRESH_VERB) {
    const incidentId = typeof fields['incidentId'] === 'string' ? fields['incidentId'] : '';
    if (!(await desk.maySee(actor, incidentId)))
      return { kind: 'message', text: NOT_VISIBLE[language] };
  }
  const outcome = await respondToCardAction(desk.service, { verb, data: fields, actor, language });
  if (outcome.kind === 'card' && verb !== INCIDENT_REFRESH_VERB) desk.kick();
  return outcome;
}

/** botbuilder types `value` as an object; Teams also takes a plain string for a message. */
function invokeResponse(
  statusCode: number,
  type: string,
  value: unknown,
): AdaptiveCardInvokeResponse {
  return { statusCode, type, value: value as Record<string, unknown> };
}
