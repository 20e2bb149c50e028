// The insight report as CSV for the audit file (annual privacy report): one row per figure, the
// columns documented in docs/admin-guide.md ("Inzicht"). Small cells read "< 5" here too.
import { formatFigureValue, type InsightReport } from '../../shared/insight/insight-report';
import { csvCell } from '../incidents/export';

const INSIGHT_CSV_COLUMNS = ['maand', 'school', 'meting', 'regel', 'detail', 'waarde'] as const;

/** RFC 4180 CSV with a header row; school "*" is written as "alle scholen". */
export function insightToCsv(report: InsightReport): string {
  const school = report.school === '*' ? 'alle scholen' : report.school;
  const rows: string[][] = [[...INSIGHT_CSV_COLUMNS]];
  for (const figure of report.figures)
    rows.push([
      figure.month,
      school,
      figure.measure,
      figure.rule,
      figure.detail,
      formatFigureValue(figure.value, 'nl'),
    ]);
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
