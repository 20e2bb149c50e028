// The "Inzicht" view's data, from the API's report: the two charts' series and the table's rows.
// Pure. Charts plot only counts that are shown; a "< 5" cell is left out of them (the table and the
// CSV say "< 5").
import { formatFigureValue, type InsightReport } from '../../shared/insight/insight-report';
import { ruleTitle } from '../../shared/i18n/taskpane-text';
import { RULE_IDS, type RuleId } from '../../shared/scan/types';
import { insightText } from './insight-text';
import type { TabLanguage } from './tab-host';

export interface ChartGroup {
  /** The x-axis label: a month or a rule. */
  name: string;
  series: { key: string; legend: string; data: number }[];
}

export interface FigureRow {
  key: string;
  month: string;
  measure: string;
  rule: string;
  detail: string;
  value: string;
}

const MONTHLY = ['mails-checked', 'warnings', 'blocks', 'encrypted-sends'] as const;
const OUTCOMES = ['fixed', 'changed', 'sent-anyway', 'cancelled'] as const;

const countOf = (
  report: InsightReport,
  month: string | undefined,
  measure: string,
  rule: RuleId | '' = '',
): number =>
  report.figures
    .filter(
      (figure) =>
        (month === undefined || figure.month === month) &&
        figure.measure === measure &&
        figure.rule === rule &&
        figure.detail === '',
    )
    .reduce((sum, figure) => sum + (figure.value.kind === 'count' ? figure.value.count : 0), 0);

/** Per month: mails checked, warnings, blocks and encrypted sends. */
export function monthlyGroups(report: InsightReport, language: TabLanguage): ChartGroup[] {
  const { measures } = insightText(language);
  return report.months.map((month) => ({
    name: month,
    series: MONTHLY.map((measure) => ({
      key: `${month}-${measure}`,
      legend: measures[measure],
      data: countOf(report, month, measure),
    })),
  }));
}

/** Per rule that fired in the period: fixed, changed, sent anyway, not sent. */
export function ruleOutcomeGroups(report: InsightReport, language: TabLanguage): ChartGroup[] {
  const { measures } = insightText(language);
  return RULE_IDS.filter((rule) =>
    OUTCOMES.some((measure) => countOf(report, undefined, measure, rule) > 0),
  ).map((rule) => ({
    name: ruleTitle(rule, language),
    series: OUTCOMES.map((measure) => ({
      key: `${rule}-${measure}`,
      legend: measures[measure],
      data: countOf(report, undefined, measure, rule),
    })),
  }));
}

/** Every figure as a table row, in the report's order. */
export function figureRows(report: InsightReport, language: TabLanguage): FigureRow[] {
  const { measures } = insightText(language);
  return report.figures.map((figure) => ({
    key: `${figure.month}|${figure.measure}|${figure.rule}|${figure.detail}`,
    month: figure.month,
    measure: measures[figure.measure],
    rule: figure.rule ? ruleTitle(figure.rule, language) : '',
    detail: figure.detail,
    value: formatFigureValue(figure.value, language),
  }));
}

export interface MuteCandidate {
  rule: RuleId;
  title: string;
  /** The false-alarm rate of the latest month that has one, e.g. "32,5% (2026-11)", or "< 5". */
  rate: string;
}

/** Rules someone called a false alarm in the period: what the privacy officer may lower. */
export function muteCandidates(report: InsightReport, language: TabLanguage): MuteCandidate[] {
  return RULE_IDS.flatMap((rule) => {
    const figures = report.figures.filter(
      (figure) =>
        figure.rule === rule &&
        (figure.measure === 'false-alarm-rate' || figure.measure === 'false-alarms'),
    );
    if (figures.length === 0) return [];
    const latest = figures
      .filter((figure) => figure.measure === 'false-alarm-rate')
      .sort((a, b) => b.month.localeCompare(a.month))[0];
    return [
      {
        rule,
        title: ruleTitle(rule, language),
        rate: latest ? `${formatFigureValue(latest.value, language)} (${latest.month})` : '< 5',
      },
    ];
  });
}
