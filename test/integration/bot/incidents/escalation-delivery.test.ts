// Escalation with a fake clock across a restart of the service on one SQLite register: each step
// fires once and in order, in the thread and as a personal message, with one audit line each.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ESCALATION_POLICY } from '../../../../bot/incidents/escalation';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { deliverOutbox } from '../../../../bot/incidents/outbox';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { openStore } from '../../../../bot/store/open-store';
import { fakeChannelPoster, type FakePoster } from '../../../helpers/fake-channel-poster';
import { ICT_MEMBER, REPORTER, reportForm } from '../../../helpers/incidents';

const CHANNEL = {
  teamId: 'team-1',
  channelId: '19:ict@thread.tacv2',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant-1',
};
const POLICY = {
  ...DEFAULT_ESCALATION_POLICY,
  privacyOfficerUserIds: ['aad-fg'],
  boardUserIds: ['aad-board'],
};

let tmp: string;
let url: string;
let store: IncidentStore;
let poster: FakePoster;
let now: Date;
const clock = () => now;
const service = () =>
  createIncidentService({
    store,
    clock,
    newId: () => 'inc-1',
    canHandle: (actor) => actor.id === ICT_MEMBER.id,
    organisationName: 'Stichting Kindante',
    retentionDays: 730,
    escalation: POLICY,
  });
/** One worker pass: escalations, then delivery. */
const pass = async () => {
  const queued = await service().runDueEscalations();
  await deliverOutbox({ store, poster, clock });
  return queued;
};
/** The register's escalation audit lines, as "escalation at". */
const escalationsAudited = async () =>
  (await store.listAudit('inc-1'))
    .filter((entry) => entry.action === 'escalated')
    .map((entry) => `${String(entry.detail['escalation'])} ${entry.at}`);
/** What was sent since the last look, as readable lines. */
let seen = 0;
const sent = () => {
  const lines = poster.calls.slice(seen).map((call) => {
    const text = JSON.stringify(call.intent).match(/Escalatie [^"]*/)?.[0] ?? '';
    const to = 'reference' in call ? String(call.reference['user']) : 'thread';
    return `${to}: ${text.slice(0, 40)}`;
  });
  seen = poster.calls.length;
  return lines.filter((line) => line.includes('Escalatie'));
};

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-escalation-'));
  url = `sqlite:${path.join(tmp, 'privacywacht.sqlite')}`;
  store = await openStore({ databaseUrl: url });
  poster = fakeChannelPoster();
  seen = 0;
  now = new Date('2026-03-27T12:00:00.000Z');
  await store.saveChannel(CHANNEL);
  await store.saveConversationReference('aad-fg', { user: 'fg' });
  await store.saveConversationReference('aad-board', { user: 'board' });
  await service().submitReport(reportForm(), REPORTER, 'sub-1');
  await deliverOutbox({ store, poster, clock });
  seen = poster.calls.length;
});
afterEach(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('escalation', () => {
  it('fires each step once, in order, across a restart', async () => {
    // Reported 27 March 12:00Z, discovered 11:00 Amsterdam (10:00Z): deadline 30 March 10:00Z.
    now = new Date('2026-03-27T23:59:00.000Z');
    expect(await pass()).toBe(0);
    now = new Date('2026-03-28T00:00:00.000Z');
    expect(await pass()).toBe(1);
    expect(sent()).toEqual([
      'thread: Escalatie DL-2026-0001: niemand heeft di',
      'fg: Escalatie DL-2026-0001: niemand heeft di',
    ]);
    expect(await pass()).toBe(0);

    // The service restarts: a new store on the same register.
    await store.close();
    store = await openStore({ databaseUrl: url });
    expect(await pass()).toBe(0);
    expect(sent()).toEqual([]);

    now = new Date('2026-03-29T10:00:00.000Z');
    expect(await pass()).toBe(1);
    expect(sent()).toEqual([
      'thread: Escalatie DL-2026-0001: de AP-deadline (',
      'fg: Escalatie DL-2026-0001: de AP-deadline (',
      'board: Escalatie DL-2026-0001: de AP-deadline (',
    ]);

    now = new Date('2026-03-30T10:00:00.000Z');
    expect(await pass()).toBe(1);
    expect(sent()).toHaveLength(3);
    expect(await pass()).toBe(0);

    // Another restart: the audit trail holds each escalation once, in order, by Privacywacht.
    await store.close();
    store = await openStore({ databaseUrl: url });
    expect(await pass()).toBe(0);
    expect(await escalationsAudited()).toEqual([
      'escalate-unassigned 2026-03-28T00:00:00.000Z',
      'escalate-no-decision 2026-03-29T10:00:00.000Z',
      'escalate-overdue 2026-03-30T10:00:00.000Z',
    ]);
    const actors = (await store.listAudit('inc-1'))
      .filter((entry) => entry.action === 'escalated')
      .map((entry) => entry.actor.id);
    expect(new Set(actors)).toEqual(new Set(['privacywacht']));
  });

  it('stops once the AP decision is recorded', async () => {
    await service().act('inc-1', { verb: 'take' }, ICT_MEMBER);
    await service().act(
      'inc-1',
      { verb: 'decideNotNotifiable', reason: 'Versleuteld.' },
      ICT_MEMBER,
    );
    now = new Date('2026-03-31T12:00:00.000Z');
    expect(await pass()).toBe(0);
    expect(sent()).toEqual([]);
    expect(await escalationsAudited()).toEqual([]);
  });

  it('marks a personal message failed when the person never opened the bot', async () => {
    await store.saveConversationReference('aad-fg', {});
    const other = createIncidentService({
      store,
      clock,
      newId: () => 'inc-2',
      canHandle: () => true,
      organisationName: 'Stichting Kindante',
      retentionDays: 730,
      escalation: { ...POLICY, privacyOfficerUserIds: ['aad-unknown'] },
    });
    now = new Date('2026-03-28T00:00:00.000Z');
    expect(await other.runDueEscalations()).toBe(1);
    await deliverOutbox({ store, poster, clock });
    const failed = (await store.listOutbox('inc-1')).filter((item) => item.state === 'failed');
    expect(failed.map((item) => item.lastError)).toEqual(['no-conversation-reference']);
  });
});
