// The insight view's figures, per month and school, from the counted cells and the breach
// register. Pure. A figure that rests on fewer than MIN_SENDERS distinct people is "suppressed"
// (shown as "< 5"), so no count can point at one teacher; a rate built on one is suppressed too.
import type { IncidentKind } from '../incidents/report-fields';
import type { RuleId } from '../scan/types';
import type { CellCount, Metric } from './insight-cells';
import { monthsBetween } from './months';

/** Cells resting on fewer distinct senders than this are shown as "< 5". */
const MIN_SENDERS = 5;
/** The school key of the whole board's cells. */
export const ALL_SCHOOLS = '*';

/** A counted cell as the store gives it back: its month, school and distinct senders. */
export interface StoredCell extends CellCount {
  month: string;
  school: string;
  senders: number;
}

/** One breach report as the insight needs it; `reporter` is only compared, never shown. */
export interface BreachFact {
  month: string;
  school: string;
  kind: IncidentKind;
  reporter: string;
  /** Present once the AP was notified: within the 72 hours or not. */
  isApInTime?: boolean;
}

const MEASURES = [
  'mails-checked',
  'warnings',
  'blocks',
  'encrypted-sends',
  'rule-fired',
  'fixed',
  'changed',
  'sent-anyway',
  'cancelled',
  'false-alarms',
  'false-alarm-rate',
  'false-alarm-feature',
  'partly-unread',
  'check-faults',
  'clients',
  'breach-reports',
  'breach-ap-notified',
  'breach-ap-in-time',
] as const;
export type Measure = (typeof MEASURES)[number];

export type FigureValue =
  | { kind: 'count'; count: number }
  /** A percentage, one decimal. */
  | { kind: 'rate'; percent: number }
  | { kind: 'suppressed' };

export interface Figure {
  /** YYYY-MM; empty for a figure over the whole period (periodBreachFigures). */
  month: string;
  measure: Measure;
  rule: RuleId | '';
  detail: string;
  value: FigureValue;
}

export interface InsightQuery {
  /** First and last month, YYYY-MM, inclusive. */
  from: string;
  to: string;
  /** A school's name, or ALL_SCHOOLS. */
  school: string;
}

export interface InsightReport extends InsightQuery {
  months: string[];
  figures: Figure[];
}

const MEASURE_OF: Partial<Record<Metric, Measure>> = {
  checked: 'mails-checked',
  warned: 'warnings',
  blocked: 'blocks',
  encrypted: 'encrypted-sends',
  'rule-fired': 'rule-fired',
  'false-alarm': 'false-alarms',
  'false-alarm-feature': 'false-alarm-feature',
  'partly-unread': 'partly-unread',
  'check-fault': 'check-faults',
  client: 'clients',
};

const ACTION_MEASURES: Record<string, Measure> = {
  fixed: 'fixed',
  changed: 'changed',
  'sent-anyway': 'sent-anyway',
  cancelled: 'cancelled',
};

const valueOf = (count: number, people: number): FigureValue =>
  people < MIN_SENDERS ? { kind: 'suppressed' } : { kind: 'count', count };

/**
 * The figures of a period for one school (or the whole board), in month order.
 * @example buildInsightReport(cells, breaches, { from: '2026-09', to: '2026-12', school: '*' })
 */
export function buildInsightReport(
  cells: readonly StoredCell[],
  breaches: readonly BreachFact[],
  query: InsightQuery,
): InsightReport {
  const months = monthsBetween(query.from, query.to);
  const figures: Figure[] = [];
  for (const month of months) {
    const inMonth = cells.filter((one) => one.month === month && one.school === query.school);
    figures.push(...cellFigures(month, inMonth));
    figures.push(
      ...breachFigures(
        month,
        breaches.filter(
          (fact) =>
            fact.month === month && (query.school === ALL_SCHOOLS || fact.school === query.school),
        ),
      ),
    );
  }
  return { ...query, months, figures };
}

/**
 * The breach register's counts over the whole period (not per month, so they add up for the annual
 * report): reports in all and per kind, notified to the AP, within the 72 hours. Month is ''.
 * @example periodBreachFigures(breaches, { from: '2026-01', to: '2026-12', school: '*' })
 */
export function periodBreachFigures(
  breaches: readonly BreachFact[],
  query: InsightQuery,
): Figure[] {
  return breachFigures(
    '',
    breaches.filter(
      (fact) =>
        fact.month >= query.from &&
        fact.month <= query.to &&
        (query.school === ALL_SCHOOLS || fact.school === query.school),
    ),
  );
}

function cellFigures(month: string, cells: readonly StoredCell[]): Figure[] {
  const figures: Figure[] = [];
  for (const one of cells) {
    const measure = one.metric === 'action' ? ACTION_MEASURES[one.detail] : MEASURE_OF[one.metric];
    if (!measure) continue;
    figures.push({
      month,
      measure,
      rule: one.rule,
      detail: one.metric === 'action' ? '' : one.detail,
      value: valueOf(one.count, one.senders),
    });
  }
  // False-alarm rate per rule: "Onterecht" presses per time the rule asked to act.
  for (const alarms of cells.filter((one) => one.metric === 'false-alarm')) {
    const fired = cells.find((one) => one.metric === 'rule-fired' && one.rule === alarms.rule);
    if (!fired || fired.count === 0) continue;
    const isSuppressed = alarms.senders < MIN_SENDERS || fired.senders < MIN_SENDERS;
    figures.push({
      month,
      measure: 'false-alarm-rate',
      rule: alarms.rule,
      detail: '',
      value: isSuppressed
        ? { kind: 'suppressed' }
        : { kind: 'rate', percent: Math.round((alarms.count / fired.count) * 1000) / 10 },
    });
  }
  return figures.sort(byMeasure);
}

function breachFigures(month: string, facts: readonly BreachFact[]): Figure[] {
  if (facts.length === 0) return [];
  const figure = (measure: Measure, detail: string, group: readonly BreachFact[]): Figure => ({
    month,
    measure,
    rule: '',
    detail,
    value: valueOf(group.length, new Set(group.map((fact) => fact.reporter)).size),
  });
  const figures = [figure('breach-reports', '', facts)];
  for (const kind of [...new Set(facts.map((fact) => fact.kind))].sort())
    figures.push(
      figure(
        'breach-reports',
        kind,
        facts.filter((fact) => fact.kind === kind),
      ),
    );
  const notified = facts.filter((fact) => fact.isApInTime !== undefined);
  if (notified.length > 0) {
    figures.push(figure('breach-ap-notified', '', notified));
    figures.push(
      figure(
        'breach-ap-in-time',
        '',
        notified.filter((fact) => fact.isApInTime),
      ),
    );
  }
  return figures;
}

function byMeasure(a: Figure, b: Figure): number {
  return (
    MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
    a.rule.localeCompare(b.rule) ||
    a.detail.localeCompare(b.detail)
  );
}

/** "< 5", a count, or a percentage: the one way every view and the CSV show a value. */
export function formatFigureValue(value: FigureValue, language: 'nl' | 'en'): string {
  if (value.kind === 'suppressed') return `< ${MIN_SENDERS}`;
  if (value.kind === 'count') return String(value.count);
  const text = value.percent.toFixed(1);
  return `${language === 'nl' ? text.replace('.', ',') : text}%`;
}
