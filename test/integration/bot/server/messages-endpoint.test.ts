// End to end over HTTP: the real service on an ephemeral port, Teams-shaped activities POSTed to
// /api/messages, and the bot's replies received by a local Bot Connector stub.
import type { Activity } from 'botbuilder';
import { parseConfig } from '../../../../shared/policy/parse-config';
import type { Config } from '../../../../shared/policy/config-schema';
import { startService, type RunningService } from '../../../../bot/server/start-service';
import type { ReadinessCheck } from '../../../../bot/server/healthz';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { createAnswerer } from '../../../../bot/qa/answerer';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { captureLog, type CapturedLog } from '../../../helpers/log-capture';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import {
  TEST_CONVERSATION,
  TEST_USER,
  postActivity,
  teamsInstall,
  teamsMessage,
} from '../../../helpers/teams-activity';
import { kindanteKnowledge } from '../../../helpers/knowledge';

function exampleConfig(): Config {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

const answer = createAnswerer(exampleConfig(), kindanteKnowledge());

const NO_WAIT = { baseDelayMs: 0, maxDelayMs: 0 };

async function start(
  env: NodeJS.ProcessEnv,
  log: CapturedLog,
  readiness: ReadinessCheck[] = [],
  onClose?: () => void,
): Promise<RunningService> {
  const started = await startService({
    config: exampleConfig(),
    env,
    port: 0,
    host: '127.0.0.1',
    answer,
    logger: log.logger,
    readiness,
    retry: NO_WAIT,
    incidents: { store: createMemoryStore(), settings: exampleConfig().incidents },
    ...(onClose ? { onClose } : {}),
  });
  if (!started.ok) throw new Error(started.error);
  return started.service;
}

describe('the bot service in development mode', () => {
  let stub: ConnectorStub;
  let service: RunningService;
  const log = captureLog();

  beforeAll(async () => {
    stub = await startConnectorStub();
    service = await start({ PRIVACYWACHT_ENV: 'development' }, log);
  });
  afterAll(async () => {
    await service.close();
    await stub.close();
  });
  beforeEach(() => stub.calls.splice(0));

  it('answers a question with an answer card, as a reply to the question', async () => {
    const question = teamsMessage(stub.url, {
      text: "Mag ik foto's van de klas op Facebook zetten?",
    });
    const response = await postActivity(service.url, question);
    expect(response.status).toBe(200);
    const [call] = await stub.waitForCalls(1);
    expect(call).toMatchObject({
      kind: 'reply',
      conversationId: TEST_CONVERSATION.id,
      activityId: question['id'],
      body: { type: 'message', replyToId: question['id'], recipient: { id: TEST_USER.id } },
    });
    const [card] = stub.cards();
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"Bron: ');
    expect(JSON.stringify(card)).toContain('Was dit nuttig?');
  });

  it('declines a question outside the policy with an honest card', async () => {
    await postActivity(service.url, teamsMessage(stub.url, { text: 'Wat wordt het weer morgen?' }));
    await stub.waitForCalls(1);
    const [card] = stub.cards();
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Ik beantwoord alleen vragen over het privacy');
    expect(JSON.stringify(card)).not.toContain('Was dit nuttig?');
  });

  it('answers an English question in English', async () => {
    const question = 'May I post photos of pupils on Facebook?';
    await postActivity(service.url, teamsMessage(stub.url, { text: question, locale: 'nl-NL' }));
    await stub.waitForCalls(1);
    const text = JSON.stringify(stub.cards());
    expect(text).toContain('Source: ');
    expect(text).toContain('Was this useful?');
  });

  it('sends proactively into a stored conversation, and can start a new one', async () => {
    const reference = {
      channelId: 'msteams',
      serviceUrl: stub.url,
      conversation: {
        id: 'a:1personal-chat',
        conversationType: 'personal',
        isGroup: false,
        name: '',
      },
      bot: { id: '28:privacywacht-bot', name: 'Privacywacht' },
      user: { id: TEST_USER.id, name: '' },
    };
    const { adapter } = service.bot;
    await adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('Er is een update over je melding.');
    });
    await adapter.createConversationAsync(
      '',
      'msteams',
      stub.url,
      '',
      {
        isGroup: true,
        bot: reference.bot,
        channelData: { channel: { id: '19:ict@thread.tacv2' } },
        activity: { type: 'message', text: 'Nieuwe melding' } as Activity,
      },
      async (context) => {
        await context.sendActivity('In de nieuwe draad');
      },
    );
    // botbuilder addresses a proactive message as a reply to its own continuation event's id.
    const calls = await stub.waitForCalls(3);
    expect(calls.map((call) => call.kind)).toEqual(['reply', 'create', 'reply']);
    expect(calls[0]).toMatchObject({
      conversationId: 'a:1personal-chat',
      body: { text: 'Er is een update over je melding.' },
    });
    expect(calls[1]?.body).toMatchObject({
      channelData: { channel: { id: '19:ict@thread.tacv2' } },
    });
    expect(calls[2]?.conversationId).toMatch(/^19:ict@thread.tacv2;messageid=/);
    expect(calls[2]?.body['text']).toBe('In de nieuwe draad');
  });

  it('welcomes the user when the app is installed', async () => {
    const response = await postActivity(service.url, teamsInstall(stub.url));
    expect(response.status).toBe(200);
    await stub.waitForCalls(1);
    expect(JSON.stringify(stub.cards())).toContain('Welkom bij Privacywacht');
    expect(stub.calls).toHaveLength(1);
  });

  it('delivers the reply after Teams throttles it once (429 with Retry-After)', async () => {
    stub.failNext({ status: 429, headers: { 'Retry-After': '0' } });
    await postActivity(service.url, teamsMessage(stub.url, { text: 'help' }));
    await stub.waitForCalls(1);
    expect(stub.requests.slice(-2).map((line) => line.split(' ').at(-1))).toEqual(['429', '201']);
    expect(JSON.stringify(stub.cards())).toContain('Wat ik voor je kan doen');
  });

  it('delivers the reply after a 412 from the connector', async () => {
    stub.failNext({ status: 412 });
    await postActivity(service.url, teamsMessage(stub.url, { text: 'datalek' }));
    await stub.waitForCalls(1);
    expect(stub.requests.slice(-2).map((line) => line.split(' ').at(-1))).toEqual(['412', '201']);
    expect(JSON.stringify(stub.cards())).toContain('Datalek melden');
  });

  it('tells the user something went wrong when the reply keeps failing, and still answers 200', async () => {
    stub.failNext({ status: 404 });
    const response = await postActivity(service.url, teamsMessage(stub.url, { text: 'help' }));
    expect(response.status).toBe(200);
    const [call] = await stub.waitForCalls(1);
    expect(call?.body['text']).toContain('Er ging iets mis');
  });

  it('never logs message text, names, ids in clear or e-mail addresses', async () => {
    const text = 'Mag ik het rapport van Daan naar daan.ouder@gmail.com sturen?';
    await postActivity(service.url, teamsMessage(stub.url, { text }));
    await stub.waitForCalls(1);
    const logged = log.text();
    for (const secret of [
      text,
      'Daan',
      'gmail',
      TEST_USER.name,
      TEST_USER.id,
      TEST_USER.aadObjectId,
      TEST_CONVERSATION.id,
    ])
      expect(logged).not.toContain(secret);
    expect(log.entries()).toContainEqual(
      expect.objectContaining({
        event: 'request',
        path: '/api/messages',
        status: 200,
        activityType: 'message',
      }),
    );
  });

  it('reports ready on /healthz with its checks', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { config: 'ok' } });
  });

  it('refuses a body that is not an activity, too large, or not JSON, without details', async () => {
    const cases: [string, number][] = [
      [JSON.stringify({ text: 'no type' }), 400],
      ['{"type": "message", ', 400],
      [JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }), 413],
    ];
    for (const [body, status] of cases) {
      const response = await fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(status);
      expect(await response.text()).toBe('');
    }
    expect(stub.calls).toHaveLength(0);
  });
});

