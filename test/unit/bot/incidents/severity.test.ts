import {
  applyAnswers,
  assessSeverity,
  prefillAssessment,
  severityLevel,
  type SeverityLevel,
} from '../../../../bot/incidents/severity';
import type { IncidentReport } from '../../../../bot/incidents/report';

type Situation = Pick<IncidentReport, 'kind' | 'dataKinds' | 'subjectGroups' | 'encrypted'>;

// The situations the policy (ch. 12 "in de praktijk") and the AP name, as a report would say them.
const SITUATIONS: [string, Situation, SeverityLevel, string][] = [
  [
    'a lost encrypted laptop with pupil files',
    {
      kind: 'lost-device',
      dataKinds: ['names-addresses', 'pupil-file'],
      subjectGroups: ['pupils'],
      encrypted: 'yes',
    },
    'laag',
    'De gegevens waren versleuteld',
  ],
  [
    "a class list with parents' addresses in To",
    {
      kind: 'wrong-recipient',
      dataKinds: ['names-addresses'],
      subjectGroups: ['pupils', 'parents'],
      encrypted: 'no',
    },
    'gemiddeld',
    'van kinderen',
  ],
  [
    "a pupil's OPP sent to the wrong parent",
    {
      kind: 'wrong-recipient',
      dataKinds: ['pupil-file'],
      subjectGroups: ['pupils'],
      encrypted: 'no',
    },
    'hoog',
    'een leerlingdossier',
  ],
  [
    'a stolen unencrypted USB stick with test results',
    { kind: 'stolen-device', dataKinds: ['results'], subjectGroups: ['pupils'], encrypted: 'no' },
    'hoog',
    'Onbekenden kunnen de gegevens zien',
  ],
  [
    'a hacked account with access to the pupil administration',
    {
      kind: 'hacked-account',
      dataKinds: ['names-addresses', 'bsn', 'pupil-file'],
      subjectGroups: ['pupils', 'parents'],
      encrypted: 'no',
    },
    'zeer hoog',
    'Opzet',
  ],
  [
    "a staff member's health note left on the printer",
    {
      kind: 'unauthorised-access',
      dataKinds: ['special-categories'],
      subjectGroups: ['staff'],
      encrypted: 'no',
    },
    'zeer hoog',
    'gezondheids- of andere bijzondere gegevens',
  ],
];

describe('assessSeverity on what the report says', () => {
  it.each(SITUATIONS)('rates %s as %s and names what drove it', (_name, report, level, factor) => {
    const { answers } = prefillAssessment(report);
    const assessment = assessSeverity(answers, report);
    expect(assessment.level).toBe(level);
    expect(assessment.factors.map((item) => item.nl).join(' | ')).toContain(factor);
    for (const item of assessment.factors) expect(item.en).not.toBe('');
  });

  it('puts the heaviest factor first', () => {
    const report: Situation = {
      kind: 'stolen-device',
      dataKinds: ['results'],
      subjectGroups: ['pupils'],
      encrypted: 'no',
    };
    const { factors } = assessSeverity(prefillAssessment(report).answers, report);
    const points = factors.map((item) => item.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(factors[0]?.nl).toMatch(/^Soort gegevens: schoolresultaten/);
  });
});

describe('prefillAssessment', () => {
  it.each([
    [
      'a lost encrypted laptop: only whether there is a copy',
      {
        kind: 'lost-device',
        dataKinds: ['pupil-file'],
        subjectGroups: ['pupils'],
        encrypted: 'yes',
      },
      ['availability'],
    ],
    [
      'a mail to a wrong recipient: nothing',
      {
        kind: 'wrong-recipient',
        dataKinds: ['names-addresses'],
        subjectGroups: ['parents'],
        encrypted: 'no',
      },
      [],
    ],
    [
      'a device with unknown encryption: whether it was encrypted',
      {
        kind: 'lost-device',
        dataKinds: ['names-addresses'],
        subjectGroups: ['staff'],
        encrypted: 'unknown',
      },
      ['identification', 'confidentiality', 'availability'],
    ],
    [
      'a hacked account: integrity and availability',
      {
        kind: 'hacked-account',
        dataKinds: ['names-addresses'],
        subjectGroups: ['staff'],
        encrypted: 'no',
      },
      ['integrity', 'availability'],
    ],
    [
      '"other": everything but the data',
      { kind: 'other', dataKinds: ['names-addresses'], subjectGroups: ['staff'], encrypted: 'no' },
      ['confidentiality', 'integrity', 'availability', 'isMalicious'],
    ],
  ] as [string, Situation, string[]][])('asks, for %s', (_name, report, missing) => {
    expect(prefillAssessment(report).missing).toEqual(missing);
  });

  it('treats a device of unknown encryption as readable until someone checks', () => {
    const unknown = prefillAssessment({
      kind: 'lost-device',
      dataKinds: ['pupil-file'],
      subjectGroups: ['pupils'],
      encrypted: 'unknown',
    });
    expect(
      assessSeverity(unknown.answers, {
        kind: 'lost-device',
        dataKinds: ['pupil-file'],
        subjectGroups: ['pupils'],
        encrypted: 'unknown',
      }).level,
    ).toBe('hoog');
  });

  it('does not count a mail as unreadable because the report says "encrypted"', () => {
    const mail = prefillAssessment({
      kind: 'wrong-recipient',
      dataKinds: ['pupil-file'],
      subjectGroups: ['pupils'],
      encrypted: 'yes',
    });
    expect(mail.answers.identification).toBe(1);
  });

  it("takes the assessor's answers over the pre-fill and stops asking them", () => {
    const report: Situation = {
      kind: 'hacked-account',
      dataKinds: ['names-addresses'],
      subjectGroups: ['staff'],
      encrypted: 'no',
    };
    const answered = applyAnswers(prefillAssessment(report), { integrity: 'none' });
    expect(answered.answers.integrity).toBe('none');
    expect(answered.sources.integrity).toBe('assessor');
    expect(answered.missing).toEqual(['availability']);
  });
});

describe('severityLevel', () => {
  it.each([
    [1.99, 'laag'],
    [2, 'gemiddeld'],
    [2.99, 'gemiddeld'],
    [3, 'hoog'],
    [4, 'zeer hoog'],
  ] as const)('gives score %s the level %s (ENISA thresholds)', (score, level) => {
    expect(severityLevel(score)).toBe(level);
  });
});
