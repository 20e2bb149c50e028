import { validateReport, type ReportField } from '../../../../bot/incidents/validate-report';
import { reportForm } from '../../../helpers/incidents';

const NOW = new Date('2026-03-27T12:00:00.000Z');

const fieldsWithErrors = (input: Record<string, unknown>) => {
  const result = validateReport(input, NOW);
  return result.ok ? [] : result.errors.map((error) => error.field);
};

describe('validateReport', () => {
  it('accepts a complete report and reads the times as Amsterdam time', () => {
    const result = validateReport(reportForm(), NOW);
    expect(result).toEqual({
      ok: true,
      report: {
        kind: 'lost-device',
        occurredAt: '2026-03-27T08:00:00.000Z',
        discoveredAt: '2026-03-27T10:00:00.000Z',
        dataKinds: ['names-addresses', 'pupil-file'],
        subjectGroups: ['pupils', 'parents'],
        affectedCount: 28,
        encrypted: 'no',
        measuresTaken: 'Telefoon gezocht in de school.',
        description: 'Mijn telefoon met de groepsapp is kwijtgeraakt in de trein.',
      },
    });
  });

  it.each<[string, Record<string, unknown>, ReportField]>([
    ['no kind', { kind: '' }, 'kind'],
    ['an unknown kind', { kind: 'fire' }, 'kind'],
    ['"other" without saying what', { kind: 'other', kindOther: ' ' }, 'kindOther'],
    ['no incident date', { occurredDate: '' }, 'occurredDate'],
    ['an impossible date', { occurredDate: '2026-02-30' }, 'occurredDate'],
    ['a bad time', { discoveredTime: '25:00' }, 'discoveredTime'],
    ['no discovery time', { discoveredTime: '' }, 'discoveredTime'],
    ['a discovery in the future', { discoveredDate: '2026-03-28' }, 'discoveredDate'],
    ['an incident in the future', { occurredDate: '2026-03-29' }, 'occurredDate'],
    ['a discovery before the incident', { discoveredTime: '08:59' }, 'discoveredDate'],
    ['no data kinds', { dataKinds: '' }, 'dataKinds'],
    ['an unknown data kind', { dataKinds: 'bsn,dna' }, 'dataKinds'],
    ['no groups', { subjectGroups: '' }, 'subjectGroups'],
    ['zero people', { affectedCount: '0' }, 'affectedCount'],
    ['too many people', { affectedCount: '1000001' }, 'affectedCount'],
    ['a count that is not a whole number', { affectedCount: '2.5' }, 'affectedCount'],
    ['no encryption answer', { encrypted: '' }, 'encrypted'],
    ['no description', { description: '   ' }, 'description'],
    ['a description over 2000 characters', { description: 'x'.repeat(2001) }, 'description'],
    ['measures over 1000 characters', { measuresTaken: 'x'.repeat(1001) }, 'measuresTaken'],
  ])('refuses %s with a message on that field', (_name, overrides, field) => {
    expect(fieldsWithErrors(reportForm(overrides))).toEqual([field]);
  });

  it('gives every message in Dutch and English', () => {
    const result = validateReport(reportForm({ discoveredTime: '08:00' }), NOW);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'discoveredDate',
          nl: 'De ontdekking kan niet vóór het voorval liggen.',
          en: 'Discovery cannot be before the incident.',
        },
      ],
    });
  });

  it('reports all wrong fields at once', () => {
    expect(fieldsWithErrors({})).toEqual([
      'kind',
      'occurredDate',
      'discoveredDate',
      'dataKinds',
      'subjectGroups',
      'affectedCount',
      'encrypted',
      'description',
    ]);
  });

  it('takes an unknown incident time as the start of that day', () => {
    const result = validateReport(reportForm({ occurredTime: '' }), NOW);
    expect(result.ok && result.report.occurredAt).toBe('2026-03-26T23:00:00.000Z');
  });

  it('accepts a number from Input.Number as a number', () => {
    const result = validateReport(reportForm({ affectedCount: 3 }), NOW);
    expect(result.ok && result.report.affectedCount).toBe(3);
  });
});
