// The Teams bot: a welcome card when it is installed, policy answers as cards, help, feedback
// counts, unanswered questions (scrubbed) for the insight view, breach reports (the form, its
// submit and the ICT channel's card actions) and the incident channel's registration. Logs carry
// what happened, never what was said.
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { isChannelRegistrationCommand } from '../incidents/channel-registration';
import type { Answerer, QaAnswer } from '../qa/types';
import type { Logger } from '../server/logger';
import { hashId } from '../server/logger';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { answerCardView, buildAnswerCard } from '../cards/answer-card';
import { buildHelpCard, buildWelcomeCard } from '../cards/capabilities-card';
import { botText } from '../../shared/i18n/bot-text';
import { scrubQuestion } from '../../shared/insight/scrub-question';
import type { QuestionInsight } from '../insight/question-insight';
import type { UnansweredReason } from '../store/unanswered-store';
import {
  answerIncidentCardAction,
  answerIncidentSubmit,
  incidentSubmitVerb,
} from './incident-card-action';
import type { IncidentDesk } from './incident-desk';
import { languageOfLocale } from './language';
import { readInput } from './read-input';
import { registerIncidentChannel } from './register-incident-channel';
import { startDatalekReport } from './start-datalek-report';
import type { AskerSchool } from './asker-school';

export interface BotDependencies {
  /** Answers one policy question, or one entry picked on a card (bot/qa/answerer.ts, or a fake). */
  answer: Answerer;
  organisationName: string;
  /** Unanswered questions and "Was dit nuttig?" counts (bot/insight/question-insight.ts). */
  questions: QuestionInsight;
  /** The breach register: reports, card actions, the incident channel. */
  incidents: IncidentDesk;
  logger: Logger;
  /** The asker's school for the unanswered questions; without it they count as "onbekend". */
  askerSchool?: AskerSchool;
}

export class PrivacywachtBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();
    this.onTurn(async (context, next) => {
      await this.rememberReporter(context);
      await next();
    });
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

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const response = await answerIncidentCardAction(context, this.deps.incidents, invokeValue);
    this.log(context, {
      event: 'card-action',
      verb: invokeValue.action.verb,
      status: response.statusCode,
      outcome: response.type,
    });
    return response;
  }

  /**
   * Every 1:1 turn keeps the chat's reference, so the reporter hears about their report later.
   * Keyed by the Entra object id, as the reporter is stored.
   */
  private async rememberReporter(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const userId = activity.from?.aadObjectId;
    if (activity.conversation?.conversationType !== 'personal' || !userId) return;
    await this.deps.incidents.service.rememberReporter(userId, {
      ...TurnContext.getConversationReference(activity),
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text;
    if (
      activity.conversation?.conversationType === 'channel' &&
      isChannelRegistrationCommand(text ?? '')
    ) {
      const outcome = await registerIncidentChannel(context, this.deps.incidents);
      this.log(context, { event: 'channel-registration', outcome });
      return;
    }
    // A client without Universal Actions sends an incident card's button as Action.Submit.
    const submittedVerb = incidentSubmitVerb(activity.value);
    if (submittedVerb) {
      const outcome = await answerIncidentSubmit(context, this.deps.incidents, submittedVerb);
      this.log(context, { event: 'card-submit', verb: submittedVerb, outcome });
      return;
    }
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
        // The id comes back from the client: only an entry the knowledge base has is counted.
        const isKnown = this.deps.answer('', { entryId: input.entryId, language: 'nl' }).answered;
        this.log(context, { event: 'feedback', useful: input.useful, known: isKnown });
        await context.sendActivity(botText(localeLanguage).feedbackThanks);
        if (!isKnown) return;
        await this.keepInsight(context, 'feedback', () =>
          this.deps.questions.recordFeedback(input.entryId, input.useful),
        );
        if (!input.useful && input.question)
          await this.recordUnanswered(context, input.question, 'not-helpful');
        return;
      }
      case 'empty':
        await context.sendActivity(botText(localeLanguage).emptyInput);
        break;
      case 'question': {
        const answer = this.deps.answer(input.text);
        await this.sendAnswer(context, answer, 'answer', scrubQuestion(input.text));
        if (!answer.answered) await this.recordUnanswered(context, input.text, 'declined');
        return;
      }
      case 'entry': {
        // A "Bedoel je" button: the entry the user picked, in the language of the card it was on.
        const { entryId, language } = input;
        const answer = this.deps.answer('', { entryId, language });
        if (!answer.answered) {
          await context.sendActivity(botText(language).emptyInput);
          this.log(context, { event: 'entry-unknown' });
          return;
        }
        await this.sendAnswer(context, answer, 'entry-picked');
        return;
      }
    }
    this.log(context, { event: input.kind });
  }

  private async sendAnswer(
    context: TurnContext,
    answer: QaAnswer,
    event: string,
    scrubbedQuestion?: string,
  ): Promise<void> {
    // The card speaks the answer's language, so a Dutch answer never sits in an English frame.
    const view = answerCardView(answer, answer.language);
    await sendCard(
      context,
      buildAnswerCard(scrubbedQuestion ? { ...view, scrubbedQuestion } : view),
    );
    this.log(context, {
      event,
      answered: answer.answered,
      confidence: answer.confidence,
      entryId: answer.sources[0]?.id,
      secondEntryId: answer.sources[1]?.id,
      suggested: answer.suggestions.length,
      language: answer.language,
    });
  }

  /** Only the outcome is logged: the question itself goes no further than the scrubber. */
  private async recordUnanswered(
    context: TurnContext,
    question: string,
    reason: UnansweredReason,
  ): Promise<void> {
    await this.keepInsight(context, 'unanswered', async () => {
      const school = await this.deps.askerSchool?.(context);
      const outcome = await this.deps.questions.recordUnanswered(question, reason, school);
      this.log(context, { event: 'unanswered', reason, outcome });
    });
  }

  /** Insight is best-effort: a register that cannot be reached never costs the user an answer. */
  private async keepInsight(
    context: TurnContext,
    what: 'feedback' | 'unanswered',
    keep: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await keep();
    } catch (error) {
      this.deps.logger.warn({
        event: 'insight-not-kept',
        what,
        conversation: hashId(context.activity.conversation?.id),
        error: (error as Error).name,
      });
    }
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
