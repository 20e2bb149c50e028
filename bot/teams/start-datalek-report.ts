// Reporting a data breach from the chat: the report form, with a fresh submission id per form so
// that the same form sent twice is one incident.
import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { buildReportFormCard } from '../cards/report-form-card';
import type { Language } from '../../shared/policy/knowledge/types';

export async function startDatalekReport(context: TurnContext, language: Language): Promise<void> {
  const card = buildReportFormCard({ language, submissionId: randomUUID() });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}
