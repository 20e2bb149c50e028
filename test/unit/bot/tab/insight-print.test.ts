import type { BreachFact, StoredCell } from '../../../../shared/insight/insight-report';
import { buildInsightReport, periodBreachFigures } from '../../../../shared/insight/insight-report';
import { printableInsight, printableName } from '../../../../bot/tab/insight-print';

const cell = (changes: Partial<StoredCell>): StoredCell => ({
  month: '2026-11',
  school: 'BS <De> Wissel',
  metric: 'checked',
  rule: '',
  detail: '',
  count: 40,
  senders: 9,
  ...changes,
});
const breach = (n: number, changes: Partial<BreachFact> = {}): BreachFact => ({
  month: '2026-11',
  school: 'BS <De> Wissel',
  kind: 'wrong-recipient',
  reporter: `reporter-${n}`,
  isApInTime: true,
  ...changes,
});
const query = { from: '2026-10', to: '2026-11', school: 'BS <De> Wissel' };
const breaches = [1, 2, 3, 4, 5, 6].map((n) => breach(n, n === 6 ? { isApInTime: false } : {}));
const page = (language: 'nl' | 'en' = 'nl') =>
  printableInsight({
    report: buildInsightReport(
      [cell({}), cell({ metric: 'warned', count: 3, senders: 3 })],
      breaches,
      query,
    ),
    breachTotals: periodBreachFigures(
      [...breaches, breach(7, { month: '2026-09' }), breach(8, { school: 'OBS Het Anker' })],
      query,
    ),
    language,
    madeAt: new Date('2026-12-04T10:00:00Z'),
  });

describe('printableInsight', () => {
  it('is titled as evidence for the annual privacy report, with period and school', () => {
    const html = page();
    expect(html).toContain(
      '<title>Bewijsstuk voor het jaarverslag privacy: 2026-10 t/m 2026-11, BS &lt;De&gt; Wissel</title>',
    );
    expect(html).toContain('<h1>Bewijsstuk voor het jaarverslag privacy</h1>');
    expect(html).toContain('4 december 2026');
    expect(page('en')).toContain('<h1>Evidence for the annual privacy report</h1>');
  });

  it('shows each month with "< 5" for a small cell and 0 for a month without counts', () => {
    const html = page();
    expect(html).toContain('<tr><td>2026-10</td><td>0</td><td>0</td>');
    expect(html).toContain('<tr><td>2026-11</td><td>40</td><td>&lt; 5</td><td>0</td>');
  });

  it("gives the register's counts over the period: per kind, to the AP, within 72 hours", () => {
    const html = page();
    expect(html).toContain('<tr><td>Datalekmeldingen</td><td>alle soorten</td><td>6</td></tr>');
    expect(html).toContain(
      '<tr><td>Datalekmeldingen</td><td>Mail aan verkeerde ontvanger</td><td>6</td></tr>',
    );
    expect(html).toContain('<tr><td>Gemeld bij de AP</td><td>alle soorten</td><td>6</td></tr>');
    expect(html).toContain(
      '<tr><td>Binnen 72 uur gemeld bij de AP</td><td>alle soorten</td><td>5</td></tr>',
    );
  });

  it('never names a reporter and runs no script', () => {
    const html = page();
    expect(html).not.toContain('reporter-');
    expect(html).not.toContain('<script');
  });

  it('is named after the period', () => {
    expect(printableName(query)).toBe('privacywacht-inzicht-2026-10-2026-11.html');
  });
});
