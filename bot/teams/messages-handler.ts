// POST /api/messages: parses the inbound activity, lets the adapter authenticate it and run the
// turn, and answers itself so that error bodies never carry details (a 401 says nothing more).
import type { RequestHandler } from 'express';
import type { Activity, ActivityHandler } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../server/logger';
import type { BotAdapter } from './adapter';

const inboundActivity = z.looseObject({ type: z.string().min(1) });

export function messagesHandler(
  adapter: BotAdapter,
  bot: ActivityHandler,
  logger: Logger,
): RequestHandler {
  return (request, response) => {
    const parsed = inboundActivity.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).end();
      return;
    }
    const authorization = request.headers.authorization ?? '';
    adapter
      .runActivity(authorization, parsed.data as Partial<Activity> as Activity, (context) =>
        bot.run(context),
      )
      .then(
        (invokeResponse) => {
          response.status(invokeResponse?.status ?? 200);
          if (invokeResponse?.body === undefined) response.end();
          else response.json(invokeResponse.body);
        },
        (error: unknown) => {
          const status = (error as { statusCode?: unknown }).statusCode === 401 ? 401 : 500;
          logger.warn({ event: 'activity-rejected', status, error: (error as Error).name });
          response.status(status).end();
        },
      );
  };
}
