import { TestAdapter, type Activity } from 'botbuilder';
import type { Answerer } from '../../../../bot/qa/types';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import {
  createQuestionInsight,
  type QuestionInsight,
} from '../../../../bot/insight/question-insight';
import { createMemoryAnswerFeedbackStore } from '../../../../bot/store/answer-feedback-memory-store';
import { createMemoryUnansweredStore } from '../../../../bot/store/unanswered-memory-store';
import type { IncidentDesk } from '../../../../bot/teams/incident-desk';
import { PrivacywachtBot } from '../../../../bot/teams/privacywacht-bot';
import { turnErrorHandler } from '../../../../bot/teams/turn-error';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
import { fakeAnswer } from '../../../helpers/fake-answerer';
import { captureLog, type CapturedLog } from '../../../helpers/log-capture';

type Card = {
  version: string;
  body: { type: string; text?: string; inlines?: { text: string }[] }[];
};

const USER = { id: '29:user-1', name: 'Petra de Vries', aadObjectId: 'aad-user-1' };
const BOT = { id: '28:bot', name: 'Privacywacht' };

function createConversation(
  answer: Answerer = fakeAnswer,
  locale = 'nl-NL',
  questions?: QuestionInsight,
) {
  const log = captureLog();
  const unanswered = createMemoryUnansweredStore();
  const feedback = createMemoryAnswerFeedbackStore();
  const bot = new PrivacywachtBot({
    answer,
    organisationName: 'Stichting Test',
    questions:
      questions ??
      createQuestionInsight({
        unanswered,
        feedback,
        retentionMonths: 12,
        clock: () => new Date('2026-11-20T10:00:00Z'),
      }),
    incidents: incidentDesk(),
    logger: log.logger,
  });
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId: 'msteams',
    locale,
    from: USER,
    recipient: BOT,
    conversation: { id: 'a:personal-1', conversationType: 'personal', isGroup: false, name: '' },
  });
  adapter.onTurnError = turnErrorHandler(log.logger);
  return { adapter, log, unanswered, feedback };
}

/** The register in memory; nobody may act (the card actions are tested end to end). */
function incidentDesk(): IncidentDesk {
  return {
    service: createIncidentService({
      store: createMemoryStore(),
      clock: () => new Date('2026-11-20T10:00:00Z'),
      newId: () => 'incident-1',
      canHandle: () => false,
      organisationName: 'Stichting Test',
      retentionDays: 730,
    }),
    mayRegisterChannel: () => Promise.resolve(false),
    maySee: () => Promise.resolve(false),
    kick: () => undefined,
    stop: () => Promise.resolve(),
  };
}

function cardOf(activity: Partial<Activity>): Card {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = attachment?.content as Card;
  expect(adaptiveCardErrors(card)).toEqual([]);
  return card;
}

function cardText(card: Card): string {
  return card.body
    .map((element) => element.text ?? element.inlines?.map((run) => run.text).join('') ?? '')
    .join('\n');
}

function expectNothingPersonalIn(log: CapturedLog, ...secrets: string[]): void {
  for (const secret of [USER.name, USER.id, USER.aadObjectId, ...secrets])
    expect(log.text()).not.toContain(secret);
}

