// Everything the task pane says, Dutch first. Short and plain: a teacher reads this between two
// lessons. Findings bring their own message; these are the pane's headings, buttons and outcomes.
import type { RuleId, Text } from '../scan/types';
import { guardText, type GuardTextKey } from './guard-texts';
import type { Language } from './smart-alert-text';

/** A one-click fix the pane offers next to a finding. */
export type FixKind = 'encrypt' | 'mask-numbers' | 'move-to-bcc';

const RULE_TITLES: Record<RuleId, Text> = {
  bsn: { nl: 'Burgerservicenummer (BSN)', en: 'Citizen service number (BSN)' },
  'pupil-file': { nl: 'Gevoelige leerlinggegevens', en: 'Sensitive pupil information' },
  'sensitive-personal': { nl: 'Gevoelige persoonsgegevens', en: 'Sensitive personal data' },
  bcc: { nl: 'Ontvangers zien elkaars adres', en: "Recipients see each other's address" },
  'private-forward': { nl: 'Naar een privémailbox', en: 'To a private mailbox' },
  'attachment-size': { nl: 'Grote bijlagen', en: 'Large attachments' },
};

/** Why each kind of finding matters, in a sentence a teacher recognises. */
const RULE_WHY: Record<RuleId, Text> = {
  bsn: {
    nl: 'Met een BSN kan iemands identiteit worden misbruikt. Het mag alleen versleuteld of in een beveiligde omgeving worden gedeeld.',
    en: "A BSN can be used to misuse someone's identity. It may only be shared encrypted or in a secured environment.",
  },
  'pupil-file': {
    nl: 'Dossier- en zorggegevens over een kind zijn gevoelig. Een gewone mail kan worden onderschept of doorgestuurd naar wie het niet mag zien.',
    en: "File and care details about a child are sensitive. A plain mail can be intercepted or forwarded to people who shouldn't see it.",
  },
  'sensitive-personal': {
    nl: 'Gegevens over gezondheid, geld of een personeelsdossier kunnen iemand schaden als ze uitlekken.',
    en: 'Details about health, money or an HR file can harm someone if they leak.',
  },
  bcc: {
    nl: 'Wie in Aan of CC staat, ziet alle andere adressen. Zo krijgen ouders elkaars gegevens; dat is een veelvoorkomend datalek.',
    en: 'Everyone in To or Cc sees all other addresses, so parents receive each other’s details; a common data breach.',
  },
  'private-forward': {
    nl: 'Een privémailbox valt buiten de beveiliging en de afspraken van de organisatie.',
    en: "A private mailbox is outside the organisation's security and agreements.",
  },
  'attachment-size': {
    nl: 'Grote bijlagen worden vaak doorgestuurd en blijven in veel mailboxen staan; met een gedeelde link houd je zicht op wie het bestand ziet.',
    en: 'Large attachments get forwarded and linger in many mailboxes; a shared link keeps control over who sees the file.',
  },
};

/** Advice for findings that have no one-click fix. */
const RULE_ADVICE: Partial<Record<RuleId, Text>> = {
  'private-forward': {
    nl: 'Haal je privéadres uit de ontvangers. Werk je thuis, open je werkmail dan in Outlook op het web.',
    en: 'Remove your private address from the recipients. Working from home? Open your work mail in Outlook on the web.',
  },
  'attachment-size': {
    nl: 'Zet het bestand op OneDrive of de datadrive en deel een link met alleen de mensen die het nodig hebben.',
    en: 'Put the file on OneDrive or the data drive and share a link with only the people who need it.',
  },
};

const FIX_LABELS: Record<FixKind, Text> = {
  encrypt: { nl: 'Versleuteld sturen', en: 'Send encrypted' },
  'mask-numbers': { nl: 'Nummers onherkenbaar maken', en: 'Mask the numbers' },
  'move-to-bcc': { nl: 'Externe ontvangers naar BCC', en: 'Move external recipients to Bcc' },
};

const FIX_DONE: Record<FixKind, Text> = {
  encrypt: {
    nl: 'Deze mail is gemarkeerd om versleuteld te worden verstuurd.',
    en: 'This mail is marked to be sent encrypted.',
  },
  'mask-numbers': {
    nl: 'De nummers in onderwerp en tekst zijn onherkenbaar gemaakt (alleen de laatste drie cijfers staan er nog).',
    en: 'The numbers in the subject and text are masked (only the last three digits remain).',
  },
  'move-to-bcc': {
    nl: 'De externe ontvangers staan nu in BCC; collega’s zijn gebleven waar ze stonden.',
    en: 'The external recipients are now in Bcc; colleagues stayed where they were.',
  },
};

