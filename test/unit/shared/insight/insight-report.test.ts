import {
  buildInsightReport,
  formatFigureValue,
  type BreachFact,
  type StoredCell,
} from '../../../../shared/insight/insight-report';

const cell = (changes: Partial<StoredCell>): StoredCell => ({
  month: '2026-11',
  school: '*',
  metric: 'checked',
  rule: '',
  detail: '',
  count: 100,
  senders: 12,
  ...changes,
});
const query = { from: '2026-10', to: '2026-11', school: '*' };
const valueOf = (report: ReturnType<typeof buildInsightReport>, measure: string, rule = '') =>
  report.figures.find((figure) => figure.measure === measure && figure.rule === rule)?.value;

describe('buildInsightReport', () => {
  it.each([
    [4, { kind: 'suppressed' }],
    [5, { kind: 'count', count: 100 }],
  ])('shows a cell of %i distinct senders as %j', (senders, expected) => {
    const report = buildInsightReport([cell({ senders })], [], query);
    expect(valueOf(report, 'mails-checked')).toEqual(expected);
  });

  it('gives the false-alarm rate per rule, suppressed when either part rests on fewer than 5', () => {
    const fired = cell({ metric: 'rule-fired', rule: 'pupil-file', count: 40, senders: 9 });
    const alarms = cell({ metric: 'false-alarm', rule: 'pupil-file', count: 10, senders: 6 });
    const shown = buildInsightReport([fired, alarms], [], query);
    expect(valueOf(shown, 'false-alarm-rate', 'pupil-file')).toEqual({ kind: 'rate', percent: 25 });
    const few = buildInsightReport([fired, { ...alarms, senders: 2 }], [], query);
    expect(valueOf(few, 'false-alarm-rate', 'pupil-file')).toEqual({ kind: 'suppressed' });
  });

  it('splits what senders did per rule', () => {
    const report = buildInsightReport(
      [cell({ metric: 'action', rule: 'bsn', detail: 'fixed', count: 7, senders: 6 })],
      [],
      query,
    );
    expect(report.figures).toContainEqual({
      month: '2026-11',
      measure: 'fixed',
      rule: 'bsn',
      detail: '',
      value: { kind: 'count', count: 7 },
    });
  });

  it('keeps to the asked school and period', () => {
    const report = buildInsightReport(
      [cell({ school: 'BS De Wissel' }), cell({ month: '2026-09' })],
      [],
      query,
    );
    expect(report.months).toEqual(['2026-10', '2026-11']);
    expect(report.figures).toEqual([]);
  });

  it('counts breach reports per kind and the AP notifications within 72 hours', () => {
    const breaches: BreachFact[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((reporter, index) => ({
      month: '2026-11',
      school: 'OBS Het Anker',
      kind: 'wrong-recipient',
      reporter,
      ...(index < 5 ? { isApInTime: index < 4 } : {}),
    }));
    const report = buildInsightReport([], breaches, query);
    expect(valueOf(report, 'breach-reports')).toEqual({ kind: 'count', count: 6 });
    expect(report.figures.find((figure) => figure.detail === 'wrong-recipient')?.value).toEqual({
      kind: 'count',
      count: 6,
    });
    expect(valueOf(report, 'breach-ap-notified')).toEqual({ kind: 'count', count: 5 });
    // Four in time, by four reporters: fewer than five people, so "< 5".
    expect(valueOf(report, 'breach-ap-in-time')).toEqual({ kind: 'suppressed' });
  });

  it('counts distinct reporters, not reports, for the small-cell rule (six reports by four)', () => {
    const breaches: BreachFact[] = Array.from({ length: 6 }, (_, index) => ({
      month: '2026-11',
      school: 'x',
      kind: 'lost-device',
      reporter: index % 2 === 0 ? 'same-person' : `other-${index}`,
    }));
    expect(valueOf(buildInsightReport([], breaches, query), 'breach-reports')).toEqual({
      kind: 'suppressed',
    });
  });
});

describe('formatFigureValue', () => {
  it.each([
    [{ kind: 'suppressed' } as const, 'nl', '< 5'],
    [{ kind: 'count', count: 12 } as const, 'nl', '12'],
    [{ kind: 'rate', percent: 12.5 } as const, 'nl', '12,5%'],
    [{ kind: 'rate', percent: 12.5 } as const, 'en', '12.5%'],
  ])('writes %j in %s as %s', (value, language, expected) => {
    expect(formatFigureValue(value, language as 'nl' | 'en')).toBe(expected);
  });
});
