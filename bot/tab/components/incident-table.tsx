// The incidents as a table: number (opens the detail), what, status, school, reported, AP deadline,
// handler. On narrow screens (Teams mobile) the less important columns step aside.
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { IncidentSummary } from '../../api/incident-summary';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { DeadlineBadge } from './deadline-badge';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  wide: { '@media (max-width: 600px)': { display: 'none' } },
});

export function IncidentTable({
  incidents,
  language,
  showHandlerColumns,
  onOpen,
}: {
  incidents: readonly IncidentSummary[];
  language: TabLanguage;
  /** School and handler: for the register, not for one's own reports. */
  showHandlerColumns: boolean;
  onOpen: (id: string) => void;
}) {
  const styles = useStyles();
  const text = tabText(language);
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={text.views[showHandlerColumns ? 'register' : 'my-reports']}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{text.columns.number}</TableHeaderCell>
            <TableHeaderCell className={styles.wide}>{text.columns.kind}</TableHeaderCell>
            <TableHeaderCell>{text.columns.status}</TableHeaderCell>
            {showHandlerColumns && (
              <TableHeaderCell className={styles.wide}>{text.columns.school}</TableHeaderCell>
            )}
            <TableHeaderCell className={styles.wide}>{text.columns.reported}</TableHeaderCell>
            <TableHeaderCell>{text.columns.deadline}</TableHeaderCell>
            {showHandlerColumns && (
              <TableHeaderCell className={styles.wide}>{text.columns.assignee}</TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {incidents.map((incident) => (
            <TableRow key={incident.id} data-incident={incident.number}>
              <TableCell>
                <Button
                  appearance="transparent"
                  aria-label={text.open(incident.number)}
                  onClick={() => onOpen(incident.id)}
                >
                  {incident.number}
                </Button>
              </TableCell>
              <TableCell className={styles.wide}>{incident.kind[language]}</TableCell>
              <TableCell data-column="status">{incident.statusLabel[language]}</TableCell>
              {showHandlerColumns && (
                <TableCell className={styles.wide}>{incident.school}</TableCell>
              )}
              <TableCell className={styles.wide}>{incident.reportedAtLabel[language]}</TableCell>
              <TableCell>
                <DeadlineBadge summary={incident} language={language} />
              </TableCell>
              {showHandlerColumns && (
                <TableCell className={styles.wide}>{incident.assigneeName ?? '—'}</TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
