// What a sender reads about each finding, Dutch first. Short, plain, with the policy section;
// never the sensitive content itself (BSNs are masked before they get here).
import type { NoticeCode, RuleId, Text } from '../scan/types';
import { guardSection, guardText } from './guard-texts';

/** The policy section each rule rests on by default (ibp-beleid Kindante); a pack names its own. */
const POLICY_SECTIONS: Record<RuleId, string> = {
  bsn: 'Bijlage 7, e-mail; §10 Uitwisselen van leerlinggegevens',
  'pupil-file': 'Bijlage 7, e-mail; §10 Uitwisselen van leerlinggegevens',
  'sensitive-personal': 'Bijlage 7, e-mail; Bijlage 2 art. 11 Beveiliging',
  bcc: 'Bijlage 7, e-mail (BCC)',
  'private-forward': 'Bijlage 7, e-mail (geen privémail)',
  'attachment-size': 'Bijlage 8 §5 Gebruik van e-mail',
};

/** The section a finding cites: the pack's guard-texts.md, else the default above. */
export function policySectionOf(rule: RuleId): string {
  return guardSection(rule) ?? POLICY_SECTIONS[rule];
}

export const findingMessages = {
  citizenNumber(kind: 'bsn' | 'onderwijsnummer', masked: string): Text {
    return kind === 'bsn'
      ? {
          nl: `Deze mail bevat een burgerservicenummer (${masked}). Een BSN mag niet in een gewone mail: verstuur versleuteld of haal het nummer weg.`,
          en: `This mail contains a citizen service number (BSN, ${masked}). A BSN must not go by plain mail: send encrypted or remove the number.`,
        }
      : {
          nl: `Deze mail bevat een onderwijsnummer (${masked}). Dat telt als een BSN: verstuur versleuteld of haal het nummer weg.`,
          en: `This mail contains an education number (onderwijsnummer, ${masked}). It counts as a BSN: send encrypted or remove the number.`,
        };
  },
  pupilFile(): Text {
    return {
      nl: 'Deze mail lijkt gevoelige informatie over een leerling te bevatten (dossier, zorg, gezondheid of thuissituatie). Deel dit versleuteld of via het leerlingvolgsysteem.',
      en: 'This mail seems to contain sensitive information about a pupil (file, support, health or home situation). Share it encrypted or through the pupil administration system.',
    };
  },
  sensitivePersonal(): Text {
    return {
      nl: 'Deze mail lijkt gevoelige persoonsgegevens van een volwassene te bevatten (zoals ID-bewijs, salaris, gezondheid of personeelsdossier). Verstuur versleuteld.',
      en: 'This mail seems to contain sensitive personal data about an adult (such as an ID copy, pay, health or HR records). Send it encrypted.',
    };
  },
  visibleRecipients(count: number): Text {
    return {
      nl: `${count} externe ontvangers zien elkaars adres in Aan/CC. Zet ze in BCC.`,
      en: `${count} external recipients can see each other's address in To/Cc. Move them to Bcc.`,
    };
  },
  privateForward(address: string): Text {
    return {
      nl: `${address} lijkt je eigen privémailadres. Werkmail hoort niet in een privémailbox.`,
      en: `${address} looks like your own private mailbox. Work mail does not belong in a private mailbox.`,
    };
  },
  attachmentSize(megabytes: string, limit: number): Text {
    return {
      nl: `De bijlagen zijn samen ${megabytes} MB (meer dan ${limit} MB). ${guardText('large-attachment-advice', 'nl') ?? 'Deel grote bestanden via de datadrive of OneDrive.'}`,
      en: `The attachments add up to ${megabytes} MB (over ${limit} MB). ${guardText('large-attachment-advice', 'en') ?? 'Share large files through the data drive or OneDrive.'}`,
    };
  },
};

export function noticeMessage(code: NoticeCode, name: string): Text {
  switch (code) {
    case 'attachment-unreadable':
      return {
        nl: `Bijlage "${name}" kon niet gelezen worden (beschadigd of onbekend formaat); alleen de naam is gecontroleerd. Controleer de inhoud zelf.`,
        en: `Attachment "${name}" could not be read (damaged or unknown format); only its name was checked. Check its content yourself.`,
      };
    case 'attachment-truncated':
      return {
        nl: `Bijlage "${name}" is te groot om helemaal te controleren; alleen het begin is gelezen.`,
        en: `Attachment "${name}" is too large to check completely; only its beginning was read.`,
      };
    case 'attachment-over-budget':
      return {
        nl: `Bijlage "${name}" is niet gecontroleerd: de mail heeft te veel of te grote bijlagen om op tijd te lezen. Controleer de inhoud zelf.`,
        en: `Attachment "${name}" was not checked: the mail has too many or too large attachments to read in time. Check its content yourself.`,
      };
    case 'attachment-too-deep':
      return {
        nl: `Bijlage "${name}" zit te diep in doorgestuurde mails en is niet gelezen. Controleer de inhoud zelf.`,
        en: `Attachment "${name}" is nested too deep in forwarded mails and was not read. Check its content yourself.`,
      };
    case 'attachment-password':
      return {
        nl: `Bijlage "${name}" is met een wachtwoord beveiligd; de inhoud kon niet worden gecontroleerd.`,
        en: `Attachment "${name}" is password-protected; its content could not be checked.`,
      };
    case 'attachment-image-only':
      return {
        nl: `Bijlage "${name}" is een scan; de inhoud kon niet worden gecontroleerd.`,
        en: `Attachment "${name}" is a scan; its content could not be checked.`,
      };
    case 'attachment-unsupported':
      return {
        nl: `Bijlage "${name}" heeft een oud of onbekend formaat; alleen de naam is gecontroleerd. Controleer de inhoud zelf.`,
        en: `Attachment "${name}" has an old or unknown format; only its name was checked. Check its content yourself.`,
      };
    case 'attachment-not-read':
      return {
        nl: `Bijlage "${name}" kon niet worden gecontroleerd: Outlook gaf de inhoud niet (op tijd). Controleer de inhoud zelf.`,
        en: `Attachment "${name}" could not be checked: Outlook did not provide its content (in time). Check its content yourself.`,
      };
  }
}
