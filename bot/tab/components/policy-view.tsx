// "Privacybeleid": ask or search the policy in plain words, read the answer with the section it
// rests on, and open an entry or its related entries; below, for the privacy officer, the pack's
// errors, review dates and editor (pack-maintenance.tsx).
import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { KnowledgeEntryDetail } from '../../api/knowledge-entry';
import type { EntryView, QaAnswer } from '../../qa/types';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';
import { PackMaintenance } from './pack-maintenance';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '48rem',
  },
  search: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  grow: { flexGrow: 1, minWidth: '14rem' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type Shown =
  | { kind: 'none' }
  | { kind: 'busy' }
  | { kind: 'answer'; answer: QaAnswer }
  | { kind: 'entry'; entry: KnowledgeEntryDetail }
  | { kind: 'failed'; message: string };

export function PolicyView({ api, language }: { api: TabApi; language: TabLanguage }) {
  const styles = useStyles();
  const text = tabText(language).search;
  const [question, setQuestion] = useState('');
  const [shown, setShown] = useState<Shown>({ kind: 'none' });

  const search = (event: FormEvent) => {
    event.preventDefault();
    if (question.trim() === '') return;
    setShown({ kind: 'busy' });
    void api
      .search(question)
      .then((result) =>
        setShown(
          result.ok
            ? { kind: 'answer', answer: result.value }
            : { kind: 'failed', message: result.message[language] },
        ),
      );
  };
  const read = (id: string) => {
    setShown({ kind: 'busy' });
    void api
      .entry(id, language)
      .then((result) =>
        setShown(
          result.ok
            ? { kind: 'entry', entry: result.value }
            : { kind: 'failed', message: result.message[language] },
        ),
      );
  };
  const entryLinks = (entries: readonly EntryView[]) => (
    <ul className={styles.list}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link as="button" onClick={() => read(entry.id)} aria-label={text.read(entry.title)}>
            {entry.title}
          </Link>{' '}
          <Text size={200}>({entry.section})</Text>
        </li>
      ))}
    </ul>
  );

  return (
    <div className={styles.view}>
      <form className={styles.search} onSubmit={search} role="search">
        <Field label={text.label} className={styles.grow}>
          <Input
            value={question}
            placeholder={text.placeholder}
            onChange={(_e, data) => setQuestion(data.value)}
          />
        </Field>
        <Button type="submit" appearance="primary">
          {text.submit}
        </Button>
      </form>
      <div aria-live="polite">
        {shown.kind === 'busy' && <Spinner label={tabText(language).loading} />}
        {shown.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{shown.message}</MessageBarBody>
          </MessageBar>
        )}
        {shown.kind === 'answer' && (
          <article data-testid="policy-answer">
            {!shown.answer.answered && <Subtitle2 as="h2">{text.notAnswered}</Subtitle2>}
            <Text as="p">{shown.answer.answer}</Text>
            {shown.answer.sources.map((source) => (
              <Text as="p" key={source.id}>
                {text.source}:{' '}
                <Link as="button" onClick={() => read(source.id)}>
                  {source.title}
                </Link>{' '}
                ({source.section})
              </Text>
            ))}
            {shown.answer.related.length > 0 && (
              <>
                <Subtitle2 as="h3">{text.related}</Subtitle2>
                {entryLinks(shown.answer.related)}
              </>
            )}
          </article>
        )}
        {shown.kind === 'entry' && (
          <article data-testid="policy-entry">
            <Subtitle1 as="h2">{shown.entry.title}</Subtitle1>
            <Text as="p">{shown.entry.answer}</Text>
            <Text as="p" weight="semibold">
              {text.source}: {shown.entry.section}
            </Text>
            {shown.entry.related.length > 0 && (
              <>
                <Subtitle2 as="h3">{text.related}</Subtitle2>
                {entryLinks(shown.entry.related)}
              </>
            )}
          </article>
        )}
      </div>
      <PackMaintenance api={api} language={language} />
    </div>
  );
}
