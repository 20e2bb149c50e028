// "Bedoel je" buttons through the Bot Framework protocol: the real service on an ephemeral port, an
// unsure answer's card received by the local connector stub, and a press of one of its buttons
// (the Action.Submit a Teams client posts back) answered with that entry. Also a two-part answer.
import { createAnswerer } from '../../../../bot/qa/answerer';
import { startService, type RunningService } from '../../../../bot/server/start-service';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { captureLog } from '../../../helpers/log-capture';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { postActivity, teamsMessage } from '../../../helpers/teams-activity';
import { kindanteKnowledge } from '../../../helpers/knowledge';

const parsed = parseConfig(EXAMPLE_CONFIG);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const config = parsed.config;

interface Submit {
  type: string;
  title: string;
  data: Record<string, unknown>;
}

function submitsOf(card: unknown): Submit[] {
  const found: Submit[] = [];
  JSON.stringify(card, (key, value: unknown) => {
    const each = value as Submit | null;
    if (each && typeof each === 'object' && each.type === 'Action.Submit') found.push(each);
    return value;
  });
  return found;
}

describe('"Bedoel je" buttons over the Bot Framework protocol', () => {
  let stub: ConnectorStub;
  let service: RunningService;
  const log = captureLog();

  beforeAll(async () => {
    stub = await startConnectorStub();
    const started = await startService({
      config,
      env: { PRIVACYWACHT_ENV: 'development' },
      port: 0,
      host: '127.0.0.1',
      answer: createAnswerer(config, kindanteKnowledge()),
      logger: log.logger,
      readiness: [],
      retry: { retries: 0 },
      incidents: { store: createMemoryStore(), settings: config.incidents },
    });
    if (!started.ok) throw new Error(started.error);
    service = started.service;
  });
  afterAll(async () => {
    await service.close();
    await stub.close();
  });
  beforeEach(() => stub.calls.splice(0));

  it('offers other entries on an unsure answer, and a pressed button answers that entry', async () => {
    await postActivity(
      service.url,
      teamsMessage(stub.url, {
        text: 'Bij ons op school hangen de wachtwoorden van het digibord op een briefje naast het bureau. Kinderen kunnen het lezen. Mag dat?',
      }),
    );
    await stub.waitForCalls(1);
    const [card] = stub.cards();
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Bedoel je:');
    const picks = submitsOf(card).filter((action) => action.data['action'] === 'ask-entry');
    expect(picks.length).toBeGreaterThanOrEqual(2);
    const picked = picks[0] as Submit;

    stub.calls.splice(0);
    // Teams posts an Action.Submit back as a message whose value is the button's data.
    const response = await postActivity(
      service.url,
      teamsMessage(stub.url, { value: picked.data }),
    );
    expect(response.status).toBe(200);
    await stub.waitForCalls(1);
    const [answerCard] = stub.cards();
    expect(adaptiveCardErrors(answerCard)).toEqual([]);
    const text = JSON.stringify(answerCard);
    expect(text).toContain(picked.title);
    expect(text).toContain('"Bron: ');
    expect(text).toContain(`"entryId":"${String(picked.data['entryId'])}"`);
    expect(text).not.toContain('Bedoel je:');
  });

  it('answers a two-part question with two sections on one card', async () => {
    await postActivity(
      service.url,
      teamsMessage(stub.url, { text: 'Wie mag een ESIS-account aanvragen en wie maakt het aan?' }),
    );
    await stub.waitForCalls(1);
    const text = JSON.stringify(stub.cards());
    expect(text.match(/"Bron: /g)).toHaveLength(2);
  });

  it('declines an out-of-scope question without buttons to pick from', async () => {
    await postActivity(
      service.url,
      teamsMessage(stub.url, { text: 'hoeveel vakantiedagen heb ik dit jaar nog?' }),
    );
    await stub.waitForCalls(1);
    const [card] = stub.cards();
    expect(JSON.stringify(card)).toContain('Ik beantwoord alleen vragen over het privacy');
    expect(submitsOf(card).map((action) => action.data['action'])).toEqual(['send-text']);
  });
});
