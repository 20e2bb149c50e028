// What a reporter should do right now, per kind of incident, with the policy section it rests on.
// Our own words; the policy (IBP-beleid) is cited, not quoted.
import type { IncidentKind } from './report';

export interface Advice {
  nl: string[];
  en: string[];
  /** Where in the policy this comes from. */
  policyRef: string;
}

const ADVICE: Record<IncidentKind, Advice> = {
  'lost-device': {
    nl: [
      'Vraag het domein ICT om je account te blokkeren en het apparaat op afstand te wissen.',
      'Wijzig je wachtwoord vanaf een ander apparaat.',
      'Zoek nog op de plekken waar je was en vraag of het is gevonden.',
    ],
    en: [
      'Ask the ICT domain to block your account and wipe the device remotely.',
      'Change your password from another device.',
      'Check the places you were and ask whether it was found.',
    ],
    policyRef: 'Bijlage 7 (thuis of onderweg); Bijlage 4 (accountbeleid)',
  },
  'stolen-device': {
    nl: [
      'Vraag het domein ICT om je account te blokkeren en het apparaat op afstand te wissen.',
      'Wijzig je wachtwoord vanaf een ander apparaat.',
      'Doe aangifte bij de politie en bewaar het nummer van de aangifte.',
    ],
    en: [
      'Ask the ICT domain to block your account and wipe the device remotely.',
      'Change your password from another device.',
      'Report the theft to the police and keep the report number.',
    ],
    policyRef: 'Bijlage 7 (thuis of onderweg); Bijlage 4 (accountbeleid)',
  },
  'paper-lost': {
    nl: [
      'Zoek waar de papieren het laatst waren en vraag of ze zijn gevonden of ingeleverd.',
      'Schrijf op welke leerlingen of dossiers erin zaten, zo precies als je kunt.',
    ],
    en: [
      'Search where the papers were last and ask whether they were found or handed in.',
      'Write down which pupils or files were in them, as precisely as you can.',
    ],
    policyRef: 'Hoofdstuk 12 (protocol datalekken, in de praktijk)',
  },
  'wrong-recipient': {
    nl: [
      'Vraag de ontvanger de mail en de bijlagen te verwijderen en dat per mail te bevestigen.',
      'Stuur de mail niet opnieuw of door; probeer hem in Outlook terug te halen als de ontvanger binnen de organisatie zit.',
    ],
    en: [
      'Ask the recipient to delete the mail and its attachments and to confirm this by mail.',
      'Do not resend or forward it; try recalling it in Outlook if the recipient is inside the organisation.',
    ],
    policyRef: 'Bijlage 7 (e-mail); hoofdstuk 12 (foutief geadresseerde e-mails)',
  },
  'hacked-account': {
    nl: [
      'Wijzig direct je wachtwoord vanaf een ander apparaat.',
      'Vraag het domein ICT om je account te controleren en alle sessies af te melden.',
      "Waarschuw collega's als er mails uit jouw naam zijn verstuurd.",
    ],
    en: [
      'Change your password at once from another device.',
      'Ask the ICT domain to check your account and sign out all sessions.',
      'Warn colleagues if mails were sent in your name.',
    ],
    policyRef: 'Bijlage 4 (accountbeleid); hoofdstuk 12',
  },
  'unauthorised-access': {
    nl: [
      'Sluit de toegang af: kast op slot, scherm vergrendeld, of vraag het domein ICT de rechten in te trekken.',
      'Schrijf op wie er bij de gegevens kon en sinds wanneer.',
    ],
    en: [
      'Close off access: lock the cabinet or screen, or ask the ICT domain to revoke the rights.',
      'Write down who could reach the data and since when.',
    ],
    policyRef: 'Hoofdstuk 12 (in de praktijk); Bijlage 7 (in de klas)',
  },
  other: {
    nl: [
      'Beperk verdere verspreiding waar dat kan.',
      'Verwijder niets wat het domein ICT nodig kan hebben om het lek te beoordelen.',
    ],
    en: [
      'Limit any further spread where you can.',
      'Delete nothing the ICT domain may need to assess the breach.',
    ],
    policyRef: 'Hoofdstuk 12 (protocol datalekken)',
  },
};

export function immediateAdvice(kind: IncidentKind): Advice {
  return ADVICE[kind];
}
