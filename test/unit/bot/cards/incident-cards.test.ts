import {
  INCIDENT_AP_DRAFT_VERB,
  INCIDENT_DECIDE_BREACH_VERB,
  INCIDENT_REFRESH_VERB,
  REPORT_SUBMIT_VERB,
} from '../../../../bot/incidents/action-verbs';
import { buildApDraft } from '../../../../bot/incidents/ap-draft';
import type { Incident } from '../../../../bot/incidents/incident';
import { incidentCardView, receiptView } from '../../../../bot/incidents/incident-view';
import { REPORT_FIELDS } from '../../../../bot/incidents/validate-report';
import { buildApDraftCard } from '../../../../bot/cards/incident-ap-draft-card';
import { buildIncidentCard } from '../../../../bot/cards/incident-card';
import { buildStatusNotificationCard } from '../../../../bot/cards/incident-status-card';
import { buildReminderCard, buildStepCard } from '../../../../bot/cards/incident-thread-cards';
import { reminderText } from '../../../../bot/incidents/reminders';
import { buildReceiptCard } from '../../../../bot/cards/receipt-card';
import { buildReportFormCard } from '../../../../bot/cards/report-form-card';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

const NOW = new Date('2026-03-28T10:00:00.000Z');
const EVIL = '[klik hier](https://evil.example) <at>Iedereen</at> **vet**';

/** Every object in the card JSON with the given type. */
function elements(card: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record['type'] === type) found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

const verbsOf = (card: unknown) =>
  elements(card, 'Action.Execute').map((action) => action['verb'] as string);

const evilIncident: Incident = makeIncident({
  description: EVIL,
  measuresTaken: EVIL,
  kind: 'other',
  kindOther: EVIL,
  reporter: { id: 'x', name: EVIL },
});

describe('breach cards', () => {
  const cards = {
    'report form': buildReportFormCard({ language: 'nl', submissionId: 's-1' }),
    'report form with errors': buildReportFormCard({
      language: 'en',
      submissionId: 's-1',
      values: { description: EVIL, affectedCount: '12' },
      errors: [{ field: 'kind', nl: 'Kies wat er is gebeurd.', en: 'Choose what happened.' }],
    }),
    receipt: buildReceiptCard(receiptView(makeIncident()), 'nl'),
    'incident card': buildIncidentCard(incidentCardView(evilIncident, NOW), {
      language: 'nl',
      canAct: true,
      refreshUserIds: ['29:ict'],
    }),
    'closed incident card': buildIncidentCard(
      incidentCardView(makeIncident({ status: 'closed', closingMeasures: EVIL }), NOW),
      { language: 'en', canAct: true },
    ),
    step: buildStepCard('DL-2026-0001', EVIL, 'taken', 'nl'),
    reminder: buildReminderCard(
      reminderText('DL-2026-0001', 'before-12h', { nl: 'ma 30 mrt', en: 'Mon 30 Mar' }),
      'nl',
    ),
    'status notification': buildStatusNotificationCard('DL-2026-0001', 'closed', 'en'),
    'AP draft': buildApDraftCard(buildApDraft(evilIncident, 'Stichting Kindante')),
  };

  it.each(Object.entries(cards))('draws a valid Adaptive Card 1.5: %s', (_name, card) => {
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it.each(Object.entries(cards))(
    'keeps user text out of markdown TextBlocks: %s',
    (_name, card) => {
      for (const block of elements(card, 'TextBlock'))
        expect(String(block['text'])).not.toMatch(/klik hier|Iedereen/);
      for (const run of elements(card, 'TextRun')) {
        expect(String(run['text'])).not.toContain('](https://evil.example)');
        expect(String(run['text'])).not.toContain('<at>');
      }
    },
  );

  it('asks the form fields the report validation reads', () => {
    const ids = elements(cards['report form'], 'Input.Text')
      .concat(
        elements(cards['report form'], 'Input.ChoiceSet'),
        elements(cards['report form'], 'Input.Date'),
        elements(cards['report form'], 'Input.Time'),
        elements(cards['report form'], 'Input.Number'),
      )
      .map((input) => input['id']);
    expect([...ids].sort()).toEqual([...REPORT_FIELDS].sort());
    const [submit] = elements(cards['report form'], 'Action.Execute');
    expect(submit).toMatchObject({ verb: REPORT_SUBMIT_VERB, data: { submissionId: 's-1' } });
  });

  it('shows the refused values again with the message', () => {
    const card = JSON.stringify(cards['report form with errors']);
    expect(card).toContain('Choose what happened.');
    expect(elements(cards['report form with errors'], 'Input.Number')[0]).toMatchObject({
      value: 12,
    });
  });

  it('gives the receipt the number, deadline and advice for the kind', () => {
    const card = JSON.stringify(cards.receipt);
    expect(card).toContain('DL-2026-0001');
    expect(card).toContain('ma 30 mrt 2026, 12:00');
    expect(card).toContain('op afstand te wissen');
    expect(card).toContain('Bijlage 7');
  });

  it.each<[Incident['status'], string[]]>([
    ['new', ['incident.take']],
    ['in-progress', ['incident.take', 'incident.decideNotifiable', 'incident.decideNotNotifiable']],
    ['notified-ap', ['incident.take', 'incident.decideSubjects']],
    ['subjects-decided', ['incident.take', 'incident.close']],
    ['closed', []],
  ])('offers the actions of status %s', (status, expected) => {
    const card = buildIncidentCard(incidentCardView(makeIncident({ status }), NOW), {
      language: 'nl',
      canAct: true,
    });
    // The AP draft and the breach assessment (breach-assessment-card.test.ts) are not status steps.
    const verbs = verbsOf({ ...card, refresh: undefined }).filter(
      (verb) => verb !== INCIDENT_AP_DRAFT_VERB && verb !== INCIDENT_DECIDE_BREACH_VERB,
    );
    expect(verbs).toEqual(expected);
  });

  it('shows no buttons to someone outside the ICT domain, and refreshes per user', () => {
    const card = buildIncidentCard(incidentCardView(makeIncident({ status: 'in-progress' }), NOW), {
      language: 'nl',
      canAct: false,
    });
    expect(card.actions).toBeUndefined();
    expect(card.refresh?.action).toMatchObject({
      verb: INCIDENT_REFRESH_VERB,
      data: { incidentId: 'inc-1' },
    });
  });

  it('shows the time left while the AP decision is open, and the assignee', () => {
    const open = JSON.stringify(cards['incident card']);
    expect(open).toContain('nog 48 u 0 min');
    const taken = buildIncidentCard(
      incidentCardView(makeIncident({ status: 'in-progress', assignee: ICT_MEMBER }), NOW),
      { language: 'nl', canAct: true },
    );
    expect(JSON.stringify(taken)).toContain('Ed van ICT');
    expect(JSON.stringify(cards['closed incident card'])).not.toContain('Time left');
  });
});
