import {
  buildApDraft,
  buildApFollowUpDraft,
  formatApDraft,
  TO_FILL_IN,
} from '../../../../bot/incidents/ap-draft';
import {
  countMarks,
  type AnswerMark,
  type ApDraft,
} from '../../../../shared/incidents/ap-draft-marks';
import { decideBreach, type BreachDecision } from '../../../../bot/incidents/breach-decision';
import type { Incident } from '../../../../bot/incidents/incident';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

describe('the AP notification draft', () => {
  const incident = makeIncident({
    status: 'subjects-decided',
    assignee: ICT_MEMBER,
    dataKinds: ['names-addresses', 'bsn'],
    subjectsDecision: { informed: true, explanation: 'Brief aan ouders op 31 maart.' },
  });
  const answers = new Map(
    buildApDraft(incident, 'Stichting Kindante').sections.flatMap((section) =>
      section.answers.map(({ question, answer }) => [question, answer] as const),
    ),
  );

  it('answers the form from the register entry', () => {
    expect(answers.get('Organisatie')).toBe('Stichting Kindante');
    expect(answers.get('Naam contactpersoon')).toBe('Ed van ICT');
    expect(answers.get('Wanneer is het ontdekt?')).toBe('vr 27 mrt 2026, 11:00');
    expect(answers.get('Om welke soorten persoonsgegevens gaat het?')).toBe(
      'NAW-gegevens; Burgerservicenummer (BSN)',
    );
    expect(answers.get('Aantal betrokkenen (minimaal–maximaal)')).toContain('28–28');
    expect(answers.get('Groepen betrokkenen')).toBe(
      'Leerlingen, Ouders, minderjarigen (leerlingen)',
    );
    expect(answers.get('Waren de gegevens versleuteld of onbegrijpelijk gemaakt?')).toBe('Nee');
    expect(answers.get('Zijn de betrokkenen geïnformeerd?')).toBe(
      'Ja: Brief aan ouders op 31 maart.',
    );
  });

  it('marks what the register cannot know instead of guessing', () => {
    expect(answers.get('Functie en telefoonnummer')).toBe(TO_FILL_IN);
    expect(answers.get('Aantal records')).toBe(TO_FILL_IN);
    expect(answers.get('Welke gevolgen kan het lek hebben voor de betrokkenen?')).toContain(
      'bsn of onderwijsnummer',
    );
  });

  it('prints as text to paste, one answer per line', () => {
    const text = formatApDraft(buildApDraft(incident, 'Stichting Kindante'));
    expect(text.startsWith('Concept AP-melding DL-2026-0001\n')).toBe(true);
    expect(text).toContain(
      '\n2. Tijdlijn\n- Wanneer is het datalek ontstaan? vr 27 mrt 2026, 09:00\n',
    );
  });
});