describe('readiness', () => {
  it('is 503 with the failing check named when the register cannot be reached', async () => {
    const log = captureLog();
    const service = await start({ PRIVACYWACHT_ENV: 'development' }, log, [
      { name: 'register', check: () => Promise.reject(new Error('SQLITE_CANTOPEN')) },
    ]);
    try {
      const response = await fetch(`${service.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        checks: { config: 'ok', register: 'failing' },
      });
    } finally {
      await service.close();
    }
  });
});

describe('the bot service in production mode', () => {
  it('refuses to start without credentials, naming the missing variables', async () => {
    const started = await startService({
      config: exampleConfig(),
      env: {},
      port: 0,
      answer,
      logger: captureLog().logger,
      incidents: { store: createMemoryStore(), settings: exampleConfig().incidents },
    });
    expect(started).toEqual({
      ok: false,
      error: expect.stringContaining('missing: MicrosoftAppId, MicrosoftAppPassword') as unknown,
    });
  });

  describe('with credentials', () => {
    let stub: ConnectorStub;
    let service: RunningService;

    beforeAll(async () => {
      stub = await startConnectorStub();
      service = await start(
        {
          MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
          MicrosoftAppPassword: 'not-a-real-secret',
        },
        captureLog(),
      );
    });
    afterAll(async () => {
      await service.close();
      await stub.close();
    });

    it.each([
      ['no Authorization header', {}],
      ['a garbage bearer token', { authorization: 'Bearer not.a.jwt' }],
      ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ])('answers 401 with an empty body to a request with %s', async (_case, headers) => {
      const response = await postActivity(
        service.url,
        teamsMessage(stub.url, { text: 'help' }),
        headers,
      );
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
      expect(stub.calls).toHaveLength(0);
    });
  });
});

describe('graceful shutdown', () => {
  it('lets a turn in flight finish, then closes the register, then refuses new requests', async () => {
    const stub = await startConnectorStub();
    const closedAfter: number[] = [];
    const service = await start({ PRIVACYWACHT_ENV: 'development' }, captureLog(), [], () => {
      closedAfter.push(stub.calls.length);
    });
    const held = stub.holdNext();
    const inFlight = postActivity(service.url, teamsMessage(stub.url, { text: 'help' }));
    await held.received;
    const closing = service.close();
    held.release();
    const [response] = await Promise.all([inFlight, closing]);
    expect(response.status).toBe(200);
    expect(closedAfter).toEqual([1]);
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
    await stub.close();
  });
});
