// Network accounts, access rights and the systems behind them (Bijlage 4, §12 Data,
// Bijlage 2 art. 11, Bijlage 7 Overig).
import type { KnowledgeEntry } from './types';

export const ACCOUNT_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'network-accounts',
    title: {
      nl: 'Netwerkaccounts aanmaken en beheren',
      en: 'Creating and managing network accounts',
    },
    questions: {
      nl: [
        'wie maakt een netwerkaccount aan voor een nieuwe collega',
        'wie beheert de accounts op school',
        'nieuwe medewerker heeft een windows account nodig',
        'account aanmaken nieuwe medewerker',
        'nieuwe collega heeft een account nodig',
        'wie maakt accounts aan',
      ],
      en: ['who creates a network account for a new colleague'],
    },
    answer: {
      nl: 'Netwerkaccounts worden aangemaakt door de helpdesk van de netwerkbeheerder of door de ICT-er op school, volgens een procesdocument op het intranet. Het beheer ligt bij de school; voor het bestuursbureau doet {contact.ictDomain} dat, en zij kunnen zo nodig elk account meteen blokkeren.',
      en: 'Network accounts are created by the network provider’s helpdesk or by the school’s ICT person, following a process document on the intranet. The school manages them; for the board office {contact.ictDomain} does, and they can block any account at once if needed.',
    },
    section: 'Bijlage 4 Accountbeleid',
    related: ['account-leaving', 'authorisation-table', 'esis-new-employee'],
  },
  {
    id: 'account-leaving',
    title: { nl: 'Accounts bij vertrek of wisseling', en: 'Accounts when staff leave or move' },
    questions: {
      nl: [
        'wat gebeurt er met het account als een collega vertrekt',
        'collega gaat naar een andere school, moet het oude account weg',
        'account blokkeren bij uitdiensttreding',
        'account van vertrokken collega',
        'account blokkeren',
        'uit dienst account',
        'collega wisselt van school account',
      ],
      en: ['what happens to the account when a colleague leaves'],
    },
    answer: {
      nl: 'Gaat een medewerker werken op een andere locatie in een ander ICT-domein, dan wordt het oude account geblokkeerd of verwijderd. Voor vertrek van directieleden of bureaumedewerkers, een directeur die van school wisselt, het sluiten of fuseren van scholen heeft {contact.ictDomain} vaste protocollen. Met steekproeven wordt gecontroleerd of scholen dit goed doen.',
      en: 'When a staff member starts at another location in another ICT domain, the old account is blocked or deleted. For departing directors or office staff, a director changing school, and schools closing or merging, {contact.ictDomain} has fixed protocols. Spot checks verify that schools do this properly.',
    },
    section: 'Bijlage 4 Accountbeleid',
    related: ['network-accounts', 'esis-leaving', 'basispoort'],
  },
  {
    id: 'authorisation-table',
    title: { nl: 'Wie wijzigingen mag aanvragen', en: 'Who may request changes' },
    questions: {
      nl: [
        'wie mag wijzigingen in het netwerk aanvragen voor de school',
        'wat is de autorisatietabel',
        'autorisatietabel',
        'wie mag wijzigingen aanvragen bij ict',
      ],
      en: ['who may request network changes for a school'],
    },
    answer: {
      nl: '{contact.ictDomain} houdt een autorisatietabel bij van wie bepaalde wijzigingen voor een school mag aanvragen; alleen die mensen kunnen dat. De tabel wordt minstens jaarlijks bijgewerkt, en vaker als dat nodig is.',
      en: '{contact.ictDomain} keeps an authorisation table of who may request certain changes for a school; only those people can. The table is updated at least yearly, and more often when needed.',
    },
    section: 'Bijlage 4 Accountbeleid',
    related: ['network-accounts', 'esis-who-may-request', 'role-process-owner'],
  },
  {
    id: 'need-to-know',
    title: { nl: 'Niet meer toegang dan nodig', en: 'No more access than needed' },
    questions: {
      nl: [
        'ik kan mappen zien die niet voor mij bedoeld zijn',
        'ik heb te veel rechten op het netwerk',
        'mag ik gegevens bekijken van leerlingen die niet in mijn groep zitten',
        'te veel rechten',
        'ik zie bestanden die ik niet hoort te zien',
        'toegang tot mappen die niet voor mij zijn',
        'mag ik dossiers van andere klassen bekijken',
      ],
      en: [
        'I can see folders that are not meant for me',
        'I have too many rights',
        'I can see files I should not see',
      ],
    },
    answer: {
      nl: 'Medewerkers krijgen niet meer toegang dan ze strikt nodig hebben voor hun werk; een leerkracht ziet in ESIS bijvoorbeeld meestal alleen de eigen groep. Denk je dat je te veel rechten hebt en daardoor gevoelige informatie kunt zien, meld dat dan aan je leidinggevende. Gegevens bekijken die niet voor jou bedoeld zijn is niet toegestaan.',
      en: 'Staff get no more access than they strictly need for their work; a teacher usually sees only their own class in ESIS, for instance. If you think you have too many rights and can see sensitive information because of it, tell your manager. Looking at data not meant for you is not allowed.',
    },
    section: '§12 Protocol datalekken (Data); Bijlage 2 art. 11b; Bijlage 7 Overig; Bijlage 8 §3',
    related: ['esis-teacher-rights', 'protected-folders', 'role-process-owner'],
  },
  {
    id: 'network-provider',
    title: { nl: 'Wie het netwerk beheert', en: 'Who runs the network' },
    questions: {
      nl: [
        'wie beheert ons netwerk en onze data',
        'waar staan onze bestanden opgeslagen',
        'is het datacentrum veilig',
        'wie is onze netwerkbeheerder',
        'unilogic',
        'waar staan de gegevens opgeslagen',
        'wie beheert het netwerk',
      ],
      en: ['who manages our network and data', 'where are our files stored'],
    },
    answer: {
      nl: 'Het netwerk en de data worden beheerd door Unilogic, een ISO-gecertificeerd bedrijf dat zich aan ISO 27001 voor informatiebeveiliging houdt. Alle data staat in hun datacenter en wordt daar veilig geback-upt; met de tool EDUgrip krijgt ieder een persoonlijk account met passende rechten. De ICT-er op school doet alleen kleine dagelijkse handelingen.',
      en: 'The network and data are managed by Unilogic, an ISO-certified company that follows ISO 27001 for information security. All data sits in their data centre and is backed up safely there; through the EDUgrip tool everyone gets a personal account with fitting rights. The school’s ICT person only does small everyday tasks.',
    },
    section: 'Bijlage 4 Data; Bijlage 8 §2 Beheer',
    related: ['role-ict-school', 'desktop-theft', 'processor-unilogic'],
  },
  {
    id: 'afas-access',
    title: { nl: 'Toegang tot AFAS', en: 'Access to AFAS' },
    questions: {
      nl: [
        'wie kan de salarisgegevens in afas zien',
        'wat is het verschil tussen afas profit en insite',
        'afas toegang',
        'wie ziet mijn salaris',
        'afas insite',
      ],
      en: ['who can see salary data in AFAS'],
    },
    answer: {
      nl: 'De personeels- en salarisadministratie staat in AFAS. Alleen medewerkers op het bestuursbureau die ermee werken hebben een eigen, op hun taken afgestemd account voor AFAS Profit; alle anderen hebben alleen AFAS InSite en zien daar uitsluitend wat voor hen relevant is.',
      en: 'The staff and payroll administration is in AFAS. Only board-office staff who work with it have an own account for AFAS Profit tuned to their tasks; everyone else has only AFAS InSite and sees just what is relevant to them there.',
    },
    section: 'Bijlage 4 Accountbeleid',
    related: ['processor-afas', 'need-to-know', 'network-accounts'],
  },
  {
    id: 'basispoort',
    title: { nl: 'Toegang tot Basispoort', en: 'Access to Basispoort' },
    questions: {
      nl: [
        'hoe krijg ik toegang tot basispoort',
        'wie verwijdert een vertrokken collega uit basispoort',
        'basispoort toegang',
        'inloggen in basispoort',
        'basispoort account',
      ],
      en: ['how do I get access to Basispoort'],
    },
    answer: {
      nl: 'Op de meeste scholen loopt toegang tot Basispoort via ESIS: wie als medewerker in ESIS staat, krijgt via een koppeling automatisch toegang, en je logt in met single sign-on. Vertrekt een medewerker, dan is de school verantwoordelijk om die weer te verwijderen.',
      en: 'At most schools access to Basispoort runs through ESIS: whoever is entered as staff in ESIS gets access automatically through a link, and you log in with single sign-on. When someone leaves, the school is responsible for removing them again.',
    },
    section: 'Bijlage 4 Accountbeleid',
    related: ['esis-substitute', 'esis-leaving', 'processor-basispoort'],
  },
  {
    id: 'ssl-check',
    title: { nl: 'Beveiligde websites met invulformulieren', en: 'Secure websites with forms' },
    questions: {
      nl: [
        'waar let ik op bij een online inschrijfformulier op de website',
        'moet de website van school een ssl certificaat hebben',
        'ssl certificaat',
        'online formulier veilig',
        'beveiligde verbinding website',
      ],
      en: ['does the school website need an SSL certificate'],
    },
    answer: {
      nl: 'Gebruikt de school online invulformulieren, controleer dan altijd of de website een geldig SSL-certificaat heeft, zodat ingevulde gegevens versleuteld worden verstuurd.',
      en: 'When the school uses online forms, always check that the website has a valid SSL certificate, so the data entered is sent encrypted.',
    },
    section: 'Bijlage 7 Overig; Bijlage 6 Activiteitenkalender',
    related: ['new-app', 'processor-agreement-what', 'activity-calendar'],
  },
];
