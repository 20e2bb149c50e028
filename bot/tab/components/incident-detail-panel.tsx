// One incident: its facts (user text shown as plain text), the audit trail, for handlers the AP
// draft and the steps they may take now. Used by "Mijn meldingen" (read only) and the register.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { IncidentDetail } from '../../api/incident-detail';
import type { BreachDecisionInput } from '../../incidents/breach-decision';
import type { IncidentAction } from '../../incidents/incident-actions';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { useApiCall } from '../use-api-call';
import { ApDraftView } from './ap-draft-view';
import { AuthoritiesPanel } from './authorities-panel';
import { BreachAssessmentPanel } from './breach-assessment-panel';
import { DeadlineBadge } from './deadline-badge';
import { IncidentActionsForm } from './incident-actions-form';
import { LetterDrafts } from './letter-drafts';

const LATE_REASON = { nl: 'Reden late AP-melding', en: 'Reason for the late AP notice' };
const FOLLOW_UP_TITLE = {
  nl: 'Concept vervolgmelding aan de AP (na de eerste melding)',
  en: 'Draft follow-up notice to the AP (after the first notice)',
};

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
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
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function IncidentDetailPanel({
  api,
  incidentId,
  language,
  onBack,
  onChanged,
}: {
  api: TabApi;
  incidentId: string;
  language: TabLanguage;
  onBack: () => void;
  onChanged?: () => void;
}) {
  const styles = useStyles();
  const text = tabText(language);
  const [loaded] = useApiCall(() => api.incident(incidentId), [api, incidentId]);
  const [detail, setDetail] = useState<IncidentDetail | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string }>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (loaded.state === 'ok') setDetail(loaded.value);
  }, [loaded]);
  useEffect(() => {
    // Keyboard and screen-reader users land on the incident they opened.
    if (detail) heading.current?.focus();
  }, [detail?.summary.id]);

  if (loaded.state === 'failed')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{loaded.result.message[language]}</MessageBarBody>
      </MessageBar>
    );
  if (!detail) return <Spinner label={text.loading} />;

  const save = (call: ReturnType<TabApi['act']>) => {
    setIsBusy(true);
    setNotice(undefined);
    void call.then((result) => {
      setIsBusy(false);
      if (result.ok) {
        setDetail(result.value);
        setNotice({ intent: 'success', text: text.saved });
        onChanged?.();
      } else {
        setNotice({ intent: 'error', text: result.message[language] });
      }
    });
  };

  const act = (action: IncidentAction) => save(api.act(incidentId, action));
  const decide = (input: BreachDecisionInput) => save(api.decideBreach(incidentId, input));

  const { summary, card } = detail;
  const fact = (term: string, value: string | undefined) =>
    value ? (
      <>
        <dt className={styles.term}>{term}</dt>
        <dd className={styles.definition}>{value}</dd>
      </>
    ) : null;

  return (
    <section className={styles.panel} aria-labelledby="incident-heading">
      <div>
        <Button appearance="secondary" onClick={onBack}>
          {text.back}
        </Button>
      </div>
      <h2 id="incident-heading" tabIndex={-1} ref={heading} className={styles.heading}>
        {summary.number} — {card.kind[language]}
      </h2>
      <div>
        <Text weight="semibold" data-status={summary.status}>
          {summary.statusLabel[language]}
        </Text>{' '}
        <DeadlineBadge summary={summary} language={language} />
      </div>
      <dl className={styles.facts}>
        {fact(text.details.occurred, card.occurredAt[language])}
        {fact(text.details.discovered, card.discoveredAt[language])}
        {fact(text.details.deadline, card.deadline[language])}
        {fact(text.details.dataKinds, card.dataKinds.map((item) => item[language]).join(', '))}
        {fact(text.details.subjects, card.subjectGroups.map((item) => item[language]).join(', '))}
        {fact(text.details.affected, String(card.affectedCount))}
        {fact(text.details.encrypted, card.encrypted[language])}
        {fact(text.details.reporter, card.reporterName)}
        {fact(text.details.assignee, card.assigneeName)}
        {fact(text.details.description, card.summary)}
        {fact(text.details.measures, card.measuresTaken)}
        {fact(text.details.apReference, card.apReference)}
        {fact(LATE_REASON[language], card.lateReason)}
        {fact(text.details.decision, card.decisionText)}
      </dl>

      <Subtitle2 as="h3">{text.audit}</Subtitle2>
      <ol className={styles.list} aria-label={text.audit}>
        {detail.audit.map((line) => (
          <li key={`${line.at}-${line.action}`}>
            {line.atLabel[language]} — {line.actorName}: {line.actionLabel[language]}
          </li>
        ))}
      </ol>

      <div aria-live="polite" role="status">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {card.assessment && (
        <BreachAssessmentPanel
          assessment={card.assessment}
          language={language}
          isBusy={isBusy}
          {...(detail.apDraft && summary.status !== 'closed' ? { onDecide: decide } : {})}
        />
      )}

      {card.authorities && (
        <AuthoritiesPanel
          authorities={card.authorities}
          language={language}
          isBusy={isBusy}
          {...(detail.apDraft && summary.status !== 'closed'
            ? { onInformed: (authorityId: string) => act({ verb: 'informAuthority', authorityId }) }
            : {})}
        />
      )}

      {detail.verbs.length > 0 && (
        <>
          <Subtitle2 as="h3">{text.actions}</Subtitle2>
          <IncidentActionsForm
            verbs={detail.verbs}
            language={language}
            isBusy={isBusy}
            deadline={summary.deadline}
            onAct={act}
          />
        </>
      )}

      {detail.apDraft && (
        <LetterDrafts
          api={api}
          incidentId={incidentId}
          incidentNumber={summary.number}
          language={language}
        />
      )}

      {detail.apDraft && (
        <ApDraftView draft={detail.apDraft} title={text.apDraft} language={language} />
      )}

      {detail.apFollowUpDraft && (
        <ApDraftView
          draft={detail.apFollowUpDraft}
          title={FOLLOW_UP_TITLE[language]}
          language={language}
        />
      )}
    </section>
  );
}
