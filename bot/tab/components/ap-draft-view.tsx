// The AP notification draft (or the follow-up notice) in the tab: each answer with where it came
// from — recorded by a person, derived from the register or assessment, or missing — and a count
// of each, so the privacy officer sees at a glance what is left to fill in.
import {
  Badge,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import {
  ANSWER_MARK_LABELS,
  countMarks,
  type AnswerMark,
  type ApDraft,
} from '../../../shared/incidents/ap-draft-marks';
import type { TabLanguage } from '../tab-host';

const TEXT = {
  nl: {
    counts: (recorded: number, derived: number, missing: number) =>
      `${recorded} vastgelegd door een persoon, ${derived} afgeleid uit register of beoordeling, ${missing} ontbreekt`,
  },
  en: {
    counts: (recorded: number, derived: number, missing: number) =>
      `${recorded} recorded by a person, ${derived} derived from the register or assessment, ${missing} missing`,
  },
};

const MARK_COLOR: Record<AnswerMark, BadgeProps['color']> = {
  recorded: 'success',
  derived: 'informative',
  missing: 'danger',
};

const useStyles = makeStyles({
  draft: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 600px)': { gridTemplateColumns: '1fr' },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  mark: { marginInlineStart: tokens.spacingHorizontalS },
});

export function ApDraftView({
  draft,
  title,
  language,
}: {
  draft: ApDraft;
  title: string;
  language: TabLanguage;
}) {
  const styles = useStyles();
  const counts = countMarks(draft);
  return (
    <section className={styles.draft} aria-label={title} data-draft={draft.kind}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Text data-testid={`marks-${draft.kind}`}>
        {TEXT[language].counts(counts.recorded, counts.derived, counts.missing)}
      </Text>
      {draft.sections.map((section) => (
        <div key={section.title}>
          <Text as="h4" weight="semibold">
            {section.title}
          </Text>
          <dl className={styles.facts}>
            {section.answers.map((answer) => (
              <div key={answer.question} style={{ display: 'contents' }}>
                <dt className={styles.term}>{answer.question}</dt>
                <dd className={styles.definition} data-mark={answer.mark}>
                  {answer.answer}
                  <Badge
                    className={styles.mark}
                    appearance="tint"
                    size="small"
                    color={MARK_COLOR[answer.mark]}
                  >
                    {ANSWER_MARK_LABELS[answer.mark][language]}
                  </Badge>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
