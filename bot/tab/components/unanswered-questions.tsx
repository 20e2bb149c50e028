// The questions the bot could not answer, as a table for the Inzicht view: the scrubbed question
// (names, numbers and addresses already replaced by [naam], [nummer], …), how often, why (the bot
// declined, or the answer did not help) and in which months. Largest groups first, as the API sends.
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { UNKNOWN_SCHOOL } from '../../../shared/insight/school-of-domain';
import type { UnansweredSummary } from '../../insight/top-unanswered';
import type { TabLanguage } from '../tab-host';

const TEXT = {
  nl: {
    title: 'Vragen die de bot niet kon beantwoorden',
    empty: 'Geen onbeantwoorde vragen in deze periode.',
    note: 'Namen, nummers, adressen en e-mailadressen zijn uit de vragen verwijderd.',
    columns: {
      question: 'Vraag',
      count: 'Aantal',
      declined: 'Geen antwoord',
      notHelpful: 'Niet nuttig',
      months: 'Maanden',
      school: 'School',
    },
    unknownSchool: 'onbekend',
    makeEntry: 'Maak een antwoord',
    makeEntryLabel: (question: string) => `Maak een antwoord op: ${question}`,
  },
  en: {
    title: 'Questions the bot could not answer',
    empty: 'No unanswered questions in this period.',
    note: 'Names, numbers, addresses and mail addresses have been removed from the questions.',
    columns: {
      question: 'Question',
      count: 'Count',
      declined: 'No answer',
      notHelpful: 'Not useful',
      months: 'Months',
      school: 'School',
    },
    unknownSchool: 'unknown',
    makeEntry: 'Write an answer',
    makeEntryLabel: (question: string) => `Write an answer to: ${question}`,
  },
} as const;

const useStyles = makeStyles({ scroll: { overflowX: 'auto' } });

export function UnansweredQuestions({
  groups,
  language,
  onMakeEntry,
}: {
  groups: readonly UnansweredSummary[];
  language: TabLanguage;
  /** Offered to the privacy officer: start a knowledge entry from this group's question. */
  onMakeEntry?: (question: string) => void;
}) {
  const styles = useStyles();
  const text = TEXT[language];
  if (groups.length === 0) return <Text>{text.empty}</Text>;
  return (
    <div className={styles.scroll}>
      <Text size={200}>{text.note}</Text>
      <Table size="small" aria-label={text.title} data-testid="unanswered-questions">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{text.columns.question}</TableHeaderCell>
            <TableHeaderCell>{text.columns.count}</TableHeaderCell>
            <TableHeaderCell>{text.columns.declined}</TableHeaderCell>
            <TableHeaderCell>{text.columns.notHelpful}</TableHeaderCell>
            <TableHeaderCell>{text.columns.months}</TableHeaderCell>
            <TableHeaderCell>{text.columns.school}</TableHeaderCell>
            {onMakeEntry && <TableHeaderCell />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((group) => (
            <TableRow key={`${group.months[0] ?? ''}|${group.question}`}>
              <TableCell>{group.question}</TableCell>
              <TableCell>{group.count}</TableCell>
              <TableCell>{group.declined}</TableCell>
              <TableCell>{group.notHelpful}</TableCell>
              <TableCell>{group.months.join(', ')}</TableCell>
              <TableCell>
                {group.schools
                  .map((school) => (school === UNKNOWN_SCHOOL ? text.unknownSchool : school))
                  .join(', ')}
              </TableCell>
              {onMakeEntry && (
                <TableCell>
                  <Button
                    size="small"
                    aria-label={text.makeEntryLabel(group.question)}
                    onClick={() => onMakeEntry(group.question)}
                  >
                    {text.makeEntry}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
