// ESIS, the pupil administration: roles, rights, accounts, substitutes (Bijlage 11 Protocol ESIS
// rollen en rechten, Bijlage 4).
import type { KnowledgeEntry } from './types';

export const ESIS_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'esis-who-creates',
    title: { nl: 'Wie ESIS-accounts aanmaakt', en: 'Who creates ESIS accounts' },
    questions: {
      nl: [
        'wie maakt een esis account aan',
        'wie kent rollen toe in esis',
        'wie deelt rechten uit in esis',
        'esis account aanmaken',
        'wie maakt gebruikers aan in esis',
        'esis inlog aanvragen',
      ],
      en: ['who creates ESIS accounts', 'who assigns ESIS roles'],
    },
    answer: {
      nl: 'Inloggegevens aanmaken en rollen toekennen in ESIS doet voor de hele stichting alleen de applicatiebeheerder van {contact.ictDomain} op het bestuursbureau. Scholen vragen het aan; ze maken zelf geen gebruikers aan.',
      en: 'Creating logins and assigning roles in ESIS is done for the whole foundation only by the application manager of {contact.ictDomain} at the board office. Schools request it; they do not create users themselves.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten',
    related: ['esis-who-may-request', 'esis-new-employee', 'esis-standard-roles'],
  },
  {
    id: 'esis-who-may-request',
    title: { nl: 'Wie een ESIS-gebruiker mag aanvragen', en: 'Who may request an ESIS user' },
    questions: {
      nl: [
        'wie mag een nieuwe esis gebruiker aanvragen',
        'mag een leerkracht zelf extra rechten in esis aanvragen',
        'wie vraagt een esis gebruiker aan',
        'esis rechten aanvragen',
        'mag ik zelf een esis account aanvragen',
      ],
      en: ['who may request a new ESIS user'],
    },
    answer: {
      nl: 'Op een school mogen alleen de directeur, de managementassistent of de ICT-er een nieuwe gebruiker of extra rollen aanvragen. Komt het verzoek van iemand anders, dan controleert de applicatiebeheerder het eerst bij een van hen.',
      en: 'At a school only the director, the management assistant or the ICT person may request a new user or extra roles. If someone else asks, the application manager first checks with one of them.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten',
    related: ['esis-who-creates', 'esis-extra-rights', 'esis-new-employee'],
  },
  {
    id: 'esis-standard-roles',
    title: { nl: 'Standaardrollen in ESIS', en: 'Standard ESIS roles' },
    questions: {
      nl: [
        'welke rol krijgt iemand in esis',
        'welke esis rol hoort bij welke functie',
        'standaardrechten esis',
        'rollen in esis',
        'esis rollen per functie',
        'welke rol heeft de intern begeleider in esis',
      ],
      en: ['which ESIS role goes with which job'],
    },
    answer: {
      nl: 'Standaard krijgt de directeur de rol Directie, de intern begeleider de rol Interne begeleider, de ICT-er de rol Applicatie beheerder, de leerkracht de rol Groepsleerkracht, de managementassistent de rol Administrateur en de conciërge de rol Conciërge. Bij andere functies wordt kritisch gekeken welke rechten strikt nodig zijn.',
      en: 'By default the director gets the role Directie, the internal support coordinator Interne begeleider, the ICT person Applicatie beheerder, the teacher Groepsleerkracht, the management assistant Administrateur and the caretaker Conciërge. For other jobs the rights strictly needed are weighed critically.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten (standaardrechten)',
    related: ['esis-teacher-rights', 'esis-admin-roles', 'esis-caretaker'],
  },
  {
    id: 'esis-teacher-rights',
    title: { nl: 'Wat een leerkracht in ESIS ziet', en: 'What a teacher sees in ESIS' },
    questions: {
      nl: [
        'welke rechten heeft een groepsleerkracht in esis',
        'kan ik in esis de dossiers van andere groepen zien',
        'wat mag een leerkracht in esis',
        'rechten leerkracht esis',
        'welke groepen ziet een leerkracht in esis',
        'andere groepen bekijken in esis',
      ],
      en: ['what rights does a class teacher have in ESIS', 'what can a teacher see in ESIS'],
    },
    answer: {
      nl: 'De rol Groepsleerkracht kan de leerlingadministratie alleen lezen en het leerlingdossier volledig gebruiken, beide alleen voor de groepen die aan de leerkracht zijn toegewezen. De medewerkermodule is voor een leerkracht niet toegankelijk.',
      en: 'The class teacher role can only read the pupil administration and fully use the pupil file, both only for the groups assigned to the teacher. The staff module is not accessible to a teacher.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten',
    related: ['esis-standard-roles', 'esis-extra-rights', 'need-to-know'],
  },
  {
    id: 'esis-admin-roles',
    title: {
      nl: 'Directie, intern begeleider, ICT-er en managementassistent in ESIS',
      en: 'Director, support coordinator, ICT person and management assistant in ESIS',
    },
    questions: {
      nl: [
        'heeft de intern begeleider toegang tot alle dossiers in esis',
        'mag de managementassistent de leerlingdossiers zien',
        'waarom heeft de ict-er toegang tot leerlingdossiers',
        'wat kan de directeur in esis',
        'rechten directie in esis',
        'rechten intern begeleider esis',
        'toegang managementassistent esis',
        'ict-er in esis',
      ],
      en: ['can the management assistant see pupil files in ESIS'],
    },
    answer: {
      nl: 'De intern begeleider leest de leerlingadministratie en heeft volledige toegang tot de dossiers van alle groepen, maar niet tot de medewerkermodule; de directie heeft daarbovenop ook volledige toegang tot de medewerkermodule. De managementassistent (Administrateur) en de ICT-er (Applicatie beheerder) hebben volledige toegang tot administratie, dossiers en medewerkermodule. Alle directies gingen op 3 april 2018 akkoord met die toegang voor managementassistenten en ICT-ers, omdat hun werk het vraagt.',
      en: 'The internal support coordinator reads the pupil administration and has full access to the files of all groups, but not to the staff module; the director also has full access to the staff module. The management assistant (Administrateur) and the ICT person (Applicatie beheerder) have full access to administration, files and staff module. All directors agreed on 3 April 2018 to that access for management assistants and ICT staff, because their work needs it.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten',
    related: ['esis-standard-roles', 'esis-teacher-rights', 'esis-caretaker'],
  },
  {
    id: 'esis-caretaker',
    title: { nl: 'De conciërge in ESIS', en: 'The caretaker in ESIS' },
    questions: {
      nl: [
        'wat mag de conciërge zien in esis',
        'heeft de concierge toegang tot het leerlingdossier',
        'conciërge esis',
        'rechten concierge',
      ],
      en: ['what can the caretaker see in ESIS'],
    },
    answer: {
      nl: 'De conciërge kan in ESIS alleen de naam-, adres- en woonplaatsgegevens van leerlingen en ouders lezen. Het leerlingdossier en de medewerkermodule zijn voor de conciërge niet toegankelijk.',
      en: 'The caretaker can only read pupils’ and parents’ name and address details in ESIS. The pupil file and the staff module are not accessible to the caretaker.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten',
    related: ['esis-standard-roles', 'esis-admin-roles', 'need-to-know'],
  },
  {
    id: 'esis-new-employee',
    title: { nl: 'Een nieuwe medewerker in ESIS', en: 'A new employee in ESIS' },
    questions: {
      nl: [
        'hoe krijgt een nieuwe collega toegang tot esis',
        'procedure nieuwe medewerker esis',
        'nieuwe leerkracht kan niet inloggen in esis',
        'nieuwe medewerker esis',
        'esis voor een nieuwe collega',
        'stappen nieuwe gebruiker esis',
      ],
      en: ['how does a new colleague get ESIS access'],
    },
    answer: {
      nl: 'Eerst krijgt de medewerker een Windows-account met mailadres, via de ICT-er of de netwerkbeheerder. Daarna voert iemand op school, meestal de managementassistent, de persoon in ESIS in als Medewerker met de juiste groepen, en vraagt de applicatiebeheerder op het bestuursbureau om een Gebruiker aan te maken, met vermelding van de functie. De applicatiebeheerder maakt die aan, ESIS mailt de inloggegevens en de aanvrager krijgt bericht.',
      en: 'First the employee gets a Windows account with a mail address, through the ICT person or the network provider. Then someone at school, usually the management assistant, enters the person in ESIS as staff with the right groups and asks the application manager at the board office to create a user, stating the job. The application manager creates it, ESIS mails the login details and the requester is told.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten (standaardprocedure)',
    related: ['esis-who-creates', 'esis-standard-roles', 'network-accounts'],
  },
  {
    id: 'esis-substitute',
    title: { nl: 'Vervangers en ESIS', en: 'Substitutes and ESIS' },
    questions: {
      nl: [
        'krijgt een invalkracht toegang tot esis',
        'hoe regel ik basispoort voor een vervanger',
        'mag ik een algemeen vervangersaccount maken in esis',
        'vervanger esis',
        'invaller esis account',
        'invalkracht basispoort',
        'vervangersaccount',
      ],
      en: [
        'does a substitute teacher get ESIS access',
        'how does a substitute get access to ESIS or Basispoort',
      ],
    },
    answer: {
      nl: 'Bij een langdurige vervanging krijgt de vervanger liefst een eigen ESIS-inlog; leen nooit accounts met wachtwoorden uit. Voor een korte vervanging volstaat vaak een vervanger in alleen de medewerkermodule, gekoppeld aan de groepen en een bestaand mailadres, zodat die wel in Basispoort kan maar niet in ESIS. Een vervangersaccount met toegang tot alle groepen is niet de bedoeling; gebruik je er toch een, koppel het alleen aan de eigen groep en verander het wachtwoord zodra de vervanger weg is.',
      en: 'For a long-term substitute, preferably give them their own ESIS login; never lend accounts with passwords. For a short stay a substitute in the staff module only, linked to the groups and an existing mail address, is often enough: they can use Basispoort but not ESIS. A substitute account with access to all groups is not intended; if you use one anyway, link it only to that group and change the password as soon as the substitute leaves.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten (vervangers)',
    related: ['password-sharing', 'basispoort', 'esis-extra-rights'],
  },
  {
    id: 'esis-leaving',
    title: { nl: 'Vertrekkende medewerkers uit ESIS halen', en: 'Removing leavers from ESIS' },
    questions: {
      nl: [
        'wie haalt een vertrokken leerkracht uit esis',
        'collega is weg maar kan nog in esis',
        'medewerker vertrokken esis',
        'esis account verwijderen',
        'oud-collega nog in esis',
      ],
      en: ['who removes a leaving teacher from ESIS'],
    },
    answer: {
      nl: 'De school moet de applicatiebeheerder op het bestuursbureau laten weten wanneer een medewerker vertrekt. Alleen iemand uit een groep halen is niet genoeg: dan kan de persoon nog inloggen en overzichten met gevoelige gegevens uitdraaien. De applicatiebeheerder controleert daarnaast steekproefsgewijs scholen op gebruikers die er niet meer werken.',
      en: 'The school must tell the application manager at the board office when an employee leaves. Just removing someone from a group is not enough: they could still log in and print overviews with sensitive data. The application manager also spot-checks schools for users who no longer work there.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten (verwijderen, controle)',
    related: ['account-leaving', 'basispoort', 'esis-extra-rights'],
  },
  {
    id: 'esis-extra-rights',
    title: { nl: 'Tijdelijk extra rechten in ESIS', en: 'Temporary extra rights in ESIS' },
    questions: {
      nl: [
        'ik heb tijdelijk toegang nodig tot meer groepen in esis',
        'uitzondering op de esis rechten aanvragen',
        'extra rechten esis',
        'tijdelijk meer groepen in esis',
        'uitzondering esis rechten',
      ],
      en: ['I temporarily need access to more groups in ESIS'],
    },
    answer: {
      nl: 'Uitzonderingen kunnen als je takenpakket (tijdelijk) groter wordt, bijvoorbeeld een extra taak waarvoor je meer groepen moet zien. De school vraagt dat aan met argumenten en de periode; er wordt kritisch gekeken welke rechten nodig zijn. Na die periode vraagt de applicatiebeheerder na of de rechten weg kunnen; school en applicatiebeheerder letten daar samen op.',
      en: 'Exceptions are possible when your tasks grow (temporarily), such as an extra task that needs more groups. The school requests it with reasons and the period; the rights needed are weighed critically. After that period the application manager checks whether the rights can go; school and application manager watch this together.',
    },
    section: 'Bijlage 11 Protocol ESIS rollen en rechten (uitzonderingen, controle)',
    related: ['esis-who-may-request', 'esis-teacher-rights', 'need-to-know'],
  },
  {
    id: 'esis-security',
    title: { nl: 'Wachtwoord en uitloggen in ESIS', en: 'ESIS password and logout' },
    questions: {
      nl: [
        'hoe vaak moet ik mijn esis wachtwoord wijzigen',
        'waarom word ik uitgelogd in esis',
        'na hoeveel minuten logt esis uit',
        'esis wachtwoord',
        'esis uitgelogd',
        'esis time-out',
        'esis wachtwoord verlopen',
      ],
      en: [
        'how often must I change my ESIS password',
        'why does ESIS log me out',
        'ESIS logs me out',
      ],
    },
    answer: {
      nl: 'ESIS is een webapplicatie die overal ter wereld bereikbaar is en veel gevoelige gegevens bevat. Daarom moet iedere gebruiker elke 3 maanden een nieuw wachtwoord kiezen dat aan de eisen van het pakket voldoet, en word je na 20 minuten zonder activiteit automatisch uitgelogd.',
      en: 'ESIS is a web application reachable from anywhere in the world and holds much sensitive data. So every user must choose a new password every 3 months that meets the package’s rules, and you are logged out automatically after 20 minutes without activity.',
    },
    section: 'Bijlage 4 Accountbeleid (ESIS)',
    related: ['password-change', 'esis-board-office', 'home-device'],
  },
  {
    id: 'esis-board-office',
    title: { nl: 'ESIS-rechten op het bestuursbureau', en: 'ESIS rights at the board office' },
    questions: {
      nl: [
        'wie op het bestuursbureau kan in esis van alle scholen kijken',
        'hoeveel supervisors zijn er in esis',
        'wat ziet de afdeling financiën in esis',
        'supervisor esis',
        'bestuursbureau esis toegang',
        'financiën esis',
      ],
      en: ['who at the board office can see ESIS data of all schools'],
    },
    answer: {
      nl: 'Drie medewerkers op het bestuursbureau hebben een supervisorrol met toegang tot ESIS-gegevens van alle scholen: de applicatiebeheerder, die alle inlogaccounts beheert en eerste helpdesk is, en twee medewerkers van de afdeling Onderwijs. Zij mogen allemaal zo nodig een account blokkeren. De afdeling Financiën kan alleen telformulieren met aantallen leerlingen maken en ziet geen gevoelige gegevens.',
      en: 'Three board-office staff have a supervisor role with access to ESIS data of all schools: the application manager, who manages all logins and is the first-line helpdesk, and two staff of the education department. All of them may block an account when needed. The finance department can only produce count forms with pupil numbers and sees no sensitive data.',
    },
    section: 'Bijlage 11 Rollen en rechten op het BURO; Bijlage 4',
    related: ['esis-who-creates', 'esis-security', 'esis-standard-roles'],
  },
];
