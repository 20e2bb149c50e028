// Every figure of the Inzicht view as a table: month, measure, rule, detail, value ("< 5" for a
// small cell). The same rows as the CSV export, and what a screen reader reads instead of the charts.
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { FigureRow } from '../insight-model';
import type { InsightText } from '../insight-text';

const useStyles = makeStyles({ scroll: { overflowX: 'auto' } });

export function InsightTable({ rows, text }: { rows: readonly FigureRow[]; text: InsightText }) {
  const styles = useStyles();
  const { columns } = text;
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={text.table} data-testid="insight-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{columns.month}</TableHeaderCell>
            <TableHeaderCell>{columns.measure}</TableHeaderCell>
            <TableHeaderCell>{columns.rule}</TableHeaderCell>
            <TableHeaderCell>{columns.detail}</TableHeaderCell>
            <TableHeaderCell>{columns.value}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-figure={row.key}>
              <TableCell>{row.month}</TableCell>
              <TableCell>{row.measure}</TableCell>
              <TableCell>{row.rule}</TableCell>
              <TableCell>{row.detail}</TableCell>
              <TableCell data-value>{row.value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
