// What the employer may monitor of phone, mail and internet use, and what never (Bijlage 8 §1,
// §9–§11).
import type { KnowledgeEntry } from './types';

export const MONITORING_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'monitoring-general',
    title: { nl: 'Controle door de werkgever', en: 'Monitoring by the employer' },
    questions: {
      nl: [
        'mag mijn werkgever mij controleren',
        'wordt mijn computergebruik gemonitord',
        'mag school meekijken wat ik doe op het netwerk',
        'controle werkgever',
        'monitoring medewerkers',
        'wordt er gecontroleerd wat ik doe',
      ],
      en: [
        'may my employer monitor me',
        'is my computer use monitored',
        'does the school monitor staff',
      ],
    },
    answer: {
      nl: 'De werkgever mag controleren op onjuist gebruik of misbruik van mail, internet en telefoon, maar alleen voor de doelen van de gedragscode en op de manieren die daarin staan. Het streven is een goede balans tussen controle en privacy: gekeken wordt naar aantallen en verkeersgegevens, niet naar inhoud.',
      en: 'The employer may check for improper use or misuse of mail, internet and phone, but only for the code of conduct’s purposes and in the ways it describes. The aim is a good balance between control and privacy: counts and traffic data are looked at, not content.',
    },
    section: 'Bijlage 8 Gedragscode ICT §1 Privacy',
    related: ['monitoring-email', 'monitoring-internet', 'monitoring-phone'],
  },
  {
    id: 'monitoring-email',
    title: { nl: 'Controle op e-mail', en: 'Monitoring of mail' },
    questions: {
      nl: [
        'leest de ict-er mijn mail mee',
        'wordt mijn e-mail gecontroleerd',
        'mail controleren',
        'leest iemand mijn mail',
        'wordt e-mail gemonitord',
      ],
      en: ['does anyone read my email', 'is my email monitored'],
    },
    answer: {
      nl: 'Nee, de inhoud van je mail wordt niet bekeken. De ICT-er of netwerkbeheerder kan alleen aantallen mails en de grootte van je postvakken zien, om de opslag in de gaten te houden.',
      en: 'No, the content of your mail is not looked at. The ICT person or network provider can only see numbers of mails and the size of your mail folders, to keep an eye on storage.',
    },
    section: 'Bijlage 8 Gedragscode ICT §10',
    related: ['monitoring-general', 'email-mailbox-cleanup', 'monitoring-internet'],
  },
  {
    id: 'monitoring-internet',
    title: { nl: 'Controle op internetgebruik', en: 'Monitoring of internet use' },
    questions: {
      nl: [
        'kan school zien welke websites ik bezoek',
        'wordt het internetverkeer gemonitord',
        'internet monitoring',
        'welke sites ik bezoek',
        'surfgedrag controleren',
      ],
      en: [
        'can the school see which websites I visit',
        'does the school track which websites I visit',
      ],
    },
    answer: {
      nl: 'De netwerkbeheerder volgt het internetverkeer voortdurend voor de snelheid van het netwerk. Bij een vermoeden van misbruik, zoals enorm dataverkeer vanaf één werkplek, kan worden nagegaan welke gebruiker wanneer welke website bezocht; dat gaat via de senior adviseur onderwijs/ICT naar je leidinggevende.',
      en: 'The network provider monitors internet traffic continuously for network performance. When misuse is suspected, such as huge data traffic from one workstation, it can be traced which user visited which website when; that goes through the senior education/ICT adviser to your manager.',
    },
    section: 'Bijlage 8 Gedragscode ICT §11',
    related: ['monitoring-general', 'internet-use', 'monitoring-email'],
  },
  {
    id: 'monitoring-phone',
    title: { nl: 'Controle op telefoonverkeer', en: 'Monitoring of phone traffic' },
    questions: {
      nl: [
        'kan de directie zien wie ik bel',
        'wordt het telefoonverkeer van school gecontroleerd',
        'telefoon monitoring',
        'belgegevens',
        'wie ik bel',
      ],
      en: ['can management see who I call', 'can the school see who I call'],
    },
    answer: {
      nl: 'Van de VoIP-telefoons ontvangt de directie maandelijks per toestel alleen het aantal uitgaande gesprekken en de totale gespreksduur, nooit de inhoud; inkomende gesprekken worden niet gevolgd. Alleen bij een vermoeden van zwaar misbruik, zoals zeer hoge kosten, kan op verzoek ook worden getoond naar welke nummers is gebeld.',
      en: 'For the VoIP phones, management receives monthly only the number of outgoing calls and the total call time per handset, never the content; incoming calls are not tracked. Only when heavy misuse is suspected, such as very high costs, can the numbers called also be shown on request.',
    },
    section: 'Bijlage 8 Gedragscode ICT §9',
    related: ['monitoring-general', 'phone-landline', 'monitoring-email'],
  },
];