const TEXTS = {
  paneTitle: { nl: 'Privacywacht', en: 'Privacywacht' },
  checking: { nl: 'Deze mail wordt gecontroleerd…', en: 'Checking this mail…' },
  allClear: {
    nl: 'Niets gevonden waar het privacybeleid over waarschuwt. Deze mail kan zo weg.',
    en: 'Nothing the privacy policy warns about. This mail can go as it is.',
  },
  markedEncrypted: {
    nl: 'Versleuteld verzenden staat aan: de inhoud mag zo weg.',
    en: 'Encrypted sending is on: the content may go like this.',
  },
  blocked: {
    nl: 'Deze mail kan zo niet weg. Los de eerste melding op.',
    en: 'This mail cannot go like this. Resolve the first finding.',
  },
  warned: {
    nl: 'Kijk deze meldingen na voordat je verstuurt.',
    en: 'Review these findings before you send.',
  },
  findingsHeading: { nl: 'Meldingen', en: 'Findings' },
  whyLabel: { nl: 'Waarom dit telt', en: 'Why this matters' },
  detectedByLabel: { nl: 'Hoe herkend', en: 'How it was detected' },
  sectionLabel: { nl: 'Beleid', en: 'Policy' },
  foundLabel: { nl: 'Gevonden', en: 'Found' },
  notChecked: { nl: 'Niet helemaal gecontroleerd', en: 'Not fully checked' },
  recheck: { nl: 'Opnieuw controleren', en: 'Check again' },
  applying: { nl: 'Bezig…', en: 'Working…' },
  scanFailed: {
    nl: 'Deze mail kon niet worden gecontroleerd. Kies "Opnieuw controleren"; lukt het dan nog niet, controleer zelf op BSN’s en leerlinggegevens.',
    en: 'This mail could not be checked. Choose "Check again"; if that fails too, check for BSNs and pupil information yourself.',
  },
  fixFailed: {
    nl: 'Dat lukte niet: Outlook gaf een fout. Je mail is niet veranderd. Probeer het opnieuw of pas de mail zelf aan.',
    en: 'That did not work: Outlook reported an error. Your mail is unchanged. Try again or edit the mail yourself.',
  },
  instructionsHeading: { nl: 'Zo verstuur je versleuteld', en: 'How to send encrypted' },
  reportHeading: {
    nl: 'Dit was een vergissing — meld een datalek',
    en: 'This was a mistake — report a data breach',
  },
  reportIntro: {
    nl: 'Ging deze mail naar de verkeerde persoon, of stond er iets in wat er niet in hoorde? Dan kan het een datalek zijn. Meld het direct: binnen 72 uur moet besloten zijn of de Autoriteit Persoonsgegevens het moet weten (§12 Protocol datalekken).',
    en: 'Did this mail reach the wrong person, or contain something it should not have? Then it may be a data breach. Report it right away: within 72 hours it must be decided whether the Dutch Data Protection Authority needs to know (§12).',
  },
  reportFormHeading: { nl: 'Meld het hier', en: 'Report it here' },
  reportTeamsHeading: { nl: 'Of meld het in Teams', en: 'Or report it in Teams' },
  kindLabel: { nl: 'Wat is er gebeurd?', en: 'What happened?' },
  occurredLabel: { nl: 'Wanneer gebeurde het?', en: 'When did it happen?' },
  discoveredLabel: { nl: 'Wanneer ontdekte je het?', en: 'When did you discover it?' },
  dateLabel: { nl: 'Datum', en: 'Date' },
  timeLabel: { nl: 'Tijd', en: 'Time' },
  dataKindsLabel: { nl: 'Welke gegevens?', en: 'Which data?' },
  subjectGroupsLabel: { nl: 'Van wie?', en: 'Whose data?' },
  affectedLabel: {
    nl: 'Om hoeveel mensen gaat het ongeveer?',
    en: 'About how many people are affected?',
  },
  encryptedLabel: { nl: 'Waren de gegevens versleuteld?', en: 'Was the data encrypted?' },
  measuresLabel: { nl: 'Wat heb je al gedaan?', en: 'What have you done already?' },
  descriptionLabel: { nl: 'Beschrijving', en: 'Description' },
  submitReport: { nl: 'Datalek melden', en: 'Report data breach' },
  submitting: { nl: 'Versturen…', en: 'Sending…' },
  reportReceived: { nl: 'Je melding is ontvangen', en: 'Your report has been received' },
  deadlineText: {
    nl: 'Het domein ICT beoordeelt de melding; uiterlijk moet besloten zijn op',
    en: 'The ICT domain reviews the report; the decision is due by',
  },
  adviceHeading: { nl: 'Doe nu meteen', en: 'Do this right away' },
  reportInvalid: {
    nl: 'Nog niet compleet: vul de gemarkeerde velden aan.',
    en: 'Not complete yet: fix the marked fields.',
  },
  reportUnavailable: {
    nl: 'Melden lukte hier niet (geen verbinding met Privacywacht). Er is niets verstuurd; meld het datalek in Teams, zoals hieronder staat.',
    en: 'Reporting did not work here (no connection to Privacywacht). Nothing was sent; report the breach in Teams as described below.',
  },
  reportSignIn: {
    nl: 'Je aanmelding kon niet worden bevestigd. Er is niets verstuurd; meld het datalek in Teams, zoals hieronder staat.',
    en: 'Your sign-in could not be confirmed. Nothing was sent; report the breach in Teams as described below.',
  },
  reportStepsHeading: { nl: 'Zo meld je het', en: 'How to report it' },
  reportStepOpenTeams: {
    nl: 'Open Teams en ga naar de chat met de Privacywacht-bot.',
    en: 'Open Teams and go to the chat with the Privacywacht bot.',
  },
  reportStepType: {
    nl: 'Typ datalek. Er verschijnt een meldformulier.',
    en: 'Type datalek. A report form appears.',
  },
  reportStepFill: {
    nl: 'Vul het formulier in. De gegevens hieronder helpen daarbij.',
    en: 'Fill in the form. The facts below help you do so.',
  },
  wrongRecipientAdvice: {
    nl: 'Naar de verkeerde ontvanger? Vraag die persoon nu al de mail te verwijderen en niet door te sturen.',
    en: 'Sent to the wrong recipient? Ask that person now to delete the mail and not forward it.',
  },
  deletionHeading: {
    nl: 'Vraag de ontvanger de mail te verwijderen',
    en: 'Ask the recipient to delete the mail',
  },
  deletionIntro: {
    nl: 'Outlook opent een nieuw bericht met het verzoek de mail te verwijderen en dat te bevestigen, in het Nederlands en het Engels. Er staat niets uit je mail in. Controleer het en verstuur het zelf.',
    en: 'Outlook opens a new message asking the recipient to delete the mail and confirm, in Dutch and English. Nothing from your mail is in it. Check it and send it yourself.',
  },
  deletionWhoLabel: {
    nl: 'Wie had de mail niet mogen krijgen?',
    en: 'Who should not have received the mail?',
  },
  deletionBccNote: {
    nl: 'Meerdere ontvangers komen in BCC, zodat ze elkaars adres niet zien.',
    en: "Several recipients go in Bcc, so they do not see each other's address.",
  },
  deletionOpen: { nl: 'Verzoek opstellen', en: 'Draft the request' },
  deletionOpened: {
    nl: 'Het verzoek staat klaar in een nieuw bericht. Controleer het en verstuur het zelf.',
    en: 'The request is ready in a new message. Check it and send it yourself.',
  },
  deletionFailed: {
    nl: 'Outlook kon geen nieuw bericht openen. Vraag de ontvanger zelf de mail te verwijderen en dat te bevestigen.',
    en: 'Outlook could not open a new message. Ask the recipient yourself to delete the mail and confirm.',
  },
  factsHeading: {
    nl: 'Gegevens van deze mail (zonder de inhoud)',
    en: 'Facts about this mail (without its content)',
  },
  recipientsLabel: { nl: 'Ontvangers', en: 'Recipients' },
  sentAtLabel: { nl: 'Verstuurd', en: 'Sent' },
  attachmentsLabel: { nl: 'Bijlagen', en: 'Attachments' },
  noneLabel: { nl: 'geen', en: 'none' },
  copyFacts: { nl: 'Gegevens kopiëren', en: 'Copy the facts' },
  copied: { nl: 'Gekopieerd.', en: 'Copied.' },
  copyFailed: {
    nl: 'Kopiëren lukte niet; selecteer de gegevens hierboven en kopieer ze zelf.',
    en: 'Copying failed; select the facts above and copy them yourself.',
  },
  readFailed: {
    nl: 'De gegevens van deze mail konden niet worden gelezen. Meld het datalek toch in Teams en beschrijf de mail zelf.',
    en: 'The facts of this mail could not be read. Report the breach in Teams anyway and describe the mail yourself.',
  },
} satisfies Record<string, Text>;

