// Time left to the AP deadline: coloured when under 24 hours (warning) or past (danger), and always
// in words too, so the colour is never the only signal.
import { Badge, makeStyles } from '@fluentui/react-components';
import type { IncidentSummary } from '../../api/incident-summary';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';

const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap' } });

export function DeadlineBadge({
  summary,
  language,
}: {
  summary: IncidentSummary;
  language: TabLanguage;
}) {
  const styles = useStyles();
  const text = tabText(language);
  const left = summary.timeLeft[language];
  switch (summary.deadlineState) {
    case 'done':
      return (
        <Badge appearance="outline" color="success" data-deadline="done" className={styles.badge}>
          {text.deadlineDone}
        </Badge>
      );
    case 'overdue':
      return (
        <Badge appearance="filled" color="danger" data-deadline="overdue" className={styles.badge}>
          {left}
        </Badge>
      );
    case 'urgent':
      return (
        <Badge appearance="filled" color="warning" data-deadline="urgent" className={styles.badge}>
          {left}
        </Badge>
      );
    case 'ok':
      return (
        <Badge appearance="tint" color="informative" data-deadline="ok" className={styles.badge}>
          {left}
        </Badge>
      );
  }
}
