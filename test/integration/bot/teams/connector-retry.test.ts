// The one retry policy against the local Bot Connector fake, through the real CloudAdapter and the
// outbox's poster: each answer Teams can give, and the circuit when the connector is down.
import { DeliveryError } from '../../../../bot/incidents/channel-poster';
import type { ChannelPoster } from '../../../../bot/incidents/channel-poster';
import { incidentCardView } from '../../../../bot/incidents/incident-view';
import { createServicePolicy } from '../../../../bot/server/retry-policy';
import { createBotAdapter } from '../../../../bot/teams/adapter';
import { createBotConnectorPoster } from '../../../../bot/teams/bot-connector-poster';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { makeIncident } from '../../../helpers/incidents';
import { captureLog, type CapturedLog } from '../../../helpers/log-capture';

const CREDENTIALS = {
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: '',
  MicrosoftAppTenantId: '',
  CertificateThumbprint: '',
  CertificatePrivateKey: '',
};
const MESSAGE = { conversationId: '19:ict@thread.tacv2;messageid=1', activityId: '1' };
const VIEW = incidentCardView(makeIncident(), new Date('2026-03-27T12:00:00.000Z'));
const UPDATE = { kind: 'update-card', view: VIEW, language: 'nl' } as const;
const POST = { kind: 'post-incident', view: VIEW, language: 'nl' } as const;

let stub: ConnectorStub;
let log: CapturedLog;
let poster: ChannelPoster;

function channel() {
  return {
    teamId: '19:team',
    channelId: '19:ict@thread.tacv2',
    serviceUrl: stub.url,
    tenantId: 't',
  };
}

beforeEach(async () => {
  stub = await startConnectorStub();
  log = captureLog();
  const policy = createServicePolicy('bot-connector', log.logger, {
    baseDelayMs: 1,
    maxDelayMs: 2_000,
    breakAfter: 4,
  });
  const adapter = createBotAdapter({
    credentials: CREDENTIALS,
    logger: log.logger,
    connectorPolicy: policy,
  });
  poster = createBotConnectorPoster({ access: { adapter, appId: '' }, policy });
});
afterEach(() => stub.close());

const updates = () => stub.requests.filter((line) => line.startsWith('PUT'));
const statuses = () => updates().map((line) => line.split(' ').at(-1));

describe('the Bot Connector retry policy', () => {
  const retried: [string, { status: number | 'reset'; headers?: Record<string, string> }][] = [
    ['429 with Retry-After in seconds', { status: 429, headers: { 'Retry-After': '0' } }],
    ['429 without Retry-After', { status: 429 }],
    ['503 with Retry-After', { status: 503, headers: { 'Retry-After': '0' } }],
    ['502', { status: 502 }],
    ['504', { status: 504 }],
    ['a reset connection', { status: 'reset' }],
  ];
  it.each(retried)('retries a card update after %s', async (_name, failure) => {
    stub.failNext({ ...failure, method: 'PUT' });
    await poster.updateCard(channel(), MESSAGE, UPDATE);
    expect(updates()).toHaveLength(2);
    expect(statuses()[1]).toBe('200');
  });

  it('waits as long as an HTTP-date Retry-After says', async () => {
    // HTTP dates have whole seconds: the next whole second is 0–1 s away.
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);
    stub.failNext({ status: 429, headers: { 'Retry-After': at.toUTCString() }, method: 'PUT' });
    await poster.updateCard(channel(), MESSAGE, UPDATE);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 5);
    const retry = log.entries().find((entry) => entry['event'] === 'retry');
    expect(retry).toMatchObject({ service: 'bot-connector', code: 'http-429' });
    expect(Number(retry?.['delayMs'])).toBeGreaterThan(0);
  });

  const refused: [number, DeliveryError['kind']][] = [
    [400, 'permanent'],
    [401, 'permanent'],
    [403, 'permanent'],
    [404, 'permanent'],
    [503, 'permanent'],
  ];
  it.each(refused)('does not retry %s (without Retry-After)', async (status, kind) => {
    stub.failNext({ status, method: 'PUT' });
    await expect(poster.updateCard(channel(), MESSAGE, UPDATE)).rejects.toMatchObject({
      kind,
      code: `http-${status}`,
    });
    expect(updates()).toHaveLength(1);
  });

  it('leaves a long Retry-After to the outbox', async () => {
    stub.failNext({ status: 429, headers: { 'Retry-After': '30' }, method: 'PUT' });
    await expect(poster.updateCard(channel(), MESSAGE, UPDATE)).rejects.toMatchObject({
      kind: 'throttled',
      retryAfterMs: 30_000,
    });
    expect(updates()).toHaveLength(1);
  });

  it('posts a new thread once, whatever the answer: the outbox decides about another try', async () => {
    stub.failNext({ status: 502, method: 'POST' });
    await expect(poster.createThread(channel(), POST)).rejects.toMatchObject({ kind: 'transient' });
    expect(stub.requests.filter((line) => line.startsWith('POST /v3/conversations'))).toHaveLength(
      1,
    );
  });

  it('stops calling a connector that is down, and says so without content', async () => {
    stub.failNext({ status: 502, method: 'PUT' }, 8);
    await expect(poster.updateCard(channel(), MESSAGE, UPDATE)).rejects.toMatchObject({
      code: 'http-502',
    });
    await expect(poster.updateCard(channel(), MESSAGE, UPDATE)).rejects.toMatchObject({
      code: 'circuit-open',
      kind: 'transient',
    });
    // Four failures open the circuit; the second update never reached the connector.
    expect(updates()).toHaveLength(4);
    expect(log.entries()).toContainEqual(
      expect.objectContaining({
        event: 'circuit-open',
        service: 'bot-connector',
        code: 'http-502',
      }),
    );
    expect(log.text()).not.toContain('AdaptiveCard');
  });
});
