// The preview page's own words (the compose window around the add-in), Dutch first. What the add-in
// itself says comes from shared/i18n through the real bundles.
import type { Language } from '../../shared/i18n/smart-alert-text';

const nl = {
  title: 'Privacywacht — voorbeeld in een Outlook-opstelscherm',
  intro:
    'De echte invoegtoepassing (events.js en het taakvenster) op een nagebootste Outlook. Alles blijft in deze browser: niets wordt verstuurd of geüpload.',
  sample: 'Voorbeeldmail',
  client: 'Outlook-versie',
  language: 'Taal',
  from: 'Van',
  to: 'Aan',
  cc: 'CC',
  bcc: 'BCC',
  subject: 'Onderwerp',
  body: 'Berichttekst',
  attachments: 'Bijlagen',
  addAttachment: 'Bijlage toevoegen',
  removeAttachment: 'Verwijder',
  send: 'Verzenden',
  dropEml: 'Sleep een .eml-bestand hierheen (of kies er een) om je eigen mail te proberen.',
  chooseEml: 'Kies .eml',
  emlRead: (name: string) => `Geopend: ${name}`,
  emlFailed: (name: string) => `${name} kon niet gelezen worden als mail.`,
  sending: 'Privacywacht controleert je mail…',
  sent: (subject: string) => `Verzonden: "${subject}". De mail is weg.`,
  newMail: 'Nieuwe mail',
  dontSend: 'Niet versturen',
  sendAnyway: 'Toch versturen',
  alertTitle: 'Privacywacht',
  taskpane: 'Taakvenster Privacywacht',
  reloadPane: 'Opnieuw openen',
  addresses: 'adressen, gescheiden door ;',
  recipientsHint: 'Pas ontvangers aan en verlaat het veld: de echte gebeurtenis loopt dan.',
} as const;

type PreviewText = {
  [key in keyof typeof nl]: (typeof nl)[key] extends string ? string : (typeof nl)[key];
};

const en: PreviewText = {
  title: 'Privacywacht — preview in an Outlook compose window',
  intro:
    'The real add-in (events.js and the task pane) on a stand-in for Outlook. Everything stays in this browser: nothing is sent or uploaded.',
  sample: 'Sample mail',
  client: 'Outlook client',
  language: 'Language',
  from: 'From',
  to: 'To',
  cc: 'Cc',
  bcc: 'Bcc',
  subject: 'Subject',
  body: 'Message body',
  attachments: 'Attachments',
  addAttachment: 'Attach file',
  removeAttachment: 'Remove',
  send: 'Send',
  dropEml: 'Drop an .eml file here (or choose one) to try your own mail.',
  chooseEml: 'Choose .eml',
  emlRead: (name: string) => `Opened: ${name}`,
  emlFailed: (name: string) => `${name} could not be read as a mail.`,
  sending: 'Privacywacht is checking your mail…',
  sent: (subject: string) => `Sent: "${subject}". The mail is gone.`,
  newMail: 'New mail',
  dontSend: "Don't send",
  sendAnyway: 'Send anyway',
  alertTitle: 'Privacywacht',
  taskpane: 'Privacywacht task pane',
  reloadPane: 'Open again',
  addresses: 'addresses, separated by ;',
  recipientsHint: 'Change recipients and leave the field: the real event then runs.',
};

export function previewText(language: Language): PreviewText {
  return language === 'nl' ? nl : en;
}

export type { PreviewText };
