// What the tab says about the policy pack (issue 19), Dutch and English: the privacy officer's
// section under "Privacybeleid" — validation errors, entries past review, and the entry editor.
import type { TabLanguage } from './tab-host';

const NL = {
  heading: 'Beleidspakket beheren',
  entries: (count: number) => `${count} antwoorden in het pakket.`,
  errorsTitle: 'Het beleidspakket heeft fouten',
  errorsIntro:
    'De bot beantwoordt vragen met de laatste goede versie tot deze fouten zijn opgelost.',
  overdueHeading: 'Over de herzieningsdatum',
  overdueNone: 'Alle antwoorden zijn binnen hun herzieningsdatum.',
  reviewBy: (date: string) => `herzien vóór ${date}`,
  edit: 'Bewerken',
  editLabel: (title: string) => `Bewerk: ${title}`,
  openHeading: 'Een antwoord bewerken of toevoegen',
  idLabel: 'Id van het antwoord',
  open: 'Openen',
  add: 'Nieuw antwoord',
  readOnly:
    'Dit is het meegeleverde pakket; het kan hier niet worden bewerkt. Kopieer het en stel policyPack in de configuratie in.',
  form: {
    title: 'Titel (Nederlands)',
    titleEn: 'Titel (Engels)',
    answer: 'Antwoord (Nederlands)',
    answerEn: 'Antwoord (Engels)',
    questions: 'Vragen (Nederlands), één per regel',
    questionsEn: 'Vragen (Engels), één per regel',
    situations: 'Situaties die dit antwoord dekt (Nederlands), één per regel',
    situationsEn: 'Situaties die dit antwoord dekt (Engels), één per regel',
    section: 'Bron in het beleid',
    related: 'Gerelateerde antwoorden (id’s, met komma’s)',
    reviewBy: 'Herzien vóór',
    placeholders:
      'Gebruik {contact.privacyOfficer}, {contact.breachReport}, {contact.ictDomain} of {contact.communications} voor contactpersonen; namen en nummers staan in de configuratie.',
  },
  save: 'Opslaan',
  retire: 'Intrekken',
  cancel: 'Sluiten',
  saved: 'Opgeslagen. De bot antwoordt nu met deze tekst.',
  retired: 'Ingetrokken. De bot geeft dit antwoord niet meer.',
  historyHeading: 'Geschiedenis',
  historyNone: 'Nog niet gewijzigd in het tabblad.',
  kinds: { edit: 'gewijzigd', add: 'toegevoegd', retire: 'ingetrokken' },
  changed: 'velden',
};

type PackText = typeof NL;

const EN: PackText = {
  heading: 'Manage the policy pack',
  entries: (count) => `${count} entries in the pack.`,
  errorsTitle: 'The policy pack has errors',
  errorsIntro: 'The bot answers with the last valid version until these errors are fixed.',
  overdueHeading: 'Past their review date',
  overdueNone: 'Every entry is within its review date.',
  reviewBy: (date) => `review by ${date}`,
  edit: 'Edit',
  editLabel: (title) => `Edit: ${title}`,
  openHeading: 'Edit or add an entry',
  idLabel: 'Entry id',
  open: 'Open',
  add: 'New entry',
  readOnly:
    'This is the bundled pack; it cannot be edited here. Copy it and set policyPack in the configuration.',
  form: {
    title: 'Title (Dutch)',
    titleEn: 'Title (English)',
    answer: 'Answer (Dutch)',
    answerEn: 'Answer (English)',
    questions: 'Questions (Dutch), one per line',
    questionsEn: 'Questions (English), one per line',
    situations: 'Situations this answer covers (Dutch), one per line',
    situationsEn: 'Situations this answer covers (English), one per line',
    section: 'Policy section',
    related: 'Related entries (ids, comma-separated)',
    reviewBy: 'Review by',
    placeholders:
      'Use {contact.privacyOfficer}, {contact.breachReport}, {contact.ictDomain} or {contact.communications} for contacts; names and numbers live in the configuration.',
  },
  save: 'Save',
  retire: 'Retire',
  cancel: 'Close',
  saved: 'Saved. The bot now answers with this text.',
  retired: 'Retired. The bot no longer gives this answer.',
  historyHeading: 'History',
  historyNone: 'Not changed in the tab yet.',
  kinds: { edit: 'edited', add: 'added', retire: 'retired' },
  changed: 'fields',
};

export function packText(language: TabLanguage): PackText {
  return language === 'en' ? EN : NL;
}
