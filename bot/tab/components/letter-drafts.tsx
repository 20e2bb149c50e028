// The draft letters that follow a breach (GDPR art. 34): shown on request as editable text to copy
// into a mail or document; Privacywacht never sends them itself.
import { Button, Field, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LetterDraft } from '../../incidents/subject-notice';
import type { TabApi } from '../api-client';
import type { TabLanguage } from '../tab-host';

const TEXT = {
  nl: {
    title: 'Conceptbrieven',
    show: 'Maak conceptbrieven',
    notice: 'Brief aan de betrokkenen (AVG art. 34)',
    deletion: 'Verzoek aan de verkeerde ontvanger om te verwijderen',
    failed: 'De conceptbrieven konden niet worden gemaakt.',
  },
  en: {
    title: 'Draft letters',
    show: 'Draft letters',
    notice: 'Letter to the people concerned (GDPR art. 34)',
    deletion: 'Request to the wrong recipient to delete',
    failed: 'The draft letters could not be made.',
  },
};

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '48rem',
  },
});

/** A letter as plain text: subject, greeting, sections, closing; both languages one after the other. */
function letterText(letter: LetterDraft): string {
  return (['nl', 'en'] as const)
    .map((language) =>
      [
        letter.subject[language],
        '',
        letter.greeting[language],
        '',
        ...letter.sections.flatMap((section) => [
          section.heading[language],
          section.text[language],
          '',
        ]),
        letter.closing[language],
      ].join('\n'),
    )
    .join('\n\n———\n\n');
}

export function LetterDrafts({
  api,
  incidentId,
  language,
}: {
  api: TabApi;
  incidentId: string;
  language: TabLanguage;
}) {
  const styles = useStyles();
  const text = TEXT[language];
  const [letters, setLetters] = useState<{ title: string; body: string }[]>();
  const [hasFailed, setHasFailed] = useState(false);
  const show = () => {
    void api.letters(incidentId).then((result) => {
      if (!result.ok) {
        setHasFailed(true);
        return;
      }
      const { notice, deletionRequest } = result.value;
      setLetters([
        { title: text.notice, body: letterText(notice) },
        ...(deletionRequest ? [{ title: text.deletion, body: letterText(deletionRequest) }] : []),
      ]);
    });
  };
  return (
    <section className={styles.panel} aria-label={text.title}>
      <Subtitle2 as="h3">{text.title}</Subtitle2>
      {!letters && (
        <div>
          <Button onClick={show}>{text.show}</Button>
        </div>
      )}
      {hasFailed && <p role="alert">{text.failed}</p>}
      {letters?.map((letter) => (
        <Field key={letter.title} label={letter.title}>
          <Textarea defaultValue={letter.body} resize="vertical" rows={16} />
        </Field>
      ))}
    </section>
  );
}
