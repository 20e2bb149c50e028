// Who does what for information security and privacy, and how the policy is kept up to date
// (§6 Organisatie, §7 Controle en rapportage, Bijlage 1, Bijlage 6).
import type { KnowledgeEntry } from './types';

export const ORGANISATION_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'who-to-contact',
    title: { nl: 'Wie je waarvoor belt of mailt', en: 'Whom to contact for what' },
    questions: {
      nl: [
        'wie is de communicatieadviseur',
        'wat is het telefoonnummer van domein ict',
        'contactgegevens privacy',
        'wie moet ik waarvoor bellen',
        'bij wie kan ik terecht',
      ],
      en: [
        'whom do I contact for what',
        'contact details for privacy questions',
        'who is the communications adviser',
      ],
    },
    answer: {
      nl: 'Een (vermoedelijk) datalek meld je direct bij {contact.breachReport}. Met privacyvragen en klachten kun je terecht bij {contact.privacyOfficer}, met vragen over accounts en toegang bij {contact.ictDomain}, en berichten over school op sociale media stuur je naar {contact.communications} en je leidinggevende.',
      en: 'Report a (suspected) breach at once to {contact.breachReport}. For privacy questions and complaints turn to {contact.privacyOfficer}, for accounts and access to {contact.ictDomain}, and send posts about the school on social media to {contact.communications} and your manager.',
    },
    section: '§6 Organisatie; §12 Protocol datalekken; Bijlage 8 §13',
    related: ['breach-how-to-report', 'role-dpo', 'social-media-negative'],
  },
  {
    id: 'role-board',
    title: { nl: 'Het College van Bestuur', en: 'The Executive Board' },
    questions: {
      nl: [
        'wie is eindverantwoordelijk voor privacy',
        'wat doet het college van bestuur voor ibp',
        'wie stelt het privacybeleid vast',
        'college van bestuur',
        'cvb privacy',
        'eindverantwoordelijke ibp',
      ],
      en: [
        'who is ultimately responsible for privacy',
        'who adopts the privacy policy',
        'who is responsible for privacy in the end',
      ],
    },
    answer: {
      nl: 'Het College van Bestuur (CvB) is eindverantwoordelijk voor informatiebeveiliging en privacy. Het stelt het beleid, de basismaatregelen, het privacyreglement en het reglement van de FG vast, en evalueert de werking op basis van rapportages. De inhoudelijke verantwoordelijkheid is gemandateerd aan de manager IBP.',
      en: 'The Executive Board (CvB) is ultimately responsible for information security and privacy. It adopts the policy, the baseline measures, the privacy regulation and the DPO’s regulation, and evaluates how it works from reports. The responsibility for the content is delegated to the IBP manager.',
    },
    section: '§6 Organisatie (richtinggevend); Bijlage 1',
    related: ['role-manager-ibp', 'role-dpo', 'policy-review'],
  },
  {
    id: 'role-manager-ibp',
    title: { nl: 'De manager IBP', en: 'The IBP manager' },
    questions: {
      nl: [
        'wat doet de manager ibp',
        'wie is de manager ibp',
        'wie coördineert privacy-incidenten',
        'manager ibp',
        'taken manager ibp',
        'wie is verantwoordelijk voor informatiebeveiliging',
      ],
      en: [
        'what does the IBP manager do',
        'who coordinates security incidents',
        'who leads information security',
      ],
    },
    answer: {
      nl: 'De manager IBP werkt op sturend niveau: vertaalt het beleid naar richtlijnen, procedures en maatregelen, bewaakt de eenheid tussen scholen, is aanspreekpunt voor incidenten en coördineert de afhandeling ervan. De rol ligt bij de domeinverantwoordelijke ICT-Onderwijs, die samen met de ICT-applicatiebeheerder het CvB adviseert. Je bereikt deze rol via {contact.ictDomain}.',
      en: 'The IBP manager works at the steering level: turns the policy into guidelines, procedures and measures, keeps schools consistent, is the contact point for incidents and coordinates their handling. The role lies with the head of the ICT and Education domain, who advises the Executive Board together with the ICT application manager. You reach this role through {contact.ictDomain}.',
    },
    section: '§6 Organisatie (sturend); Bijlage 1',
    related: ['role-board', 'role-dpo', 'role-data-protection-manager'],
  },
  {
    id: 'role-dpo',
    title: {
      nl: 'De functionaris gegevensbescherming (FG/DPO)',
      en: 'The data protection officer (DPO)',
    },
    questions: {
      nl: [
        'wat doet de functionaris gegevensbescherming',
        'wie is de fg',
        'wat is een dpo',
        'bij wie kan ik terecht met een privacyvraag',
        'wie houdt toezicht op de avg',
        'fg',
        'functionaris gegevensbescherming',
        'privacy officer',
        'dpo',
        'met wie kan ik een privacyvraag bespreken',
        'aanspreekpunt privacy',
      ],
      en: [
        'what does the data protection officer do',
        'who is the DPO',
        'who can I ask about privacy',
        'who do I ask about privacy',
      ],
    },
    answer: {
      nl: 'De functionaris gegevensbescherming (FG, ook DPO of privacy officer) houdt onafhankelijk toezicht op de toepassing en naleving van de AVG, voor dit bestuur en collega-besturen; de aanstelling is voorbereid samen met MosaLira, Innovo en Movare. De FG wordt benoemd door het CvB, handelt vertrouwelijke incidenten en klachten af en is meestal het aanspreekpunt voor vragen van betrokkenen. Voor privacyvragen kun je terecht bij {contact.privacyOfficer}.',
      en: 'The data protection officer (FG, also DPO or privacy officer) independently supervises how the GDPR is applied and followed, for this board and neighbouring boards; the appointment was prepared together with MosaLira, Innovo and Movare. The DPO is appointed by the Executive Board, handles confidential incidents and complaints and is usually the contact for questions from people concerned. For privacy questions, turn to {contact.privacyOfficer}.',
    },
    section: '§6 Organisatie (DPO); §7 Controle, naleving en sancties; Bijlage 1; Bijlage 6',
    related: ['rights-complaints', 'role-manager-ibp', 'role-data-protection-manager'],
  },
  {
    id: 'role-data-protection-manager',
    title: { nl: 'De data protection manager', en: 'The data protection manager' },
    questions: {
      nl: [
        'wat doet de data protection manager',
        'wie is het technisch aanspreekpunt voor informatiebeveiliging',
        'data protection manager',
        'technisch aanspreekpunt',
      ],
      en: ['what does the data protection manager do'],
    },
    answer: {
      nl: 'De data protection manager werkt op uitvoerend niveau en is het technische aanspreekpunt voor informatiebeveiliging voor de manager IBP, de applicatiebeheerder, proceseigenaren zoals de ICT-er op school, en leidinggevenden. Op dat uitvoerende niveau worden ook incidenten geregistreerd en geëvalueerd, en de data protection manager helpt bij de bewustwording.',
      en: 'The data protection manager works at the operational level and is the technical contact for information security for the IBP manager, the application manager, process owners such as the school’s ICT person, and managers. At that operational level incidents are also recorded and evaluated, and the data protection manager helps with awareness.',
    },
    section: '§6 Organisatie (uitvoerend); §7 Voorlichting en bewustzijn; Bijlage 1',
    related: ['role-manager-ibp', 'role-dpo', 'role-ict-school'],
  },
  {
    id: 'role-process-owner',
    title: { nl: 'Domeinverantwoordelijke of proceseigenaar', en: 'Domain lead or process owner' },
    questions: {
      nl: [
        'wat doet een proceseigenaar',
        'wie bepaalt wie toegang krijgt tot een applicatie',
        'wie beoordeelt de toegangsrechten',
        'proceseigenaar',
        'domeinverantwoordelijke',
        'wie bepaalt de toegang',
      ],
      en: ['what does a process owner do', 'who decides who gets access to an application'],
    },
    answer: {
      nl: 'Voor elk domein (zoals ICT, personeel, administratie, financiën en onderwijs) en op elke school is iemand verantwoordelijk voor hoe IBP daar in richtlijnen en procedures wordt uitgewerkt. Die proceseigenaar stelt met het CvB het toegangsbeleid vast, ziet met de manager IBP en de applicatiebeheerder toe dat gebruikers alleen toegang krijgen waarvoor ze bevoegd zijn, en beoordeelt die rechten regelmatig.',
      en: 'For each domain (such as ICT, HR, administration, finance and education) and at each school someone is responsible for how IBP is worked out there in guidelines and procedures. That process owner sets the access policy with the Executive Board, sees with the IBP manager and the application manager that users only get access they are entitled to, and reviews those rights regularly.',
    },
    section: '§6 Organisatie (sturend); Bijlage 1',
    related: ['need-to-know', 'role-manager', 'authorisation-table'],
  },
  {
    id: 'role-manager',
    title: { nl: 'De leidinggevende', en: 'The manager' },
    questions: {
      nl: [
        'wat is de rol van de directeur bij privacy',
        'wat moet een leidinggevende doen aan ibp',
        'bij wie op school kan ik terecht met vragen over ibp',
        'leidinggevende privacy',
        'taak van de directeur bij ibp',
        'rol van de leidinggevende',
      ],
      en: ['what is the school director’s role in privacy'],
    },
    answer: {
      nl: 'Iedere leidinggevende, op school en op het bestuursbureau, zorgt dat medewerkers het beleid kennen, ziet toe op de naleving en geeft zelf het goede voorbeeld. Hij of zij brengt IBP geregeld ter sprake in werkoverleggen en gesprekken, is aanspreekpunt voor IBP-vragen van medewerkers en wordt daarbij gesteund door de manager IBP.',
      en: 'Every manager, at school and at the board office, makes sure staff know the policy, oversees compliance and sets the example. They raise IBP regularly in team meetings and reviews, are the contact for staff’s IBP questions and are supported in this by the IBP manager.',
    },
    section: '§6 Organisatie (leidinggevende); Bijlage 1',
    related: ['everyone-responsible', 'role-process-owner', 'sanctions'],
  },
  {
    id: 'role-ict-school',
    title: { nl: 'De ICT-er op school', en: 'The school’s ICT person' },
    questions: {
      nl: [
        'wat doet de ict-er op school',
        'wie doet het functioneel beheer op school',
        'bij wie meld ik een ict probleem op school',
        'ict-er',
        'ict coördinator school',
        'functioneel beheerder',
      ],
      en: ['what does the school’s ICT person do'],
    },
    answer: {
      nl: 'De ICT-er op school doet meestal het functioneel beheer: kleine dagelijkse handelingen op het netwerk, accounts op schoolniveau en eerste hulp voor collega’s, volgens de richtlijnen van de manager IBP en de applicatiebeheerder. Het grote onderhoud van het netwerk ligt bij de netwerkbeheerder. Meld storingen en onregelmatigheden bij de ICT-er.',
      en: 'The school’s ICT person usually does the functional management: small daily network tasks, school-level accounts and first help for colleagues, following the guidelines of the IBP manager and the application manager. Major network maintenance lies with the network provider. Report faults and irregularities to the ICT person.',
    },
    section: '§6 Organisatie (proceseigenaren); Bijlage 8 §2 Beheer',
    related: ['malfunction-report', 'network-provider', 'network-accounts'],
  },
  {
    id: 'policy-review',
    title: { nl: 'Hoe vaak het beleid wordt herzien', en: 'How often the policy is reviewed' },
    questions: {
      nl: [
        'hoe vaak wordt het privacybeleid herzien',
        'wie evalueert het ibp beleid',
        'wanneer wordt het beleid aangepast',
        'evaluatie beleid',
        'herziening privacybeleid',
        'wordt het beleid jaarlijks geëvalueerd',
        'hoe vaak wordt het beleid getoetst',
      ],
      en: ['how often is the privacy policy reviewed', 'who reviews the policy'],
    },
    answer: {
      nl: 'De FG en de manager IBP toetsen het beleid minstens elke twee jaar en stellen het bij, met aandacht voor de stand van de beveiliging en de werking van de maatregelen. Daarnaast is er een jaarlijkse planning-en-controlcyclus waarin inhoud en effectiviteit worden geëvalueerd. Bij nieuwe systemen of veranderingen in de infrastructuur wordt privacy vanaf het begin meegenomen.',
      en: 'The DPO and the IBP manager review and adjust the policy at least every two years, looking at the state of security and how well the measures work. There is also a yearly planning and control cycle that evaluates content and effectiveness. With new systems or changes to the infrastructure, privacy is taken into account from the start.',
    },
    section: '§7 Controle en rapportage; §4 Uitgangspunten',
    related: ['role-board', 'activity-calendar', 'consultation-levels'],
  },
  {
    id: 'consultation-levels',
    title: { nl: 'Waar IBP besproken wordt', en: 'Where IBP is discussed' },
    questions: {
      nl: [
        'in welk overleg wordt ibp besproken',
        'wat zijn de niveaus van ibp in de organisatie',
        'overleg ibp',
        'strategisch tactisch operationeel',
      ],
      en: ['in which meetings is IBP discussed'],
    },
    answer: {
      nl: 'IBP kent drie niveaus. Richtinggevend (strategisch) in het domeinoverleg van het bestuursbureau, sturend (tactisch) in het directieberaad, en uitvoerend (operationeel) op schoolniveau of in de kenniskringen ICT. Het past zoveel mogelijk in bestaande overleggen.',
      en: 'IBP has three levels. Directing (strategic) in the board office’s domain meeting, steering (tactical) in the directors’ meeting, and operational at school level or in the ICT knowledge circles. It fits into existing meetings as much as possible.',
    },
    section: '§6 Organisatie; §7 Controle en rapportage',
    related: ['policy-review', 'role-board', 'role-manager-ibp'],
  },
  {
    id: 'awareness',
    title: { nl: 'Bewustwording en voorlichting', en: 'Awareness and training' },
    questions: {
      nl: [
        'krijgen medewerkers voorlichting over privacy',
        'wie organiseert de bewustwording over informatiebeveiliging',
        'bewustwording',
        'voorlichting privacy',
        'cursus informatiebeveiliging',
      ],
      en: ['is there privacy awareness training for staff'],
    },
    answer: {
      nl: 'Omdat de mens meestal de zwakste schakel is, zijn er regelmatig bewustwordingscampagnes voor medewerkers, leerlingen en gasten, en komt IBP aan bod bij de aanstelling, in functioneringsgesprekken, nieuwsberichten, directieberaden en kenniskringen. De manager IBP, de applicatiebeheerder en de data protection manager zorgen daarvoor, met het CvB als eindverantwoordelijke.',
      en: 'Because people are usually the weakest link, there are regular awareness campaigns for staff, pupils and guests, and IBP comes up at appointment, in performance reviews, news items, directors’ meetings and knowledge circles. The IBP manager, the application manager and the data protection manager take care of this, with the Executive Board ultimately responsible.',
    },
    section: '§7 Voorlichting en bewustzijn; Bijlage 4 Data',
    related: ['role-manager-ibp', 'everyone-responsible', 'sanctions'],
  },
  {
    id: 'sanctions',
    title: { nl: 'Sancties bij overtreding', en: 'Sanctions for breaking the rules' },
    questions: {
      nl: [
        'wat gebeurt er als ik me niet aan het privacybeleid houd',
        'kan ik ontslagen worden voor een privacyschending',
        'welke sancties zijn er',
        'sancties',
        'straf bij overtreding',
        'gevolgen als ik de regels overtreed',
      ],
      en: ['what happens if I break the privacy rules', 'can I be fired for a privacy breach'],
    },
    answer: {
      nl: 'Leidinggevenden spreken medewerkers aan op tekortkomingen. Schiet de naleving ernstig tekort, dan kan de organisatie een sanctie opleggen binnen de CAO en de wet. Bij grove schending van de gedragscode, bijvoorbeeld op sociale media, kan dat zelfs disfunctioneren of ontslag onderbouwen.',
      en: 'Managers speak to staff about shortcomings. If compliance falls seriously short, the organisation can impose a sanction within the collective agreement and the law. Gross breaches of the code of conduct, for example on social media, can even support a finding of poor performance or dismissal.',
    },
    section: '§7 Controle, naleving en sancties; Bijlage 8 §13',
    related: ['role-manager', 'social-media-personal', 'conduct-code-scope'],
  },
  {
    id: 'classification-risk',
    title: { nl: 'Classificatie en risicoanalyse', en: 'Classification and risk analysis' },
    questions: {
      nl: [
        'doen we een risicoanalyse voor informatiebeveiliging',
        'worden gegevens geclassificeerd',
        'risicoanalyse',
        'classificatie van gegevens',
      ],
      en: ['do we do risk analysis for information security'],
    },
    answer: {
      nl: 'Classificatie van gegevens, risicoanalyses en beveiligingsmaatregelen worden verder uitgewerkt, mede door de data protection manager en de proceseigenaren samen met de manager IBP. Beschikbaarheid, integriteit en vertrouwelijkheid zijn daarbij de maatstaf.',
      en: 'Data classification, risk analyses and security measures are being developed further, partly by the data protection manager and the process owners together with the IBP manager. Availability, integrity and confidentiality are the yardstick.',
    },
    section: '§7 Classificatie en risicoanalyse; Bijlage 1',
    related: ['ibp-what-is', 'role-process-owner', 'role-data-protection-manager'],
  },
  {
    id: 'activity-calendar',
    title: { nl: 'De activiteitenkalender', en: 'The activity calendar' },
    questions: {
      nl: [
        'wat staat er in de activiteitenkalender',
        'wanneer is het privacybeleid vastgesteld',
        'activiteitenkalender',
        'planning avg maatregelen',
      ],
      en: ['what is in the activity calendar'],
    },
    answer: {
      nl: 'Bijlage 6 houdt bij wat er voor de AVG is gedaan: het beleid en het privacyreglement (vastgesteld mei 2017), de bijgewerkte Gedragscode ICT met sociale media (1 september 2017), de privacyverklaring en cookies op de websites, SSL-certificaten, de verwerkersovereenkomsten op bestuursniveau, de omzetting van WBP naar AVG, en de voorbereiding van een gezamenlijke DPO met collega-besturen.',
      en: 'Appendix 6 tracks what was done for the GDPR: the policy and the privacy regulation (adopted May 2017), the updated ICT code of conduct with social media (1 September 2017), the websites’ privacy statement and cookies, SSL certificates, the processing agreements at board level, the move from the old Dutch act to the GDPR, and preparing a shared DPO with neighbouring boards.',
    },
    section: 'Bijlage 6 Activiteitenkalender',
    related: ['policy-review', 'role-dpo', 'processor-list'],
  },
];
