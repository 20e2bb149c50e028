import { INCIDENT_DECIDE_BREACH_VERB } from '../../../../bot/incidents/action-verbs';
import { buildIncidentCard } from '../../../../bot/cards/incident-card';
import { respondToCardAction } from '../../../../bot/incidents/incident-invoke';
import { incidentCardFor } from '../../../../bot/teams/incident-cards';
import { createIncidentService } from '../../../../bot/incidents/incident-service';
import { incidentCardView } from '../../../../bot/incidents/incident-view';
import type { IncidentStore } from '../../../../bot/store/incident-store';
import { createMemoryStore } from '../../../../bot/store/memory-store';
import { ICT_MEMBER, makeIncident, REPORTER, reportForm } from '../../../helpers/incidents';

const NOW = new Date('2026-03-27T12:00:00.000Z');

/** All text a person reads on the card, in order. */
function readCard(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      // A RichTextBlock reads as one line: "Label: value".
      if (record['type'] === 'RichTextBlock' && Array.isArray(record['inlines'])) {
        texts.push((record['inlines'] as { text: string }[]).map((run) => run.text).join(''));
        return;
      }
      for (const key of ['text', 'title', 'label']) {
        const value = record[key];
        if (typeof value === 'string') texts.push(value);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return texts.join('\n');
}

describe('the ICT card’s assessment', () => {
  it('shows the provisional level, what drove it and both suggestions', () => {
    const view = incidentCardView(makeIncident(), NOW);
    const text = readCard(buildIncidentCard(view, { language: 'nl', canAct: true }));
    expect(text).toContain('hoog (voorlopig, uit de melding)');
    expect(text).toContain('Soort gegevens: een leerlingdossier');
    expect(text).toContain('Melden bij de AP — De ernst is hoog');
    expect(text).toContain('Betrokkenen informeren — De ernst is hoog');
    expect(text).toContain('Ernst en besluit');
  });

  it('shows it in English for an English card', () => {
    const view = incidentCardView(makeIncident(), NOW);
    const text = readCard(buildIncidentCard(view, { language: 'en', canAct: true }));
    expect(text).toContain('high (provisional, from the report)');
    expect(text).toContain('Notify the AP — Severity is high');
  });

  it('asks only what the report left open', () => {
    const view = incidentCardView(makeIncident(), NOW);
    const text = readCard(buildIncidentCard(view, { language: 'nl', canAct: true }));
    expect(text).toContain(
      'Nog te controleren: Zijn de gegevens nog beschikbaar (is er een kopie)?',
    );
  });

  it('offers the assessment until the incident is closed', () => {
    for (const status of ['new', 'in-progress', 'notified-ap', 'closed'] as const) {
      const view = incidentCardView(makeIncident({ status }), NOW);
      const card = JSON.stringify(buildIncidentCard(view, { language: 'nl', canAct: true }));
      expect([status, card.includes(INCIDENT_DECIDE_BREACH_VERB)]).toEqual([
        status,
        status !== 'closed',
      ]);
    }
  });

  it('keeps the assessment off the view of someone who does not handle breaches', () => {
    const view = incidentCardView(makeIncident(), NOW);
    const text = readCard(buildIncidentCard(view, { language: 'nl', canAct: false }));
    expect(text).not.toContain('Ernst');
  });
});

describe('deciding from the card', () => {
  let store: IncidentStore;
  const service = () =>
    createIncidentService({
      store,
      clock: () => NOW,
      newId: () => 'inc-1',
      canHandle: (actor) => actor.id === ICT_MEMBER.id,
      organisationName: 'Stichting Kindante',
      retentionDays: 730,
    });
  const decide = (data: Record<string, unknown>, actor = ICT_MEMBER) =>
    respondToCardAction(service(), {
      verb: INCIDENT_DECIDE_BREACH_VERB,
      data: { incidentId: 'inc-1', ...data },
      actor,
      language: 'nl',
    });

  beforeEach(async () => {
    store = createMemoryStore();
    await respondToCardAction(service(), {
      verb: 'datalek.submit',
      data: { ...reportForm(), submissionId: 's1' },
      actor: REPORTER,
      language: 'nl',
    });
  });

  it('shows the decision with the reason for going against the suggestion', async () => {
    const outcome = await decide({
      notifyAp: 'yes',
      informSubjects: 'no',
      informSubjectsReason: 'Telefoon op afstand gewist binnen een uur.',
    });
    expect(outcome.kind).toBe('card');
    const text = readCard(outcome.kind === 'card' ? incidentCardFor(outcome.intent) : outcome);
    expect(text).toContain(
      'Besluit: Melden bij de AP; Betrokkenen niet informeren (door Ed van ICT',
    );
    expect(text).toContain(
      'Reden afwijking betrokkenen: Telefoon op afstand gewist binnen een uur.',
    );
    expect(text).not.toContain('voorlopig');
    const [decision] = await store.listBreachDecisions('inc-1');
    expect(decision).toMatchObject({ notifyAp: true, informSubjects: false });
    const audit = await store.listAudit('inc-1');
    expect(audit.at(-1)).toMatchObject({
      action: 'decided-breach',
      detail: { level: 'hoog', isAgainstSuggestion: true },
    });
  });

  it('says what is missing instead of storing a decision against the suggestion without reason', async () => {
    const outcome = await decide({ notifyAp: 'no', informSubjects: 'yes' });
    expect(outcome).toEqual({
      kind: 'message',
      text: 'Je besluit over de AP-melding wijkt af van de suggestie: geef in één regel de reden.',
    });
    expect(await store.listBreachDecisions('inc-1')).toEqual([]);
  });

  it('refuses someone outside the ICT domain', async () => {
    const outcome = await decide({ notifyAp: 'yes', informSubjects: 'yes' }, REPORTER);
    expect(outcome).toEqual({
      kind: 'message',
      text: 'Alleen het domein ICT kan meldingen behandelen.',
    });
  });
});
