import { decideBreach } from '../../../../bot/incidents/breach-decision';
import { csvCell, registerToCsv, registerToJson } from '../../../../bot/incidents/export';
import { ICT_MEMBER, makeIncident, REPORTER } from '../../../helpers/incidents';

describe('register export', () => {
  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+31 6 1234', '"\'+31 6 1234"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['gewoon, met "aanhalingstekens"', '"gewoon, met ""aanhalingstekens"""'],
  ])('defuses the CSV cell %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  const entry = {
    incident: makeIncident({ description: '=cmd|" /C calc"!A0', assignee: ICT_MEMBER }),
    audit: [
      {
        incidentId: 'inc-1',
        at: '2026-03-27T10:30:00.000Z',
        actor: REPORTER,
        action: 'reported' as const,
        detail: {},
      },
      {
        incidentId: 'inc-1',
        at: '2026-03-27T11:00:00.000Z',
        actor: ICT_MEMBER,
        action: 'taken' as const,
        detail: {},
      },
    ],
  };

  it('writes one row per incident with its audit trail, formulas defused', () => {
    const [header, row, end] = registerToCsv([entry]).split('\r\n');
    expect(header?.startsWith('"nummer","status","soort"')).toBe(true);
    expect(row).toContain('"\'=cmd|"" /C calc""!A0"');
    expect(row).toContain(
      '"2026-03-27T10:30:00.000Z Petra de Vries: reported | 2026-03-27T11:00:00.000Z Ed van ICT: taken"',
    );
    expect(end).toBe('');
  });

  it('writes JSON with the audit trail inside each incident', () => {
    const [incident] = JSON.parse(registerToJson([entry])) as [Record<string, unknown>];
    expect(incident).toMatchObject({ number: 'DL-2026-0001', description: '=cmd|" /C calc"!A0' });
    expect(incident['audit']).toEqual([
      { at: '2026-03-27T10:30:00.000Z', actor: REPORTER, action: 'reported', detail: {} },
      { at: '2026-03-27T11:00:00.000Z', actor: ICT_MEMBER, action: 'taken', detail: {} },
    ]);
  });

  it('shows the breach decision, the suggestion and the reason for differing', () => {
    const result = decideBreach(
      entry.incident,
      undefined,
      {
        answers: {},
        notifyAp: false,
        informSubjects: true,
        notifyApReason: 'Telefoon binnen een uur gevonden, ongeopend.',
        informSubjectsReason: '',
      },
      ICT_MEMBER,
      new Date('2026-03-27T12:00:00.000Z'),
    );
    if (!result.ok) throw new Error('decision refused');
    const withDecision = { ...entry, decisions: [result.decision] };
    const [header = '', row = ''] = registerToCsv([withDecision]).split('\r\n');
    const cells = Object.fromEntries(
      header.split(',').map((name, index) => [name, row.split('","')[index]]),
    );
    expect(cells['"ernst"']).toBe('hoog');
    expect(cells['"suggestie_ap_melden"']).toBe('ja');
    expect(cells['"besluit_ap_melden"']).toBe('nee');
    expect(cells['"reden_afwijking_ap"']).toBe('Telefoon binnen een uur gevonden, ongeopend.');
    const [json] = JSON.parse(registerToJson([withDecision])) as {
      breachDecisions: { notifyApReason: string }[];
    }[];
    expect(json?.breachDecisions[0]?.notifyApReason).toBe(
      'Telefoon binnen een uur gevonden, ongeopend.',
    );
  });

  it('shows the reason for a late notice and the other authorities informed', () => {
    const incident = {
      ...entry.incident,
      apNotification: {
        reference: 'M-1',
        notifiedAt: '2026-03-31T10:00:00.000Z',
        lateReason: 'Pas na het weekend gemeld.',
      },
      authoritiesInformed: [
        { authorityId: 'politie', informedAt: '2026-03-27T13:00:00.000Z', by: ICT_MEMBER },
      ],
    };
    const [header = '', row = ''] = registerToCsv([{ ...entry, incident }]).split('\r\n');
    const cells = Object.fromEntries(
      header.split(',').map((name, index) => [name, row.split('","')[index]]),
    );
    expect(cells['"reden_late_melding"']).toBe('Pas na het weekend gemeld.');
    expect(cells['"andere_instanties_geinformeerd"']).toBe('politie 2026-03-27T13:00:00.000Z');
  });
});
