// An Action.Execute on the report form or an incident card (invoke adaptiveCard/action): the
// domain answers, and the invoke response shows the result to the person who clicked. Everyone
// else's card is updated through the outbox, never from here, so an automatic refresh cannot loop.
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { respondToCardAction } from '../incidents/incident-invoke';
import type { IncidentDesk } from './incident-desk';
import { languageOfLocale } from './language';
import { personOf } from './teams-person';

export async function answerIncidentCardAction(
  context: TurnContext,
  desk: IncidentDesk,
  invoke: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  // Typed as an object by botbuilder, but a card may send none at all.
  const data = invoke.action.data as unknown;
  const outcome = await respondToCardAction(desk.service, {
    verb: invoke.action.verb,
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    actor: personOf(context.activity),
    language: languageOfLocale(context.activity.locale),
  });
  switch (outcome.kind) {
    case 'card':
      desk.kick();
      return invokeResponse(200, 'application/vnd.microsoft.card.adaptive', outcome.card);
    case 'message':
      return invokeResponse(200, 'application/vnd.microsoft.activity.message', outcome.text);
    case 'unknown':
      return invokeResponse(400, 'application/vnd.microsoft.error', {
        code: 'BadRequest',
        message: 'unknown action',
      });
  }
}

/** botbuilder types `value` as an object; Teams also takes a plain string for a message. */
function invokeResponse(
  statusCode: number,
  type: string,
  value: unknown,
): AdaptiveCardInvokeResponse {
  return { statusCode, type, value: value as Record<string, unknown> };
}
