// A breach report end to end over HTTP: the reporter's 1:1 chat, the ICT channel's thread and card,
// the handlers' Action.Execute clicks, the reporter's notifications and the register's audit trail,
// with the real service, a SQLite register and the Bot Connector stub.
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
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
  TEST_USER,
  postActivity,
  teamsCardAction,
  teamsMessage,
} from '../../../helpers/teams-activity';

const FORM = reportForm({
  occurredDate: '2026-11-20',
  occurredTime: '09:00',
  discoveredDate: '2026-11-20',
  discoveredTime: '10:30',
});

describe('reporting a data breach in Teams and handling it in the ICT channel', () => {
  let stub: ConnectorStub;
  let datalek: DatalekService;

  beforeAll(async () => {
    stub = await startConnectorStub();
    stub.setTeamMembers(ICT_TEAM_ID, [ICT_USER]);
    datalek = await startDatalekService(stub, { channelConfigured: true });
  });
  afterAll(async () => {
    await datalek?.close();
    await stub?.close();
  });

  const url = () => datalek.service.url;
  const callsOf = (kind: string) => stub.calls.filter((call) => call.kind === kind);
  const openForm = async (): Promise<string> => {
    const before = stub.calls.length;
    await postActivity(url(), teamsMessage(stub.url, { text: 'datalek' }));
    await stub.waitForCalls(before + 1);
    const card = stub.calls[before]?.body['attachments'];
    expect(JSON.stringify(card)).toContain('Wat is er gebeurd?');
    return submissionIdOf(card);
  };
  const submit = async (data: Record<string, unknown>) =>
    invokeBody(
      await postActivity(url(), teamsCardAction(stub.url, { verb: 'datalek.submit', data })),
    );
  const click = async (
    verb: string,
    incidentId: string,
    from: typeof ICT_USER,
    extra: Record<string, unknown> = {},
    trigger: 'manual' | 'automatic' = 'manual',
  ) =>
    invokeBody(
      await postActivity(
        url(),
        teamsCardAction(stub.url, {
          verb,
          data: { incidentId, ...extra },
          from,
          in: 'channel',
          trigger,
        }),
      ),
    );

  let incidentId = '';
  let number = '';
  let thread = { conversationId: '', activityId: '' };

  it('answers a report with a receipt: its number, the AP deadline and advice for the kind', async () => {
    const submissionId = await openForm();
    const answer = await submit({ ...FORM, submissionId });
    expect(answer).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(adaptiveCardErrors(answer.value)).toEqual([]);
    const receipt = JSON.stringify(answer.value);
    number = /DL-2026-\d{4}/.exec(receipt)?.[0] ?? '';
    expect(number).toMatch(/^DL-2026-\d{4}$/);
    expect(receipt).toContain('Uiterste besluit over melden bij de AP');
    expect(receipt).toContain('ma 23 nov 2026, 10:30');
    expect(receipt).toContain('account te blokkeren en het apparaat op afstand te wissen');
    const [incident] = await datalek.store.listIncidents();
    expect(incident).toMatchObject({
      number,
      reporter: { id: TEST_USER.aadObjectId, name: TEST_USER.name },
    });
    incidentId = incident?.id ?? '';
  });

  it('posts the incident as a new thread in the ICT channel and keeps both ids', async () => {
    const [create] = await eventually(() =>
      callsOf('create').length > 0 ? callsOf('create') : undefined,
    );
    expect(create?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: ICT_CHANNEL_ID } },
    });
    const card = JSON.stringify(create?.body['activity']);
    expect(card).toContain(number);
    expect(card).toContain('"verb":"incident.take"');
    const stored = await eventually(
      async () => (await datalek.store.getIncident(incidentId))?.channelMessage,
    );
    expect(stored).toEqual({
      conversationId: create?.conversationId,
      activityId: expect.any(String) as unknown,
    });
    thread = stored;
  });

  it('makes a double submit of the same form one incident', async () => {
    const submissionId = await openForm();
    const first = await submit({ ...FORM, submissionId });
    const second = await submit({ ...FORM, submissionId });
    const numberOf = (body: { value: unknown }) =>
      /DL-2026-\d{4}/.exec(JSON.stringify(body.value))?.[0];
    expect(numberOf(second)).toBe(numberOf(first));
    expect(await datalek.store.listIncidents()).toHaveLength(2);
  });

  it('shows a half-filled form again with what is missing, and stores nothing', async () => {
    const submissionId = await openForm();
    const answer = await submit({ kind: 'lost-device', submissionId });
    const card = JSON.stringify(answer.value);
    expect(card).toContain('Niet alles is goed ingevuld');
    expect(card).toContain('"verb":"datalek.submit"');
    expect(card).toContain(submissionId);
    expect(await datalek.store.listIncidents()).toHaveLength(2);
  });

  it('refuses someone outside the ICT team and leaves the card as it is', async () => {
    const updatesBefore = callsOf('update').length;
    const answer = await click('incident.take', incidentId, OTHER_USER);
    expect(answer).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Alleen het domein ICT kan meldingen behandelen.',
    });
    expect((await datalek.store.getIncident(incidentId))?.status).toBe('new');
    expect(callsOf('update')).toHaveLength(updatesBefore);
  });

  it("lets an ICT member take it on: their card, everyone's card, the thread and the reporter", async () => {
    const before = stub.calls.length;
    const answer = await click('incident.take', incidentId, ICT_USER);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain(ICT_USER.name);
    const calls = (await stub.waitForCalls(before + 3)).slice(before);
    const update = calls.find((call) => call.kind === 'update');
    expect(update).toMatchObject({
      conversationId: thread.conversationId,
      activityId: thread.activityId,
    });
    expect(JSON.stringify(update?.body)).toContain(ICT_USER.name);
    const step = calls.find((call) => call.kind === 'reply');
    expect(step?.conversationId).toBe(thread.conversationId);
    const notice = calls.find((call) => call.kind === 'send');
    expect(notice?.conversationId).toBe(TEST_CONVERSATION.id);
    expect(JSON.stringify(notice?.body)).toContain(`Je melding ${number} heeft een nieuwe status`);
  });

  it('refuses closing before the AP decision, with the reason', async () => {
    const answer = await click('incident.close', incidentId, ICT_USER, { measures: 'Gewist.' });
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(answer.value)).not.toBe('');
    expect((await datalek.store.getIncident(incidentId))?.status).toBe('in-progress');
  });

  it('answers an automatic refresh with the card for that person, without updating the post', async () => {
    const updatesBefore = callsOf('update').length;
    const answer = await click('incident.refresh', incidentId, ICT_USER, {}, 'automatic');
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain(number);
    expect(callsOf('update')).toHaveLength(updatesBefore);
  });

  it('records the decisions and the closing, and the register shows the whole audit trail', async () => {
    for (const [verb, extra] of [
      ['incident.decideNotNotifiable', { reason: 'Toestel versleuteld en op afstand gewist.' }],
      ['incident.decideSubjects', { informed: 'no', explanation: 'Geen risico voor betrokkenen.' }],
      ['incident.close', { measures: 'Toestel gewist, wachtwoorden gewijzigd.' }],
    ] as const) {
      const before = callsOf('update').length;
      const answer = await click(verb, incidentId, ICT_USER, extra);
      expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
      await eventually(() => (callsOf('update').length > before ? true : undefined));
    }
    expect((await datalek.store.getIncident(incidentId))?.status).toBe('closed');
    const register = JSON.parse(
      await datalek.service.bot.incidents.service.exportRegister('json'),
    ) as {
      number: string;
      audit: { actor: { name: string }; action: string }[];
    }[];
    const entry = register.find((item) => item.number === number);
    expect(entry?.audit.map((step) => [step.action, step.actor.name])).toEqual([
      ['reported', TEST_USER.name],
      ['taken', ICT_USER.name],
      ['decided-not-notifiable', ICT_USER.name],
      ['decided-subjects', ICT_USER.name],
      ['closed', ICT_USER.name],
    ]);
  });
});
