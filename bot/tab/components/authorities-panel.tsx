// Other authorities to inform besides the AP (from the config: e.g. the Inspectie for test data,
// the police for a theft): why each applies, whether ICT informed it, and a button to record that.
import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { AuthorityView } from '../../incidents/authorities';
import type { TabLanguage } from '../tab-host';

const TEXT = {
  nl: {
    title: 'Andere instanties informeren',
    because: 'Vanwege',
    informed: (at: string, name: string) => `Geïnformeerd op ${at} door ${name}`,
    notYet: 'Nog niet vastgelegd',
    record: 'Vastleggen: geïnformeerd',
  },
  en: {
    title: 'Inform other authorities',
    because: 'Because of',
    informed: (at: string, name: string) => `Informed on ${at} by ${name}`,
    notYet: 'Not recorded yet',
    record: 'Record: informed',
  },
};

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { marginBlockEnd: tokens.spacingVerticalS },
});

export function AuthoritiesPanel({
  authorities,
  language,
  isBusy,
  onInformed,
}: {
  authorities: readonly AuthorityView[];
  language: TabLanguage;
  isBusy: boolean;
  /** Absent for someone who may only read, or once the incident is closed. */
  onInformed?: (authorityId: string) => void;
}) {
  const styles = useStyles();
  const text = TEXT[language];
  return (
    <section className={styles.panel} aria-label={text.title}>
      <Subtitle2 as="h3">{text.title}</Subtitle2>
      <ul className={styles.list}>
        {authorities.map((authority) => (
          <li
            key={authority.id}
            className={styles.item}
            data-authority={authority.id}
            data-informed={authority.informed ? 'yes' : 'no'}
          >
            <Text weight="semibold">{authority.name[language]}</Text> — {text.because}{' '}
            {authority.because[language]}
            {authority.how && <div>{authority.how}</div>}
            <div>
              {authority.informed
                ? text.informed(authority.informed.at[language], authority.informed.byName)
                : text.notYet}
            </div>
            {!authority.informed && onInformed && (
              <Button disabled={isBusy} onClick={() => onInformed(authority.id)}>
                {text.record}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