export type TaskpaneTextKey = keyof typeof TEXTS;

/** Pane texts a policy pack may replace (guard-texts.md), by the pack's key. */
const GUARD_TEXT_OF: Partial<Record<TaskpaneTextKey, GuardTextKey>> = {
  reportIntro: 'report-intro',
  deadlineText: 'report-review',
};
const RULE_ADVICE_GUARD_TEXT: Partial<Record<RuleId, GuardTextKey>> = {
  'private-forward': 'private-forward-advice',
  'attachment-size': 'large-attachment-advice',
};

export function taskpaneText(key: TaskpaneTextKey, language: Language): string {
  const replaced = GUARD_TEXT_OF[key];
  return (replaced && guardText(replaced, language)) ?? TEXTS[key][language];
}

export function ruleTitle(rule: RuleId, language: Language): string {
  return RULE_TITLES[rule][language];
}

export function ruleWhy(rule: RuleId, language: Language): string {
  return RULE_WHY[rule][language];
}

export function ruleAdvice(rule: RuleId, language: Language): string | undefined {
  const replaced = RULE_ADVICE_GUARD_TEXT[rule];
  return (replaced && guardText(replaced, language)) ?? RULE_ADVICE[rule]?.[language];
}

export function fixLabel(fix: FixKind, language: Language): string {
  return FIX_LABELS[fix][language];
}

export function fixDoneText(fix: FixKind, language: Language): string {
  return (
    (fix === 'encrypt' ? guardText('encrypt-done', language) : undefined) ?? FIX_DONE[fix][language]
  );
}
