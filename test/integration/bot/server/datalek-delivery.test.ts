// Breach posts when Teams is not there yet, throttles or fails: the report is in the register
// first, the outbox retries (honouring Retry-After) until the post is there, and nothing is posted
// twice. The real service, a SQLite register and the Bot Connector stub, with a clock the test moves.
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import {
  eventually,
  invokeBody,
  startDatalekService,
  submissionIdOf,
  type DatalekService,
} from '../../../helpers/datalek-service';
import { reportForm } from '../../../helpers/incidents';
import {
  ICT_CHANNEL_ID,
  ICT_TEAM_ID,
  ICT_USER,
  OTHER_USER,
  TEST_CONVERSATION,
  postActivity,
  teamsCardAction,
  teamsChannelMessage,
  teamsMessage,
} from '../../../helpers/teams-activity';

const FORM = reportForm({
  occurredDate: '2026-11-20',
  occurredTime: '09:00',
  discoveredDate: '2026-11-20',
  discoveredTime: '10:30',
});

describe('breach posts when the Bot Connector is not there, throttles or fails', () => {
  let stub: ConnectorStub;
  let datalek: DatalekService;
  let incidentId = '';

  beforeAll(async () => {
    stub = await startConnectorStub();
    stub.setTeamMembers(ICT_TEAM_ID, [ICT_USER]);
    datalek = await startDatalekService(stub, { channelConfigured: false });
  });
  afterAll(async () => {
    await datalek?.close();
    await stub?.close();
  });

  const callsOf = (kind: string) => stub.calls.filter((call) => call.kind === kind);
  const statusesOf = (prefix: string) =>
    stub.requests.filter((line) => line.startsWith(prefix)).map((line) => line.split(' ').at(-1));
  /** The worker's passes that did something, as it logs them (counts only). */
  const passes = () =>
    datalek.log.entries().filter((entry) => entry['event'] === 'incident-outbox');
  const nextPass = async (after: number) =>
    eventually(() => (passes().length > after ? passes()[after] : undefined));
  const deliverNow = async () => {
    const before = passes().length;
    datalek.service.bot.incidents.kick();
    return nextPass(before);
  };
  const click = async (verb: string, extra: Record<string, unknown> = {}) =>
    invokeBody(
      await postActivity(
        datalek.service.url,
        teamsCardAction(stub.url, {
          verb,
          data: { incidentId, ...extra },
          from: ICT_USER,
          in: 'channel',
        }),
      ),
    );

  it('keeps a report made before the ICT channel is known, and registers the channel from Teams', async () => {
    await postActivity(datalek.service.url, teamsMessage(stub.url, { text: 'datalek melden' }));
    const [form] = await stub.waitForCalls(1);
    const answer = await invokeBody(
      await postActivity(
        datalek.service.url,
        teamsCardAction(stub.url, {
          verb: 'datalek.submit',
          data: { ...FORM, submissionId: submissionIdOf(form?.body) },
        }),
      ),
    );
    expect(JSON.stringify(answer.value)).toContain('Melding ontvangen');
    const [incident] = await datalek.store.listIncidents();
    incidentId = incident?.id ?? '';
    expect(callsOf('create')).toHaveLength(0);

    const before = stub.calls.length;
    await postActivity(
      datalek.service.url,
      teamsChannelMessage(stub.url, { text: 'registreer datalekkanaal' }),
    );
    const [reply] = (await stub.waitForCalls(before + 1)).slice(before);
    expect(reply?.body['text']).toContain('Dit kanaal ontvangt vanaf nu de datalekmeldingen');
    expect(await datalek.store.getChannel()).toMatchObject({
      teamId: ICT_TEAM_ID,
      channelId: ICT_CHANNEL_ID,
      serviceUrl: stub.url,
      tenantId: TEST_CONVERSATION.tenantId,
    });
  });

  it('refuses to move the incident channel for someone outside the ICT team', async () => {
    const before = stub.calls.length;
    await postActivity(
      datalek.service.url,
      teamsChannelMessage(stub.url, {
        text: 'registreer datalekkanaal',
        from: OTHER_USER,
        teamId: '19:other-team@thread.tacv2',
        channelId: '19:other-general@thread.tacv2',
      }),
    );
    const [reply] = (await stub.waitForCalls(before + 1)).slice(before);
    expect(reply?.body['text']).toContain('Alleen het domein ICT kan het datalekkanaal instellen');
    expect((await datalek.store.getChannel())?.channelId).toBe(ICT_CHANNEL_ID);
  });

  it('posts the thread once after a 429 with Retry-After and two 502s', async () => {
    stub.failNext({ status: 429, headers: { 'retry-after': '7' }, method: 'POST' });
    stub.failNext({ status: 502, method: 'POST' }, 2);
    // The post waited for a channel; its next look is due half a minute later.
    datalek.advance(31_000);
    expect(await deliverNow()).toMatchObject({ sent: 0, retrying: 1 });
    datalek.advance(7_000);
    expect(await deliverNow()).toMatchObject({ sent: 0, retrying: 1 });
    datalek.advance(10 * 60_000);
    expect(await deliverNow()).toMatchObject({ sent: 0, retrying: 1 });
    datalek.advance(10 * 60_000);
    expect(await deliverNow()).toMatchObject({ sent: 1, retrying: 0 });

    expect(statusesOf('POST /v3/conversations ')).toEqual(['429', '502', '502', '201']);
    expect(callsOf('create')).toHaveLength(1);
    const [create] = callsOf('create');
    expect((await datalek.store.getIncident(incidentId))?.channelMessage?.conversationId).toBe(
      create?.conversationId,
    );
  });

  it("updates everyone's card, the thread and the reporter exactly once after 429 and 502", async () => {
    stub.failNext({ status: 429, headers: { 'retry-after': '1' }, method: 'PUT' });
    stub.failNext({ status: 502, method: 'POST' });
    const before = passes().length;
    const answer = await click('incident.take');
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    // update-card throttled, thread step failed, the reporter's notice delivered.
    expect(await nextPass(before)).toMatchObject({ sent: 1, retrying: 2 });
    datalek.advance(60_000);
    expect(await deliverNow()).toMatchObject({ sent: 2, retrying: 0 });

    expect(callsOf('update')).toHaveLength(1);
    const thread = (await datalek.store.getIncident(incidentId))?.channelMessage;
    expect(
      callsOf('reply').filter((call) => call.conversationId === thread?.conversationId),
    ).toEqual([expect.objectContaining({ activityId: thread?.activityId })]);
    expect(callsOf('send')).toHaveLength(1);
    expect(callsOf('send')[0]?.conversationId).toBe(TEST_CONVERSATION.id);
  });

  it('gives up on a card update Teams refuses for good (403), and the incident stays manageable', async () => {
    stub.failNext({ status: 403, method: 'PUT' });
    const before = passes().length;
    const answer = await click('incident.decideNotNotifiable', {
      reason: 'Toestel versleuteld en op afstand gewist.',
    });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(await nextPass(before)).toMatchObject({ failed: 1 });
    const next = await click('incident.decideSubjects', {
      informed: 'no',
      explanation: 'Geen risico.',
    });
    expect(next.type).toBe('application/vnd.microsoft.card.adaptive');
    const register = JSON.parse(
      await datalek.service.bot.incidents.service.exportRegister('json'),
    ) as { audit: { action: string }[] }[];
    expect(register).toHaveLength(1);
    expect(register[0]?.audit.map((step) => step.action)).toEqual([
      'reported',
      'taken',
      'decided-not-notifiable',
      'decided-subjects',
    ]);
  });
});
