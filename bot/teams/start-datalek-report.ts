// Placeholder for reporting a data breach from the chat: the breach work (bot/incidents, bot/store)
// replaces this function's body with the report form. Until then it says the feature is coming.
import type { TurnContext } from 'botbuilder';
import type { Language } from '../../shared/policy/knowledge/types';
import { botText } from '../../shared/i18n/bot-text';

export async function startDatalekReport(context: TurnContext, language: Language): Promise<void> {
  await context.sendActivity(botText(language).datalekComingSoon);
}
