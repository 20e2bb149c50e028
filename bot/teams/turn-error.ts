// What happens when a turn throws: the user hears that something went wrong (no details), the log
// gets the error's name and status, never its message (it may quote what the user sent).
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../server/logger';
import { botText } from '../../shared/i18n/bot-text';
import { languageOfLocale } from './language';

export function turnErrorHandler(
  logger: Logger,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    logger.error({
      event: 'turn-error',
      activityType: context.activity.type,
      error: error.name,
      status: (error as { statusCode?: unknown }).statusCode,
    });
    try {
      await context.sendActivity(
        botText(languageOfLocale(context.activity.locale)).somethingWentWrong,
      );
    } catch (sendError) {
      logger.error({ event: 'turn-error-reply-failed', error: (sendError as Error).name });
    }
  };
}
