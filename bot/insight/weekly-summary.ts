// The weekly summary card's figures (issue 17): for this month so far and last month, the whole
// board's mails checked, warnings, blocks, the rules most often overruled (sent anyway), breach
// reports and how many reached the AP within 72 hours, and the questions the bot could not answer.
// Counts only, through the same report as the Inzicht view, so a cell under five people reads "< 5"
// here too. Pure.
import {
  ALL_SCHOOLS,
  buildInsightReport,
  formatFigureValue,
  type BreachFact,
  type FigureValue,
  type InsightReport,
  type Measure,
  type StoredCell,
} from '../../shared/insight/insight-report';
import { addMonths, amsterdamMonth } from '../../shared/insight/months';
import type { RuleId } from '../../shared/scan/types';

/** Overruled rules shown per month, most first. */
const TOP_OVERRULED = 3;
/** Unanswered questions are not counted per person; a small count is hidden all the same. */
const MIN_SHOWN = 5;

export interface WeeklyMonth {
  /** YYYY-MM. */
  month: string;
  /** This month, so far; else the whole of last month. */
  isCurrent: boolean;
  checked: string;
  warned: string;
  blocked: string;
  /** Rules senders sent anyway, most first, with the count ("< 5" for a small cell). */
  overruled: { rule: RuleId; value: string }[];
  breachReports: string;
  apNotified: string;
  apInTime: string;
  unanswered: string;
}

export interface WeeklySummaryView {
  /** The week's key (its due day, YYYY-MM-DD); the card carries it so a retry can find the post. */
  week: string;
  months: [WeeklyMonth, WeeklyMonth];
}

export interface WeeklySummaryInput {
  week: string;
  now: Date;
  /** The whole board's cells (school "*") of last month and this one. */
  cells: readonly StoredCell[];
  breaches: readonly BreachFact[];
  /** Unanswered questions per month (declined plus not helpful). */
  unanswered: Readonly<Record<string, number>>;
}

/**
 * @example weeklySummaryView({ week: '2026-11-30', now, cells, breaches, unanswered: { '2026-11': 7 } }).months[1].checked // '124'
 */
export function weeklySummaryView(input: WeeklySummaryInput): WeeklySummaryView {
  const current = amsterdamMonth(input.now);
  const previous = addMonths(current, -1);
  const report = buildInsightReport(input.cells, input.breaches, {
    from: previous,
    to: current,
    school: ALL_SCHOOLS,
  });
  const month = (name: string): WeeklyMonth => {
    const value = (measure: Measure) => shown(valueOf(report, name, measure));
    const count = input.unanswered[name] ?? 0;
    return {
      month: name,
      isCurrent: name === current,
      checked: value('mails-checked'),
      warned: value('warnings'),
      blocked: value('blocks'),
      overruled: overruled(report, name),
      breachReports: value('breach-reports'),
      apNotified: value('breach-ap-notified'),
      apInTime: value('breach-ap-in-time'),
      unanswered: count > 0 && count < MIN_SHOWN ? `< ${MIN_SHOWN}` : String(count),
    };
  };
  return { week: input.week, months: [month(previous), month(current)] };
}

const shown = (value: FigureValue | undefined) => (value ? formatFigureValue(value, 'nl') : '0');

function valueOf(report: InsightReport, month: string, measure: Measure): FigureValue | undefined {
  return report.figures.find(
    (figure) =>
      figure.month === month &&
      figure.measure === measure &&
      figure.rule === '' &&
      figure.detail === '',
  )?.value;
}

/** Counted rules first (largest first), then those under five senders. */
function overruled(report: InsightReport, month: string): WeeklyMonth['overruled'] {
  const weight = (value: FigureValue) => (value.kind === 'count' ? value.count : 0);
  return report.figures
    .filter((figure) => figure.month === month && figure.measure === 'sent-anyway' && figure.rule)
    .sort((a, b) => weight(b.value) - weight(a.value) || a.rule.localeCompare(b.rule))
    .slice(0, TOP_OVERRULED)
    .map((figure) => ({ rule: figure.rule as RuleId, value: shown(figure.value) }));
}
