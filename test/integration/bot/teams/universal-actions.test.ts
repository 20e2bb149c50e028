// Universal Actions on the incident card, end to end: Teams refreshes the card automatically for
// the ICT team's members (refresh.userIds from the roster), every button has an Action.Submit
// fallback that the bot answers too, and a refresh shows the incident only to those who may see it.
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
  ICT_TEAM_ID,
  ICT_USER,
  OTHER_USER,
  TEST_USER,
  postActivity,
  teamsCardAction,
  teamsChannelMessage,
  teamsMessage,
} from '../../../helpers/teams-activity';

interface Card {
  refresh?: { action: { verb: string; data: { incidentId: string } }; userIds?: string[] };
  actions?: {
    type: string;
    verb?: string;
    fallback?: { type: string; data: Record<string, unknown> };
  }[];
}

jest.setTimeout(30_000);

const FORM = reportForm({
  occurredDate: '2026-11-20',
  occurredTime: '09:00',
  discoveredDate: '2026-11-20',
  discoveredTime: '09:30',
});

describe('the incident card with Universal Actions', () => {
  let stub: ConnectorStub;
  let datalek: DatalekService;
  let card: Card;
  let incidentId: string;

  beforeAll(async () => {
    stub = await startConnectorStub();
    stub.setTeamMembers(ICT_TEAM_ID, [ICT_USER]);
    datalek = await startDatalekService(stub, { channelConfigured: true });
    await postActivity(datalek.service.url, teamsMessage(stub.url, { text: 'datalek melden' }));
    const [form] = await stub.waitForCalls(1);
    await postActivity(
      datalek.service.url,
      teamsCardAction(stub.url, {
        verb: 'datalek.submit',
        data: { ...FORM, submissionId: submissionIdOf(form?.body) },
      }),
    );
    const create = await eventually(
      () => stub.calls.find((call) => call.kind === 'create'),
      15_000,
    );
    const attachments = (create.body['activity'] as { attachments: { content: Card }[] })
      .attachments;
    card = attachments[0]!.content;
    incidentId = card.refresh?.action.data.incidentId ?? '';
  });
  afterAll(async () => {
    await datalek?.close();
    await stub?.close();
  });

  const refreshBy = async (from: typeof TEST_USER) =>
    invokeBody(
      await postActivity(
        datalek.service.url,
        teamsCardAction(stub.url, {
          verb: 'incident.refresh',
          data: { incidentId },
          from,
          in: 'channel',
          trigger: 'automatic',
        }),
      ),
    );

  it("refreshes automatically for the ICT team's members", () => {
    expect(card.refresh?.action.verb).toBe('incident.refresh');
    expect(card.refresh?.userIds).toEqual([ICT_USER.id]);
  });

  it('gives every button an Action.Submit fallback with its verb', () => {
    const buttons = (card.actions ?? []).filter((action) => action.type === 'Action.Execute');
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons)
      expect(button.fallback).toMatchObject({
        type: 'Action.Submit',
        data: { verb: button.verb, incidentId },
      });
  });

  it('shows the full card with buttons to an ICT member', async () => {
    const answer = await refreshBy(ICT_USER);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain('incident.take');
  });

  it('shows the reporter their incident, without buttons', async () => {
    const answer = await refreshBy(TEST_USER);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect((answer.value as Card).actions ?? []).toEqual([]);
  });

  it('tells anyone else only that they cannot see it', async () => {
    const answer = await refreshBy(OTHER_USER);
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.value).toContain('alleen te zien');
    expect(JSON.stringify(answer.value)).not.toMatch(/DL-\d{4}/);
  });

  it('answers a fallback submit from a client without Action.Execute', async () => {
    const take = card.actions?.find((action) => action.verb === 'incident.take');
    const before = stub.calls.length;
    await postActivity(datalek.service.url, {
      ...teamsChannelMessage(stub.url, { text: '', from: ICT_USER }),
      value: take?.fallback?.data,
    });
    const [reply] = (await stub.waitForCalls(before + 1)).slice(before);
    expect(JSON.stringify(reply?.body)).toContain('application/vnd.microsoft.card.adaptive');
    expect((await datalek.store.getIncident(incidentId))?.status).toBe('in-progress');
  });
});
