// The cards of issue 18's later parts: the AP draft with its marks, the follow-up notice, the
// letter card, and on the incident card the other authorities, the late reason and the new actions.
import { buildApDraftCard } from '../../../../bot/cards/incident-ap-draft-card';
import { buildIncidentCard } from '../../../../bot/cards/incident-card';
import {
  INCIDENT_AP_FOLLOW_UP_VERB,
  INCIDENT_DELETION_REQUEST_VERB,
} from '../../../../bot/incidents/action-verbs';
import { buildLetterCard } from '../../../../bot/cards/letter-card';
import { buildApDraft, buildApFollowUpDraft } from '../../../../bot/incidents/ap-draft';
import { authoritiesFromConfig } from '../../../../bot/incidents/authorities';
import { incidentCardView } from '../../../../bot/incidents/incident-view';
import { draftDeletionRequest } from '../../../../shared/incidents/deletion-request';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

const NOW = new Date('2026-03-31T10:00:00.000Z');
const EVIL = '[klik hier](https://evil.example) <at>Iedereen</at>';
const AUTHORITIES = authoritiesFromConfig([
  {
    id: 'inspectie',
    name: 'Inspectie van het Onderwijs',
    dataKinds: ['results'],
    incidentKinds: [],
  },
  { id: 'politie', name: 'Politie', dataKinds: [], incidentKinds: ['stolen-device'] },
]);
const notified = makeIncident({
  kind: 'stolen-device',
  status: 'notified-ap',
  assignee: ICT_MEMBER,
  dataKinds: ['results'],
  apNotification: {
    reference: 'M-2026-1',
    notifiedAt: '2026-03-30T12:00:00.000Z',
    lateReason: EVIL,
  },
  authoritiesInformed: [
    { authorityId: 'politie', informedAt: '2026-03-27T13:00:00.000Z', by: ICT_MEMBER },
  ],
});

const texts = (card: unknown): string[] => {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['text'] === 'string') found.push(record['text']);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
};
const executes = (card: unknown): Record<string, unknown>[] => {
  const found: Record<string, unknown>[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record['type'] === 'Action.Execute') found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
};

describe('the AP draft card', () => {
  it('marks every answer and counts the marks', () => {
    const card = buildApDraftCard(buildApDraft(makeIncident(), 'Stichting Kindante'));
    expect(adaptiveCardErrors(card)).toEqual([]);
    const all = texts(card);
    expect(all).toContain(
      '8 vastgelegd (door een persoon ingevuld), 3 afgeleid (uit register of beoordeling), 6 ontbreekt.',
    );
    expect(all).toContain('Stichting Kindante · afgeleid');
    expect(all).toContain('[in te vullen] · ontbreekt');
    expect(all.some((text) => text.endsWith(' · vastgelegd'))).toBe(true);
  });

  it('draws the follow-up notice with its own title', () => {
    const draft = buildApFollowUpDraft(notified, 'Stichting Kindante', { now: NOW });
    const card = buildApDraftCard(draft!);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(texts(card)).toContain('Concept vervolgmelding AP DL-2026-0001');
    expect(texts(card)).toContain('M-2026-1 · vastgelegd');
  });
});

describe('the incident card', () => {
  const card = buildIncidentCard(incidentCardView(notified, NOW, undefined, AUTHORITIES), {
    language: 'nl',
    canAct: true,
  });

  it('is valid and keeps the late reason as plain text', () => {
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(texts(card).some((text) => text.includes('](https://evil.example)'))).toBe(false);
    expect(texts(card)).toContain('Reden late melding: ');
  });

  it('lists the authorities that apply, and a button only for the one not yet informed', () => {
    const all = texts(card);
    expect(all).toContain('Ook informeren');
    expect(all.find((text) => text.startsWith('vanwege resultaten'))).toBe(
      'vanwege resultaten en toetsen; nog niet vastgelegd',
    );
    expect(all.find((text) => text.startsWith('vanwege apparaat'))).toBe(
      'vanwege apparaat gestolen; geïnformeerd op vr 27 mrt 2026, 14:00 door Ed van ICT',
    );
    const inform = executes(card).filter((action) => action['verb'] === 'incident.informAuthority');
    expect(inform.map((action) => action['title'])).toEqual([
      'Geïnformeerd: Inspectie van het Onderwijs',
    ]);
    expect(JSON.stringify(card)).toContain('"authorityId":"inspectie"');
  });

  it('offers the follow-up notice once notified, and the deletion request for a misdirected mail', () => {
    const verbs = executes(card).map((action) => action['verb']);
    expect(verbs).toContain(INCIDENT_AP_FOLLOW_UP_VERB);
    expect(verbs).not.toContain(INCIDENT_DELETION_REQUEST_VERB);
    const mail = buildIncidentCard(
      incidentCardView(makeIncident({ kind: 'wrong-recipient', status: 'in-progress' }), NOW),
      { language: 'en', canAct: true },
    );
    const mailVerbs = executes(mail).map((action) => action['verb']);
    expect(mailVerbs).toContain(INCIDENT_DELETION_REQUEST_VERB);
    expect(mailVerbs).not.toContain(INCIDENT_AP_FOLLOW_UP_VERB);
    // Teams shows at most six actions at the card's foot.
    expect(mail.actions?.length ?? 0).toBeLessThanOrEqual(6);
  });

  it('asks the reason for a late notice in the AP form', () => {
    const open = buildIncidentCard(
      incidentCardView(makeIncident({ status: 'in-progress', assignee: ICT_MEMBER }), NOW),
      { language: 'nl', canAct: true },
    );
    expect(JSON.stringify(open)).toContain('"id":"lateReason"');
  });

  it('shows nobody outside ICT the authorities', () => {
    const viewer = buildIncidentCard(incidentCardView(notified, NOW, undefined, AUTHORITIES), {
      language: 'nl',
      canAct: false,
    });
    expect(texts(viewer)).not.toContain('Ook informeren');
  });
});

describe('the letter card', () => {
  it('shows the deletion request in Dutch and English and says it is never sent', () => {
    const card = buildLetterCard(
      draftDeletionRequest(makeIncident({ kind: 'wrong-recipient' }), 'Stichting Kindante'),
      'nl',
    );
    expect(adaptiveCardErrors(card)).toEqual([]);
    const all = texts(card).join('\n');
    expect(all).toContain('Privacywacht verstuurt niets');
    expect(all).toContain('Beste ontvanger,');
    expect(all).toContain('Dear recipient,');
  });
});
