// The breach assessment and decision through the Bot Framework protocol: a report in the 1:1 chat,
// the ICT card's "Ernst en besluit" form submitted as an Action.Execute, the card everyone sees
// redrawn with the decision, the AP draft with its marks, a late AP notice with its reason and
// the follow-up notice — with the real service, a SQLite register and the Bot Connector stub.
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
  ICT_TEAM_ID,
  ICT_USER,
  OTHER_USER,
  postActivity,
  teamsCardAction,
  teamsMessage,
} from '../../../helpers/teams-activity';

// Discovered Fri 20 Nov 2026 10:30 Amsterdam: the AP deadline is Mon 23 Nov 09:30Z.
const FORM = reportForm({
  kind: 'stolen-device',
  dataKinds: 'names-addresses,results',
  occurredDate: '2026-11-20',
  occurredTime: '09:00',
  discoveredDate: '2026-11-20',
  discoveredTime: '10:30',
});

describe('deciding on a breach from the ICT card', () => {
  let stub: ConnectorStub;
  let datalek: DatalekService;
  let incidentId = '';

  beforeAll(async () => {
    stub = await startConnectorStub();
    stub.setTeamMembers(ICT_TEAM_ID, [ICT_USER]);
    datalek = await startDatalekService(stub, { channelConfigured: true });
    const url = datalek.service.url;
    const before = stub.calls.length;
    await postActivity(url, teamsMessage(stub.url, { text: 'datalek' }));
    await stub.waitForCalls(before + 1);
    const submissionId = submissionIdOf(stub.calls[before]?.body['attachments']);
    await postActivity(
      url,
      teamsCardAction(stub.url, { verb: 'datalek.submit', data: { ...FORM, submissionId } }),
    );
    incidentId = (await datalek.store.listIncidents())[0]?.id ?? '';
    await eventually(async () => (await datalek.store.getIncident(incidentId))?.channelMessage);
  });
  afterAll(async () => {
    await datalek?.close();
    await stub?.close();
  });

  const click = async (verb: string, extra: Record<string, unknown> = {}, from = ICT_USER) =>
    invokeBody(
      await postActivity(
        datalek.service.url,
        teamsCardAction(stub.url, {
          verb,
          data: { incidentId, ...extra },
          from,
          in: 'channel',
          trigger: 'manual',
        }),
      ),
    );
  const texts = (card: unknown) => JSON.stringify(card);

  it('shows the provisional severity and the suggestions on the ICT card', async () => {
    const answer = await click('incident.refresh');
    expect(adaptiveCardErrors(answer.value)).toEqual([]);
    const card = texts(answer.value);
    expect(card).toContain('voorlopig, uit de melding');
    expect(card).toContain('"verb":"incident.decideBreach"');
    expect(card).toContain('"id":"severityContext"');
  });

  it('refuses a decision against the suggestion without a reason, and from outside ICT', async () => {
    const against = await click('incident.decideBreach', { notifyAp: 'no', informSubjects: 'yes' });
    expect(against.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(against.value)).toContain('wijkt af van de suggestie');
    const outsider = await click(
      'incident.decideBreach',
      { notifyAp: 'yes', informSubjects: 'yes' },
      OTHER_USER,
    );
    expect(String(outsider.value)).toContain('Alleen het domein ICT');
    expect(await datalek.store.listBreachDecisions(incidentId)).toEqual([]);
  });

  it('records the assessment and decision, redraws the card for everyone and audits it', async () => {
    const updatesBefore = stub.calls.filter((call) => call.kind === 'update').length;
    const answer = await click('incident.decideBreach', {
      severityAvailability: 'permanent',
      notifyAp: 'yes',
      informSubjects: 'no',
      informSubjectsReason: 'Alleen klassenlijsten met cijfers; met ouders besproken.',
    });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(adaptiveCardErrors(answer.value)).toEqual([]);
    const card = texts(answer.value);
    expect(card).not.toContain('voorlopig');
    expect(card).toContain('Melden bij de AP; Betrokkenen niet informeren');
    expect(card).toContain('Alleen klassenlijsten met cijfers; met ouders besproken.');
    const [decision] = await datalek.store.listBreachDecisions(incidentId);
    expect(decision).toMatchObject({
      notifyAp: true,
      informSubjects: false,
      answers: { availability: 'permanent', isMalicious: true },
      sources: { availability: 'assessor' },
    });
    await eventually(() =>
      stub.calls.filter((call) => call.kind === 'update').length > updatesBefore ? true : undefined,
    );
    const audit = await datalek.store.listAudit(incidentId);
    expect(audit.at(-1)).toMatchObject({
      action: 'decided-breach',
      actor: { id: ICT_USER.aadObjectId },
      detail: { notifyAp: true, informSubjects: false, isAgainstSuggestion: true },
    });
  });

  it('drafts the AP notice with every answer marked, the consequences from the assessment', async () => {
    await click('incident.take');
    const answer = await click('incident.apDraft');
    expect(adaptiveCardErrors(answer.value)).toEqual([]);
    const card = texts(answer.value);
    expect(card).toContain('Concept AP-melding');
    expect(card).toMatch(/\b\d+ vastgelegd \(door een persoon ingevuld\), \d+ afgeleid/);
    expect(card).toContain('Ernst volgens de beoordeling (ENISA-methode)');
    expect(card).toContain('· afgeleid');
    expect(card).toContain('[in te vullen] · ontbreekt');
  });

  it('asks the reason for a notice after the deadline, then offers the follow-up notice', async () => {
    datalek.advance(4 * 24 * 3_600_000);
    const notice = {
      apReference: 'M-2026-4242',
      apNotifiedDate: '2026-11-23',
      apNotifiedTime: '14:00',
    };
    const refused = await click('incident.decideNotifiable', notice);
    expect(String(refused.value)).toContain('reden van de vertraging');
    const accepted = await click('incident.decideNotifiable', {
      ...notice,
      lateReason: 'De diefstal werd pas maandag bij ICT gemeld.',
    });
    expect(accepted.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(texts(accepted.value)).toContain('Reden late melding');
    expect(texts(accepted.value)).toContain('"verb":"incident.apFollowUp"');
    expect((await datalek.store.listAudit(incidentId)).at(-1)?.detail).toMatchObject({
      isLate: true,
    });
    const followUp = await click('incident.apFollowUp');
    const card = texts(followUp.value);
    expect(card).toContain('Concept vervolgmelding AP');
    expect(card).toContain('M-2026-4242 · vastgelegd');
    expect(card).toContain('De diefstal werd pas maandag bij ICT gemeld. · vastgelegd');
  });
});
