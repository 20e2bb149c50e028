// The Teams bot: a welcome card when it is installed, policy answers as cards, help, feedback
// counts, and the way into reporting a breach. Logs carry what happened, never what was said.
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
} from 'botbuilder';
import type { QaAnswer } from '../qa/types';
import type { Logger } from '../server/logger';
import { hashId } from '../server/logger';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { answerCardView, buildAnswerCard } from '../cards/answer-card';
import { buildHelpCard, buildWelcomeCard } from '../cards/capabilities-card';
import { botText } from '../../shared/i18n/bot-text';
import type { FeedbackCounter } from './feedback-counter';
import { languageOfLocale } from './language';
import { readInput } from './read-input';
import { startDatalekReport } from './start-datalek-report';

export interface BotDependencies {
  /** Answers one policy question (bot/qa/answerer.ts, or a fake in tests). */
  answer: (question: string) => QaAnswer;
  organisationName: string;
  feedback: FeedbackCounter;
  logger: Logger;
}

export class PrivacywachtBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();
    this.onMembersAdded(async (context, next) => {
      if (shouldWelcome(context.activity)) {
        const language = languageOfLocale(context.activity.locale);
        await sendCard(
          context,
          buildWelcomeCard({ language, organisationName: deps.organisationName }),
        );
        this.log(context, { event: 'welcome' });
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text;
    const input = readInput(text, activity.value);
    const localeLanguage = languageOfLocale(activity.locale);
    switch (input.kind) {
      case 'help':
        await sendCard(
          context,
          buildHelpCard({
            language: localeLanguage,
            organisationName: this.deps.organisationName,
          }),
        );
        break;
      case 'datalek':
        await startDatalekReport(context, localeLanguage);
        break;
      case 'feedback': {
        const totals = this.deps.feedback.record(input.entryId, input.useful);
        this.log(context, {
          event: 'feedback',
          entryId: input.entryId,
          useful: input.useful,
          usefulCount: totals.useful,
          notUsefulCount: totals.notUseful,
        });
        await context.sendActivity(botText(localeLanguage).feedbackThanks);
        return;
      }
      case 'empty':
        await context.sendActivity(botText(localeLanguage).emptyInput);
        break;
      case 'question': {
        const answer = this.deps.answer(input.text);
        // The card speaks the answer's language, so a Dutch answer never sits in an English frame.
        await sendCard(context, buildAnswerCard(answerCardView(answer, answer.language)));
        this.log(context, {
          event: 'answer',
          answered: answer.answered,
          entryId: answer.sources[0]?.id,
          language: answer.language,
        });
        return;
      }
    }
    this.log(context, { event: input.kind });
  }

  private log(context: TurnContext, fields: Record<string, unknown>): void {
    this.deps.logger.info({ conversation: hashId(context.activity.conversation?.id), ...fields });
  }
}

/** In a personal chat every install greets; in a team or group chat only when the bot joins. */
function shouldWelcome(activity: Activity): boolean {
  const members = activity.membersAdded ?? [];
  const botJoined = members.some((member) => member.id === activity.recipient?.id);
  const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
  return botJoined || (personal && members.length > 0);
}

async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}