describe('where each AP draft answer came from', () => {
  const marksOf = (draft: ApDraft) =>
    new Map(
      draft.sections.flatMap((section) =>
        section.answers.map(({ question, mark }) => [question, mark] as const),
      ),
    );
  const decision = (incident: Incident): BreachDecision => {
    const result = decideBreach(
      incident,
      undefined,
      {
        answers: {},
        notifyAp: true,
        informSubjects: true,
        notifyApReason: '',
        informSubjectsReason: '',
      },
      ICT_MEMBER,
      new Date('2026-03-28T09:00:00.000Z'),
    );
    if (!result.ok) throw new Error('decision refused');
    return result.decision;
  };

  it.each<[string, Partial<Incident>, string, AnswerMark]>([
    ['the reporter typed the summary', {}, 'Samenvatting en oorzaak', 'recorded'],
    ['the reporter gave the discovery time', {}, 'Wanneer is het ontdekt?', 'recorded'],
    [
      'the reporter ticked the data kinds',
      {},
      'Om welke soorten persoonsgegevens gaat het?',
      'recorded',
    ],
    ['the organisation comes from the config', {}, 'Organisatie', 'derived'],
    ['the nature is worded from the incident kind', {}, 'Wat is er gebeurd?', 'derived'],
    [
      'the contact is the assignee in the register',
      { assignee: ICT_MEMBER },
      'Naam contactpersoon',
      'derived',
    ],
    ['nobody took it on: no contact yet', {}, 'Naam contactpersoon', 'missing'],
    ['the register never knows the phone number', {}, 'Functie en telefoonnummer', 'missing'],
    ['the number of records is never known', {}, 'Aantal records', 'missing'],
    [
      'the reporter did not know about encryption',
      { encrypted: 'unknown' },
      'Waren de gegevens versleuteld of onbegrijpelijk gemaakt?',
      'missing',
    ],
    [
      'the reporter said it was not encrypted',
      { encrypted: 'no' },
      'Waren de gegevens versleuteld of onbegrijpelijk gemaakt?',
      'recorded',
    ],
    [
      'without an assessment the consequences are open',
      {},
      'Welke gevolgen kan het lek hebben voor de betrokkenen?',
      'missing',
    ],
    ['an open incident may still be going on', {}, 'Duurt het datalek nog voort?', 'missing'],
    [
      'a closed incident is over',
      { status: 'closed', closedAt: '2026-04-02T10:00:00.000Z' },
      'Duurt het datalek nog voort?',
      'derived',
    ],
    ['no measures typed yet', { measuresTaken: '' }, 'Welke maatregelen zijn genomen?', 'missing'],
  ])('marks the answer when %s', (_name, changes, question, expected) => {
    expect(marksOf(buildApDraft(makeIncident(changes), 'Stichting Kindante')).get(question)).toBe(
      expected,
    );
  });

  it('derives the consequences from the recorded assessment, with its level and factors', () => {
    const incident = makeIncident({ dataKinds: ['special-categories'] });
    const draft = buildApDraft(incident, 'Stichting Kindante', { decision: decision(incident) });
    const consequences = draft.sections
      .flatMap((section) => section.answers)
      .find((answer) => answer.question.startsWith('Welke gevolgen'));
    expect(consequences?.mark).toBe('derived');
    expect(consequences?.answer).toMatch(
      /^Ernst volgens de beoordeling \(ENISA-methode\): zeer hoog\./,
    );
    expect(consequences?.answer).not.toContain(TO_FILL_IN);
  });

  it('leaves the marker to fill in on every missing answer and on no other', () => {
    const draft = buildApDraft(makeIncident(), 'Stichting Kindante');
    for (const answer of draft.sections.flatMap((section) => section.answers))
      expect([answer.question, answer.answer.includes(TO_FILL_IN)]).toEqual([
        answer.question,
        answer.mark === 'missing',
      ]);
    expect(countMarks(draft)).toEqual({ recorded: 8, derived: 3, missing: 6 });
  });

  it('asks why the notice is late once the deadline has passed without one', () => {
    const incident = makeIncident();
    const question = 'Waarom is de melding later dan 72 uur na de ontdekking gedaan?';
    const before = buildApDraft(incident, 'K', { now: new Date('2026-03-30T09:59:00.000Z') });
    expect(marksOf(before).has(question)).toBe(false);
    const after = buildApDraft(incident, 'K', { now: new Date('2026-03-30T10:01:00.000Z') });
    expect(marksOf(after).get(question)).toBe('missing');
  });

  it('shows the recorded reason for a late notice, and asks nothing for one in time', () => {
    const question = 'Waarom is de melding later dan 72 uur na de ontdekking gedaan?';
    const late = makeIncident({
      status: 'notified-ap',
      apNotification: {
        reference: 'M-1',
        notifiedAt: '2026-03-30T12:00:00.000Z',
        lateReason: 'Het lek werd pas na het weekend aan ICT gemeld.',
      },
    });
    const answer = buildApDraft(late, 'K')
      .sections.flatMap((section) => section.answers)
      .find((item) => item.question === question);
    expect(answer).toEqual({
      question,
      answer: 'Het lek werd pas na het weekend aan ICT gemeld.',
      mark: 'recorded',
    });
    const inTime = makeIncident({
      status: 'notified-ap',
      apNotification: { reference: 'M-1', notifiedAt: '2026-03-29T12:00:00.000Z' },
    });
    expect(
      marksOf(buildApDraft(inTime, 'K', { now: new Date('2026-04-05T00:00:00.000Z') })).has(
        question,
      ),
    ).toBe(false);
  });
});

describe('the follow-up notice (vervolgmelding)', () => {
  it('is only there once the AP was notified', () => {
    expect(buildApFollowUpDraft(makeIncident(), 'Stichting Kindante')).toBeUndefined();
  });

  it("names the AP's reference and carries what is known now, marked", () => {
    const incident = makeIncident({
      status: 'subjects-decided',
      assignee: ICT_MEMBER,
      apNotification: { reference: 'M-2026-12345', notifiedAt: '2026-03-28T08:00:00.000Z' },
      subjectsDecision: { informed: true, explanation: 'Brief aan ouders op 31 maart.' },
    });
    const draft = buildApFollowUpDraft(incident, 'Stichting Kindante');
    expect(draft?.kind).toBe('follow-up');
    const answers = new Map(
      draft?.sections.flatMap((section) =>
        section.answers.map((answer) => [answer.question, answer] as const),
      ),
    );
    expect(answers.get('Meldnummer van de AP')).toEqual({
      question: 'Meldnummer van de AP',
      answer: 'M-2026-12345',
      mark: 'recorded',
    });
    expect(answers.get('Zijn de betrokkenen geïnformeerd?')?.answer).toBe(
      'Ja: Brief aan ouders op 31 maart.',
    );
    expect(answers.get('Wat is er sinds de eerste melding veranderd?')?.mark).toBe('missing');
    expect(formatApDraft(draft!)).toMatch(/^Concept vervolgmelding AP DL-2026-0001\n/);
  });
});
