// The draft letters that follow a breach (GDPR art. 34): shown on request as editable text to copy
// into a mail, or downloaded as a Word file (.docx) to edit; Privacywacht never sends them itself.
import { Button, Field, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { letterFileName, type LetterName } from '../../../shared/incidents/letter-names';
import type { LetterDraft } from '../../incidents/subject-notice';
import type { TabApi } from '../api-client';
import { downloadBlob } from '../download-blob';
import type { TabLanguage } from '../tab-host';

const TEXT = {
  nl: {
    title: 'Conceptbrieven',
    show: 'Maak conceptbrieven',
    notice: 'Brief aan de betrokkenen (AVG art. 34)',
    deletion: 'Verzoek aan de verkeerde ontvanger om te verwijderen',
    failed: 'De conceptbrieven konden niet worden gemaakt.',
    download: 'Download als Word-bestand (.docx)',
    neverSent: 'Privacywacht verstuurt deze brieven niet; pas ze aan en verstuur ze zelf.',
  },
  en: {
    title: 'Draft letters',
    show: 'Draft letters',
    notice: 'Letter to the people concerned (GDPR art. 34)',
    deletion: 'Request to the wrong recipient to delete',
    failed: 'The draft letters could not be made.',
    download: 'Download as a Word file (.docx)',
    neverSent: 'Privacywacht never sends these letters; edit them and send them yourself.',
  },
};

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '48rem',
  },
  letter: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
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
  incidentNumber,
  language,
}: {
  api: TabApi;
  incidentId: string;
  /** DL-YYYY-NNNN, for the downloaded file's name. */
  incidentNumber: string;
  language: TabLanguage;
}) {
  const styles = useStyles();
  const text = TEXT[language];
  const [letters, setLetters] = useState<{ name: LetterName; title: string; body: string }[]>();
  const [hasFailed, setHasFailed] = useState(false);

  const show = () => {
    void api.letters(incidentId).then((result) => {
      if (!result.ok) {
        setHasFailed(true);
        return;
      }
      const { notice, deletionRequest } = result.value;
      setLetters([
        { name: 'notice', title: text.notice, body: letterText(notice) },
        ...(deletionRequest
          ? [
              {
                name: 'deletion-request' as const,
                title: text.deletion,
                body: letterText(deletionRequest),
              },
            ]
          : []),
      ]);
    });
  };
  const download = (name: LetterName) => {
    setHasFailed(false);
    void api.letterDocx(incidentId, name).then((result) => {
      if (result.ok) downloadBlob(result.value, letterFileName(name, incidentNumber));
      else setHasFailed(true);
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
      {letters && <p>{text.neverSent}</p>}
      {letters?.map((letter) => (
        <div key={letter.name} className={styles.letter} data-letter={letter.name}>
          <Field label={letter.title}>
            <Textarea defaultValue={letter.body} resize="vertical" rows={16} />
          </Field>
          <div>
            <Button onClick={() => download(letter.name)}>{text.download}</Button>
          </div>
        </div>
      ))}
    </section>
  );
}
