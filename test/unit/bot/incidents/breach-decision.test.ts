import {
  decideBreach,
  parseBreachDecisionInput,
  type BreachDecisionInput,
} from '../../../../bot/incidents/breach-decision';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

const NOW = new Date('2026-03-27T12:00:00.000Z');
// A lost phone with pupil files, unencrypted: severity hoog, so both suggestions say yes.
const incident = makeIncident();
const input = (overrides: Partial<BreachDecisionInput> = {}): BreachDecisionInput => ({
  answers: {},
  notifyAp: true,
  informSubjects: true,
  notifyApReason: '',
  informSubjectsReason: '',
  ...overrides,
});

describe('decideBreach', () => {
  it('records a decision that follows both suggestions without asking for reasons', () => {
    const result = decideBreach(incident, undefined, input(), ICT_MEMBER, NOW);
    expect(result).toMatchObject({
      ok: true,
      decision: {
        level: 'hoog',
        suggestion: { notifyAp: true, informSubjects: true },
        notifyAp: true,
        informSubjects: true,
        decidedAt: NOW.toISOString(),
        decider: ICT_MEMBER,
      },
    });
    if (result.ok) expect(result.decision.notifyApReason).toBeUndefined();
  });

  it('asks for a one-line reason when the decision goes against a suggestion', () => {
    const result = decideBreach(
      incident,
      undefined,
      input({ informSubjects: false }),
      ICT_MEMBER,
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          nl: 'Je besluit over het informeren van de betrokkenen wijkt af van de suggestie: geef in één regel de reden.',
          en: 'Your decision on informing the people concerned differs from the suggestion: give the reason in one line.',
        },
      ],
    });
  });

  it('keeps the reason for going against a suggestion on one line', () => {
    const result = decideBreach(
      incident,
      undefined,
      input({
        informSubjects: false,
        informSubjectsReason: 'Telefoon had\nschermvergrendeling;  op afstand gewist.',
      }),
      ICT_MEMBER,
      NOW,
    );
    expect(result.ok && result.decision.informSubjectsReason).toBe(
      'Telefoon had schermvergrendeling; op afstand gewist.',
    );
  });

  it('refuses a reason longer than one line of 200 characters', () => {
    const result = decideBreach(
      incident,
      undefined,
      input({ notifyAp: false, notifyApReason: 'x'.repeat(201) }),
      ICT_MEMBER,
      NOW,
    );
    expect(result.ok).toBe(false);
  });

  it("suggests from the assessor's answers: encryption confirmed makes it laag", () => {
    const result = decideBreach(
      incident,
      undefined,
      input({
        answers: { identification: 0.25, confidentiality: 'none' },
        notifyAp: false,
        informSubjects: false,
      }),
      ICT_MEMBER,
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      decision: { level: 'laag', suggestion: { notifyAp: false, informSubjects: false } },
    });
    if (result.ok) expect(result.decision.sources.identification).toBe('assessor');
  });
});

describe('parseBreachDecisionInput', () => {
  it('reads the card’s fields and leaves unknown answers to the pre-fill', () => {
    expect(
      parseBreachDecisionInput({
        severityContext: '4',
        severityIdentification: '0.75',
        severityConfidentiality: 'made-up',
        severityMalicious: 'yes',
        notifyAp: 'yes',
        informSubjects: 'no',
        informSubjectsReason: ' Alleen bekende ontvanger. ',
      }),
    ).toEqual({
      answers: { context: 4, identification: 0.75, isMalicious: true },
      notifyAp: true,
      informSubjects: false,
      notifyApReason: '',
      informSubjectsReason: 'Alleen bekende ontvanger.',
    });
  });

  it('gives nothing without both yes/no choices', () => {
    expect(parseBreachDecisionInput({ notifyAp: 'yes' })).toBeUndefined();
  });
});
