// The request to a wrong recipient to delete a mail and confirm it (policy Bijlage 7 on e-mail;
// ch. 12 names a misaddressed mail as a breach). One text for the incident card, the tab, the .docx
// and the add-in's "this was a mistake" flow. It names the organisation, the incident number and when
// the mail went out: never the mail's subject, content or anyone in it.
import { formatAmsterdam } from '../time/amsterdam-time';
import type { LetterDraft } from './letter-draft';

export interface DeletionRequestFacts {
  /** The incident's number (DL-YYYY-NNNN); absent when the request goes out before the report. */
  number?: string;
  /** When the mail was sent, so the recipient finds it among their mail. */
  sentAt?: Date;
}

/**
 * The request, Dutch and English; never sent automatically.
 * @example draftDeletionRequest({ number: 'DL-2026-0007' }, 'Stichting Kindante').subject.nl
 * // 'Verzoek: verwijder een per vergissing ontvangen e-mail (DL-2026-0007)'
 */
export function draftDeletionRequest(
  facts: DeletionRequestFacts,
  organisationName: string,
): LetterDraft {
  const reference = facts.number ? ` (${facts.number})` : '';
  const sent = facts.sentAt
    ? {
        nl: ` (verstuurd op ${formatAmsterdam(facts.sentAt, 'nl')})`,
        en: ` (sent on ${formatAmsterdam(facts.sentAt, 'en')})`,
      }
    : { nl: '', en: '' };
  return {
    subject: {
      nl: `Verzoek: verwijder een per vergissing ontvangen e-mail${reference}`,
      en: `Request: please delete an e-mail you received by mistake${reference}`,
    },
    greeting: { nl: 'Beste ontvanger,', en: 'Dear recipient,' },
    sections: [
      {
        heading: { nl: 'Wat vragen wij?', en: 'What do we ask?' },
        text: {
          nl: `U hebt per vergissing een e-mail van ${organisationName} ontvangen${sent.nl} met persoonsgegevens die niet voor u bedoeld zijn. Wilt u deze e-mail en de bijlagen verwijderen, ook uit uw map met verwijderde items, en de e-mail niet doorsturen of bewaren?`,
          en: `You received an e-mail from ${organisationName} by mistake${sent.en}, containing personal data not meant for you. Please delete this e-mail and its attachments, also from your deleted items, and do not forward or keep it.`,
        },
      },
      {
        heading: { nl: 'Bevestiging', en: 'Confirmation' },
        text: {
          nl: 'Wilt u per antwoord op deze e-mail bevestigen dat u de e-mail hebt verwijderd? Dan kunnen wij dat vastleggen.',
          en: 'Please confirm by replying to this e-mail that you have deleted it, so we can record that.',
        },
      },
    ],
    closing: {
      nl: `Alvast dank voor uw medewerking.\n${organisationName}`,
      en: `Thank you for your cooperation.\n${organisationName}`,
    },
  };
}
