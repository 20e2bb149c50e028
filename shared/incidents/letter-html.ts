// A draft letter as the HTML body of a mail: the Dutch letter, a rule, then the English version
// under its own subject line. Everything is escaped; the letter's text is plain text.
import { escapeHtml } from '../html/escape-html';
import type { LetterDraft } from './letter-draft';

type Language = 'nl' | 'en';

/** Plain text as HTML: escaped, line breaks kept. */
function lines(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function letterPart(letter: LetterDraft, language: Language): string {
  return [
    ...(language === 'en' ? [`<p><b>${lines(letter.subject.en)}</b></p>`] : []),
    `<p>${lines(letter.greeting[language])}</p>`,
    ...letter.sections.map(
      (section) =>
        `<p><b>${lines(section.heading[language])}</b><br>${lines(section.text[language])}</p>`,
    ),
    `<p>${lines(letter.closing[language])}</p>`,
  ].join('');
}

/**
 * The letter as a mail body, Dutch first.
 * @example letterHtml(draftDeletionRequest({}, 'Stichting Kindante')) // '<div lang="nl"><p>Beste ontvanger,</p>…'
 */
export function letterHtml(letter: LetterDraft): string {
  return `<div lang="nl">${letterPart(letter, 'nl')}</div><hr><div lang="en">${letterPart(letter, 'en')}</div>`;
}