describe('Privacywacht bot in a Teams conversation', () => {
  it('welcomes a user who installs it with what it can do and how to report a breach', async () => {
    const { adapter } = createConversation();
    await adapter
      .send({
        type: 'conversationUpdate',
        membersAdded: [USER, BOT],
      })
      .assertReply((reply) => {
        const text = cardText(cardOf(reply));
        expect(text).toContain('Welkom bij Privacywacht');
        expect(text).toContain('Stichting Test');
        expect(text).toContain('Typ datalek om een datalek te melden.');
      })
      .assertNoReply()
      .startTest();
  });

  it('answers a question with an answer card naming the source section', async () => {
    const { adapter, log } = createConversation();
    const question = "Mag ik foto's van Daan op Facebook zetten?";
    await adapter
      .send(question)
      .assertReply((reply) => {
        const text = cardText(cardOf(reply));
        expect(text).toContain('Alleen met toestemming van de ouders');
        expect(text).toContain('Bron: Bijlage 9');
        expect(text).toContain('Was dit nuttig?');
      })
      .startTest();
    expect(log.entries()).toContainEqual(
      expect.objectContaining({ event: 'answer', answered: true, entryId: 'photos-consent' }),
    );
    expectNothingPersonalIn(log, question, 'Daan');
  });

  it('says honestly it does not know, with the closest topics, when the question is out of reach', async () => {
    const { adapter } = createConversation();
    await adapter
      .send('Wat wordt het weer morgen?')
      .assertReply((reply) => {
        const card = cardOf(reply);
        const text = cardText(card);
        expect(text).toContain('Dat weet ik niet zeker');
        expect(text).toContain('Bedoel je misschien:');
        expect(text).not.toContain('Was dit nuttig?');
      })
      .startTest();
  });

  it.each(['help', 'hulp', 'Hulp!', 'HELP'])('shows what it can do on "%s"', async (word) => {
    const { adapter } = createConversation();
    await adapter
      .send(word)
      .assertReply((reply) => expect(cardText(cardOf(reply))).toContain('Wat ik voor je kan doen'))
      .startTest();
  });

  it.each(['datalek', 'Datalek melden', 'ik wil een datalek melden', 'data breach'])(
    'opens the breach report form on "%s"',
    async (words) => {
      const { adapter } = createConversation();
      await adapter
        .send(words)
        .assertReply((reply) => {
          const card = JSON.stringify(cardOf(reply));
          expect(card).toContain('Wat is er gebeurd?');
          expect(card).toContain('"verb":"datalek.submit"');
        })
        .startTest();
    },
  );

  it('thanks for "Was dit nuttig?" and counts it in the store per entry and month, without the user', async () => {
    const { adapter, log, feedback } = createConversation();
    const click = (useful: boolean, entryId = 'photos-consent'): Partial<Activity> => ({
      type: 'message',
      value: { action: 'feedback', entryId, useful },
    });
    await adapter
      .send(click(true))
      .assertReply('Bedankt voor je reactie.')
      .send(click(false))
      .assertReply('Bedankt voor je reactie.')
      .send(click(false, 'jan-de-vries-bsn-123456782'))
      .assertReply('Bedankt voor je reactie.')
      .startTest();
    expect(await feedback.list('2026-01', '2026-12')).toEqual([
      { month: '2026-11', entryId: 'photos-consent', useful: 1, notUseful: 1 },
    ]);
    expect(log.entries().filter((entry) => entry['event'] === 'feedback')).toEqual([
      expect.objectContaining({ useful: true, known: true }),
      expect.objectContaining({ useful: false, known: true }),
      expect.objectContaining({ useful: false, known: false }),
    ]);
    expectNothingPersonalIn(log, 'photos-consent', 'jan-de-vries', '123456782');
  });

  it('keeps a declined question only scrubbed, and a "not useful" answer\'s question from the card', async () => {
    const { adapter, log, unanswered } = createConversation();
    const declined =
      'Mag ik het rapport van Sanne Jansen (BSN 123456782) naar sanne@gmail.com sturen?';
    const answered = "Mag ik foto's van Daan Bakker op de website zetten?";
    let notUseful: Record<string, unknown> = {};
    await adapter
      .send(declined)
      .assertReply((reply) => expect(JSON.stringify(cardOf(reply))).not.toContain('Sanne'))
      .send(answered)
      .assertReply((reply) => {
        const card = JSON.stringify(cardOf(reply));
        expect(card).not.toContain('Daan');
        notUseful =
          (JSON.parse(card) as { body: { actions?: { data: Record<string, unknown> }[] }[] }).body
            .flatMap((element) => element.actions ?? [])
            .map((action) => action.data)
            .find((data) => data['action'] === 'feedback' && data['useful'] === false) ?? {};
      })
      .startTest();
    expect(notUseful['question']).toBe('mag ik fotos van [naam] op de website zetten');
    await adapter
      .send({ type: 'message', value: notUseful })
      .assertReply('Bedankt voor je reactie.')
      .startTest();
    expect(await unanswered.listGroups('2026-11', '2026-11')).toEqual([
      expect.objectContaining({
        question: 'mag ik het rapport van [naam] bsn [nummer] naar [e-mail] sturen',
        declined: 1,
        notHelpful: 0,
      }),
      expect.objectContaining({
        question: 'mag ik fotos van [naam] op de website zetten',
        declined: 0,
        notHelpful: 1,
      }),
    ]);
    expect(log.entries().filter((entry) => entry['event'] === 'unanswered')).toEqual([
      expect.objectContaining({ reason: 'declined', outcome: 'new' }),
      expect.objectContaining({ reason: 'not-helpful', outcome: 'new' }),
    ]);
    expectNothingPersonalIn(
      log,
      'Sanne',
      'Jansen',
      '123456782',
      'sanne@gmail.com',
      'Daan',
      'Bakker',
    );
  });

  it('still answers and thanks when the register cannot keep the insight', async () => {
    const down = () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432'));
    const { adapter, log } = createConversation(fakeAnswer, 'nl-NL', {
      recordUnanswered: down,
      recordFeedback: down,
    });
    await adapter
      .send('Wat wordt het weer morgen?')
      .assertReply((reply) => expect(cardText(cardOf(reply))).toContain('Dat weet ik niet zeker'))
      .send({
        type: 'message',
        value: { action: 'feedback', entryId: 'photos-consent', useful: true },
      })
      .assertReply('Bedankt voor je reactie.')
      .startTest();
    expect(log.entries().filter((entry) => entry['event'] === 'insight-not-kept')).toEqual([
      expect.objectContaining({ what: 'unanswered', error: 'Error' }),
      expect.objectContaining({ what: 'feedback', error: 'Error' }),
    ]);
    expect(log.text()).not.toContain('10.0.0.5');
  });

  it('asks for a question when the message is empty or an unknown card value', async () => {
    const { adapter } = createConversation();
    await adapter
      .send({ type: 'message', text: '   ' })
      .assertReply('Stel je vraag over privacy in een zin, of typ hulp.')
      .send({ type: 'message', value: { action: 'unknown', x: 1 } })
      .assertReply('Stel je vraag over privacy in een zin, of typ hulp.')
      .startTest();
  });

  it("speaks English to an English Teams client, and answers in the question's language", async () => {
    const english = createConversation(fakeAnswer, 'en-US');
    await english.adapter
      .send('help')
      .assertReply((reply) => expect(cardText(cardOf(reply))).toContain('What I can do for you'))
      .send('May I post photos on Facebook?')
      .assertReply((reply) => expect(cardText(cardOf(reply))).toContain('Source: Bijlage 9'))
      .send("Mag ik foto's op Facebook zetten?")
      .assertReply((reply) => expect(cardText(cardOf(reply))).toContain('Bron: Bijlage 9'))
      .startTest();
  });

  it('tells the user something went wrong, without details, when answering fails', async () => {
    const { adapter, log } = createConversation(() => {
      throw new Error('index corrupt at entry photos-consent for "Petra de Vries"');
    });
    await adapter
      .send('Mag ik een foto plaatsen?')
      .assertReply((reply) => {
        expect(reply.text).toContain('Er ging iets mis');
        expect(reply.text).not.toContain('index corrupt');
      })
      .startTest();
    expect(log.entries()).toContainEqual(
      expect.objectContaining({ event: 'turn-error', error: 'Error', activityType: 'message' }),
    );
    expect(log.text()).not.toContain('index corrupt');
    expectNothingPersonalIn(log, 'Mag ik een foto plaatsen?');
  });
});
