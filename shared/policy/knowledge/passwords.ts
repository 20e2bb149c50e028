// Passwords and login details (§12 Data, Bijlage 4 Accountbeleid, Bijlage 7, Bijlage 8 §3 and §12).
import type { KnowledgeEntry } from './types';

export const PASSWORD_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'password-sharing',
    title: { nl: 'Wachtwoord delen', en: 'Sharing your password' },
    questions: {
      nl: [
        'mag ik mijn wachtwoord aan een collega geven',
        'mag de invaller mijn inlog gebruiken',
        'mag ik mijn inloggegevens uitlenen',
        'wachtwoord doorgeven aan een vervanger',
        'wachtwoord geven aan een collega',
        'mag ik inloggen met het account van een collega',
        'inlog delen',
        'mag iemand anders mijn account gebruiken',
      ],
      en: [
        'can I give my password to a colleague',
        'may a substitute use my login',
        'can I share my password',
      ],
    },
    answer: {
      nl: 'Nee. Je inlognaam en wachtwoord voor het netwerk en alle programma’s zijn persoonlijk en geef je aan niemand, ook niet aan een vervanger. Een vervanger krijgt een eigen account of een beperkte oplossing via de managementassistent.',
      en: 'No. Your user name and password for the network and every application are personal and you give them to nobody, not even a substitute teacher. A substitute gets an own account or a limited arrangement through the management assistant.',
    },
    section: 'Bijlage 7 In de klas; Bijlage 8 §3; Bijlage 11 Vervangers',
    related: ['esis-substitute', 'password-shoulder-surfing', 'password-lists'],
  },
  {
    id: 'password-change',
    title: { nl: 'Hoe vaak je wachtwoord wijzigen', en: 'How often to change your password' },
    questions: {
      nl: [
        'hoe vaak moet ik mijn wachtwoord veranderen',
        'ben ik verplicht mijn wachtwoord te wijzigen',
        'wanneer moet ik een nieuw wachtwoord kiezen',
        'wachtwoord wijzigen hoe vaak',
        'moet ik mijn wachtwoord regelmatig veranderen',
        'nieuw wachtwoord verplicht',
      ],
      en: [
        'how often should I change my password',
        'do I have to change my password',
        'do I have to change my password regularly',
      ],
    },
    answer: {
      nl: 'Verander je wachtwoorden regelmatig, ook als het systeem je er niet toe dwingt; het advies is elke drie maanden. Het netwerk vraagt er zelf halfjaarlijks om. In ESIS is wijzigen wel verplicht: iedere 3 maanden.',
      en: 'Change your passwords regularly, even when the system does not force you; the advice is every three months. The network itself asks for it every six months. In ESIS changing is compulsory: every 3 months.',
    },
    section: 'Bijlage 7 In de klas; Bijlage 8 §3 en §12; Bijlage 4 Accountbeleid',
    related: ['esis-security', 'password-forgotten', 'password-sharing'],
  },
  {
    id: 'password-forgotten',
    title: { nl: 'Wachtwoord vergeten', en: 'Forgotten password' },
    questions: {
      nl: [
        'ik ben mijn wachtwoord vergeten',
        'hoe krijg ik een nieuw wachtwoord voor het netwerk',
        'kan ik mijn wachtwoord telefonisch opvragen',
        'wachtwoord kwijt',
        'nieuw wachtwoord aanvragen',
        'ik kan niet meer inloggen op het netwerk',
        'wachtwoord opnieuw instellen',
      ],
      en: [
        'I forgot my password',
        'how do I get a new network password',
        'I cannot log in anymore, new password',
      ],
    },
    answer: {
      nl: 'Vraag een nieuw wachtwoord aan bij de helpdesk van de netwerkbeheerder (Unilogic). Het tijdelijke wachtwoord wordt gemaild naar een directe collega van je, zodat het zeker op de goede plek aankomt. Wachtwoorden worden nooit telefonisch gegeven.',
      en: 'Ask the network provider’s helpdesk (Unilogic) for a new password. The temporary password is mailed to a direct colleague of yours, so it surely arrives at the right place. Passwords are never given out by phone.',
    },
    section: 'Bijlage 4 Accountbeleid',
    related: ['password-change', 'network-accounts', 'password-sharing'],
  },
  {
    id: 'password-lists',
    title: { nl: 'Wachtwoorden opschrijven', en: 'Writing passwords down' },
    questions: {
      nl: [
        'mag ik mijn wachtwoord op een briefje onder het toetsenbord plakken',
        'mag ik wachtwoorden opschrijven in mijn agenda',
        'lijstje met wachtwoorden in de klas',
        'wachtwoord opschrijven',
        'briefje met wachtwoorden',
        'wachtwoordlijst op papier',
        'wachtwoord op een papiertje bij de computer',
      ],
      en: ['may I write my password on a sticky note', 'can I write my password down'],
    },
    answer: {
      nl: 'Nee. Er liggen in school nergens papieren lijstjes met wachtwoorden: niet op lessenaars, prikborden of onder pc’s, en ook niet makkelijk vindbaar thuis of in je agenda. Een gevonden wachtwoord kan tot een datalek leiden.',
      en: 'No. There are no paper password lists anywhere in school: not on desks, notice boards or under PCs, and not easy to find at home or in your diary either. A found password can lead to a breach.',
    },
    section: 'Bijlage 7 In de klas; §12 Protocol datalekken',
    related: ['password-sharing', 'clean-desk', 'breach-risky-situations'],
  },
  {
    id: 'password-shoulder-surfing',
    title: { nl: 'Meekijken bij inloggen', en: 'People watching you log in' },
    questions: {
      nl: [
        'mogen leerlingen meekijken als ik mijn wachtwoord intyp',
        'iemand keek mee terwijl ik inlogde',
        'meekijken bij het intypen van mijn wachtwoord',
        'iemand heeft mijn wachtwoord gezien',
      ],
      en: ['someone watched me type my password'],
    },
    answer: {
      nl: 'Laat nooit iemand meekijken als je je wachtwoord intypt, ook geen leerlingen bij het digibord. Denk je dat iemand je wachtwoord heeft gezien, verander het dan meteen.',
      en: 'Never let anyone watch while you type your password, pupils at the interactive whiteboard included. If you think someone saw your password, change it at once.',
    },
    section: 'Bijlage 7 In de klas; §12 Protocol datalekken (Data)',
    related: ['password-change', 'password-sharing', 'screen-lock'],
  },
];
