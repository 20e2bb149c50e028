// The privacy officer's part of "Privacybeleid" (issue 19): the policy pack's validation errors,
// the entries past their review date, and an editor to change, add or retire an entry with its
// history. Renders nothing for anyone else (the API refuses them).
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PackEditView, PolicyPackStatus } from '../../api/policy-pack-router';
import type { KnowledgeEntry } from '../../../shared/policy/knowledge/types';
import type { TabApi } from '../api-client';
import { emptyForm, entryFromForm, formFromEntry, type EntryForm } from '../pack-entry-form';
import { packText } from '../pack-text';
import type { TabLanguage } from '../tab-host';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalL,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type Editing =
  | { kind: 'none' }
  | {
      kind: 'open';
      isNew: boolean;
      form: EntryForm;
      entry?: KnowledgeEntry;
      history: PackEditView[];
    };

type Outcome = { intent: 'success' | 'error'; message: string } | undefined;

/**
 * With `draft` (the Inzicht view's "new entry from a question"), only the editor shows, opened on a
 * new entry with that form; `onClose` is called when it is cancelled.
 */
export function PackMaintenance({
  api,
  language,
  draft,
  onClose,
}: {
  api: TabApi;
  language: TabLanguage;
  draft?: EntryForm;
  onClose?: () => void;
}) {
  const styles = useStyles();
  const text = packText(language);
  const [status, setStatus] = useState<PolicyPackStatus | undefined>();
  const [wantedId, setWantedId] = useState('');
  const [editing, setEditing] = useState<Editing>(
    draft ? { kind: 'open', isNew: true, form: draft, history: [] } : { kind: 'none' },
  );
  const [outcome, setOutcome] = useState<Outcome>();

  const refresh = useCallback(() => {
    void api.packStatus().then((result) => setStatus(result.ok ? result.value : undefined));
  }, [api]);
  useEffect(refresh, [refresh]);

  const open = async (id: string) => {
    setOutcome(undefined);
    const [entry, history] = await Promise.all([api.packEntry(id), api.packHistory(id)]);
    if (!entry.ok) {
      setOutcome({ intent: 'error', message: entry.message[language] });
      return;
    }
    setEditing({
      kind: 'open',
      isNew: false,
      form: formFromEntry(entry.value),
      entry: entry.value,
      history: history.ok ? history.value : [],
    });
  };
  const startNew = () => {
    setOutcome(undefined);
    setEditing({
      kind: 'open',
      isNew: true,
      form: emptyForm(new Date().toISOString().slice(0, 10)),
      history: [],
    });
  };
  const change = (field: keyof EntryForm, value: string) =>
    setEditing((current) =>
      current.kind === 'open' ? { ...current, form: { ...current.form, [field]: value } } : current,
    );
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (editing.kind !== 'open') return;
    const entry = entryFromForm(editing.form, editing.entry);
    const result = await api.savePackEntry(entry, editing.isNew);
    if (!result.ok) {
      setOutcome({ intent: 'error', message: result.message[language] });
      return;
    }
    setOutcome({ intent: 'success', message: text.saved });
    refresh();
    await open(entry.id);
    setOutcome({ intent: 'success', message: text.saved });
  };
  const retire = async () => {
    if (editing.kind !== 'open' || editing.isNew) return;
    const result = await api.retirePackEntry(editing.form.id);
    if (!result.ok) {
      setOutcome({ intent: 'error', message: result.message[language] });
      return;
    }
    setEditing({ kind: 'none' });
    setOutcome({ intent: 'success', message: text.retired });
    refresh();
  };

  if (!status) return null;
  const field = (name: keyof EntryForm, label: string, multiline = false) =>
    editing.kind === 'open' && (
      <Field label={label}>
        {multiline ? (
          <Textarea
            value={editing.form[name]}
            resize="vertical"
            rows={4}
            onChange={(_event, data) => change(name, data.value)}
          />
        ) : (
          <Input
            value={editing.form[name]}
            type={name === 'reviewBy' ? 'date' : 'text'}
            onChange={(_event, data) => change(name, data.value)}
          />
        )}
      </Field>
    );

  return (
    <section
      className={styles.section}
      aria-labelledby="pack-heading"
      data-testid="pack-maintenance"
    >
      <Subtitle1 as="h2" id="pack-heading">
        {text.heading}
      </Subtitle1>
      {draft && !status.isEditable && <Text>{text.readOnly}</Text>}
      {!draft && <Text>{text.entries(status.entries)}</Text>}
      {!draft && status.errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="pack-errors">
          <MessageBarBody>
            <MessageBarTitle>{text.errorsTitle}</MessageBarTitle>
            {text.errorsIntro}
            <ul className={styles.list}>
              {status.errors.map((error) => (
                <li key={`${error.file}:${error.line ?? ''}:${error.message}`}>
                  <code>
                    {error.file}
                    {error.line === undefined ? '' : `:${error.line}`}
                  </code>{' '}
                  {error.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {!draft && <Subtitle2 as="h3">{text.overdueHeading}</Subtitle2>}
      {draft ? null : status.overdue.length === 0 ? (
        <Text>{text.overdueNone}</Text>
      ) : (
        <ul className={styles.list} aria-label={text.overdueHeading} data-testid="pack-overdue">
          {status.overdue.map((entry) => (
            <li key={entry.id}>
              {entry.title[language]} ({entry.section}) — {text.reviewBy(entry.reviewBy)}{' '}
              {status.isEditable && (
                <Button
                  size="small"
                  aria-label={text.editLabel(entry.title[language])}
                  onClick={() => void open(entry.id)}
                >
                  {text.edit}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}

      {!draft && <Subtitle2 as="h3">{text.openHeading}</Subtitle2>}
      {draft ? null : !status.isEditable ? (
        <Text>{text.readOnly}</Text>
      ) : (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            if (wantedId.trim() !== '') void open(wantedId.trim());
          }}
        >
          <Field label={text.idLabel}>
            <Input value={wantedId} onChange={(_event, data) => setWantedId(data.value)} />
          </Field>
          <Button type="submit">{text.open}</Button>
          <Button onClick={startNew}>{text.add}</Button>
        </form>
      )}

      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent} data-testid="pack-outcome">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {editing.kind === 'open' && (!draft || status.isEditable) && (
        <form
          className={styles.form}
          onSubmit={(event) => void save(event)}
          aria-label={editing.isNew ? text.add : text.editLabel(editing.form.titleNl)}
        >
          {editing.isNew && field('id', text.idLabel)}
          <Text size={200}>{text.form.placeholders}</Text>
          {field('titleNl', text.form.title)}
          {field('answerNl', text.form.answer, true)}
          {field('questionsNl', text.form.questions, true)}
          {field('situationsNl', text.form.situations, true)}
          {field('titleEn', text.form.titleEn)}
          {field('answerEn', text.form.answerEn, true)}
          {field('questionsEn', text.form.questionsEn, true)}
          {field('situationsEn', text.form.situationsEn, true)}
          {field('section', text.form.section)}
          {field('related', text.form.related)}
          {field('reviewBy', text.form.reviewBy)}
          <div className={styles.row}>
            <Button type="submit" appearance="primary">
              {text.save}
            </Button>
            {!editing.isNew && <Button onClick={() => void retire()}>{text.retire}</Button>}
            <Button
              onClick={() => {
                setEditing({ kind: 'none' });
                onClose?.();
              }}
            >
              {text.cancel}
            </Button>
          </div>
          {!editing.isNew && (
            <>
              <Subtitle2 as="h3">{text.historyHeading}</Subtitle2>
              {editing.history.length === 0 ? (
                <Text>{text.historyNone}</Text>
              ) : (
                <ul className={styles.list} aria-label={text.historyHeading}>
                  {editing.history.map((edit) => (
                    <li key={`${edit.at}-${edit.kind}`}>
                      {new Date(edit.at).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
                        timeZone: 'Europe/Amsterdam',
                      })}{' '}
                      — {edit.actor.name} — {text.kinds[edit.kind]}
                      {edit.kind === 'edit' ? `: ${edit.changed.join(', ')}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </form>
      )}
    </section>
  );
}
