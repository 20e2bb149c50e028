// Devices and working away from school: USB, laptops, software, home working, wifi
// (§12 Data and Hardware, Bijlage 4, Bijlage 7 Thuis of onderweg, Bijlage 8 §3 and §12).
import type { KnowledgeEntry } from './types';

export const DEVICE_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'usb-forbidden',
    title: { nl: 'Usb-sticks en externe schijven', en: 'USB sticks and external drives' },
    questions: {
      nl: [
        'mag ik een usb-stick gebruiken',
        'mag ik leerlinggegevens op een usb zetten',
        'mag ik een externe harde schijf gebruiken voor mijn werk',
        'zijn usb sticks verboden',
        'usb stick gebruiken',
        'gegevens op een usb zetten',
        'externe harde schijf',
        'mag ik bestanden op een stick meenemen',
        'rapporten op een usb',
      ],
      en: [
        'may I use a USB stick',
        'can I put pupil data on an external hard drive',
        'are usb sticks allowed',
      ],
    },
    answer: {
      nl: 'Nee, usb-sticks zijn verboden voor privacygevoelige informatie, en ook externe harde schijven en dvd’s gebruik je daar niet voor. Raakt zo’n stick kwijt of wordt hij gestolen, dan is dat een datalek, en sticks kunnen virussen verspreiden. Werk via het netwerk of het extern bureaublad; alle data wordt daar veilig opgeslagen en geback-upt.',
      en: 'No, USB sticks are forbidden for privacy-sensitive information, and external hard drives and DVDs are not used for it either. If such a stick is lost or stolen that is a breach, and sticks can spread viruses. Work through the network or the remote desktop; all data is stored and backed up safely there.',
    },
    section: 'Bijlage 7 Thuis of onderweg; Bijlage 8 §3; §12 Protocol datalekken (Data)',
    related: ['working-from-home', 'usb-virus-check', 'breach-examples'],
  },
  {
    id: 'usb-virus-check',
    title: {
      nl: 'Virusscan vóór een gegevensdrager',
      en: 'Virus check before using a data carrier',
    },
    questions: {
      nl: [
        'wat moet ik doen voordat ik een stick in mijn laptop stop',
        'virusscanner bijwerken voor gebruik usb',
        'virusscanner bijwerken',
        'stick van thuis in de schoolcomputer',
      ],
      en: ['what must I do before plugging a stick into my laptop'],
    },
    answer: {
      nl: 'Een laptop die overal wordt gebruikt heeft soms niet de nieuwste updates. Werk daarom eerst het antivirusprogramma bij voordat je een gegevensdrager zoals een usb-stick aansluit, zodat je geen virus van thuis meeneemt naar het netwerk. Virussen maken of verspreiden is verboden.',
      en: 'A laptop used in many places sometimes lacks the latest updates. So update the antivirus program first before connecting a data carrier such as a USB stick, so you bring no virus from home into the network. Making or spreading viruses is forbidden.',
    },
    section: 'Bijlage 8 Gedragscode ICT §3',
    related: ['usb-forbidden', 'connect-devices', 'install-software'],
  },
  {
    id: 'laptop-care',
    title: { nl: 'Zorg voor je laptop', en: 'Looking after your laptop' },
    questions: {
      nl: [
        'mag ik mijn laptop in de auto laten liggen',
        'hoe vervoer ik een laptop van school',
        'mag mijn laptop onbeheerd in het lokaal blijven',
        'laptop in de auto',
        'laptop onbeheerd laten',
        'laptop vervoeren',
      ],
      en: [
        'may I leave my laptop in the car',
        'how should I transport a school laptop',
        'can I leave my laptop in the car',
      ],
    },
    answer: {
      nl: 'Laat een laptop nooit onbeheerd achter. Vervoer apparatuur van school zo veel mogelijk uit het zicht, bijvoorbeeld in de kofferbak. Log uit of vergrendel als je wegloopt, ook thuis.',
      en: 'Never leave a laptop unattended. Transport school equipment out of sight as far as possible, for example in the car boot. Log out or lock it when you walk away, at home too.',
    },
    section: '§12 Protocol datalekken (Hardware); Bijlage 8 §12',
    related: ['breach-lost-device', 'screen-lock', 'working-from-home'],
  },
  {
    id: 'desktop-theft',
    title: { nl: 'Gestolen vaste pc', en: 'Stolen desktop PC' },
    questions: {
      nl: [
        'is een gestolen computer van school een datalek',
        'er is ingebroken en de pc’s zijn weg',
        'computer gestolen',
        'inbraak op school pc’s weg',
        'diefstal van een computer uit het lokaal',
      ],
      en: ['is a stolen school desktop a data breach'],
    },
    answer: {
      nl: 'Alle data staat in het datacenter van de netwerkbeheerder, niet op de harde schijf van een vaste schoolcomputer; een meegenomen pc is daarom vervelend maar meestal geen datalek. Een laptop gebruikt vaak wel zijn harde schijf, dus bij verlies of diefstal daarvan is een datalek wel mogelijk. Meld diefstal altijd bij {contact.ictDomain}.',
      en: 'All data sits in the network provider’s data centre, not on the hard disk of a school desktop; a stolen PC is annoying but usually not a breach. A laptop often does use its hard disk, so losing one or having it stolen can be a breach. Always report theft to {contact.ictDomain}.',
    },
    section: 'Bijlage 4 Hardware',
    related: ['breach-lost-device', 'network-provider', 'breach-what-is'],
  },
  {
    id: 'install-software',
    title: { nl: 'Zelf software installeren', en: 'Installing software yourself' },
    questions: {
      nl: [
        'mag ik zelf een programma installeren op mijn schoolcomputer',
        'mag ik software downloaden op de laptop van school',
        'programma installeren',
        'app installeren op schoolcomputer',
        'software downloaden',
      ],
      en: [
        'may I install software on my school computer',
        'can I install an app on the school laptop',
      ],
    },
    answer: {
      nl: 'Nee, je installeert geen software zonder toestemming van de netwerkbeheerder of de ICT-er op school. Ook bestanden die niets met onderwijs te maken hebben up- of downloaden mag alleen met uitdrukkelijke toestemming.',
      en: 'No, you install no software without the permission of the network provider or the school’s ICT person. Uploading or downloading files unrelated to education also needs explicit permission.',
    },
    section: 'Bijlage 8 Gedragscode ICT §3',
    related: ['connect-devices', 'new-app', 'malfunction-report'],
  },
  {
    id: 'connect-devices',
    title: { nl: 'Apparaten aansluiten op het netwerk', en: 'Connecting devices to the network' },
    questions: {
      nl: [
        'mag ik mijn eigen laptop aansluiten op het schoolnetwerk',
        'mag ik een eigen printer aan het netwerk hangen',
        'welke apparaten mogen op het netwerk',
        'eigen apparaat aansluiten',
        'eigen laptop op het netwerk',
        'apparaat aan het netwerk hangen',
      ],
      en: [
        'can I connect my own laptop to the school network',
        'can I plug my own device into the network',
      ],
    },
    answer: {
      nl: 'Apparatuur die niet is goedgekeurd mag je niet op het netwerk aansluiten. Hardware die toegang krijgt tot het netwerk wordt gecertificeerd en geïnstalleerd door de netwerkbeheerder; alleen dan kan het inloggen. Met een eigen apparaat werk je via het extern bureaublad.',
      en: 'Equipment that has not been approved may not be connected to the network. Hardware that gets network access is certified and installed by the network provider; only then can it log in. With your own device you work through the remote desktop.',
    },
    section: 'Bijlage 8 Gedragscode ICT §3; Bijlage 4 Hardware',
    related: ['working-from-home', 'install-software', 'network-provider'],
  },
  {
    id: 'public-wifi',
    title: { nl: 'Werken via openbare wifi', en: 'Working over public wifi' },
    questions: {
      nl: [
        'mag ik werken via de wifi in de trein',
        'is openbare wifi veilig voor schoolwerk',
        'openbare wifi',
        'werken op wifi in een café',
        'gratis wifi gebruiken voor werk',
      ],
      en: ['can I work over public wifi', 'is it safe to work on public wifi'],
    },
    answer: {
      nl: 'Werken via een open of openbare wifi-verbinding is een situatie die tot een datalek kan leiden. Werk met gevoelige gegevens alleen via het beveiligde extern bureaublad, en let onderweg op wie er op je scherm meekijkt.',
      en: 'Working over an open or public wifi connection is a situation that can lead to a breach. Work with sensitive data only through the secured remote desktop, and watch who can see your screen when on the move.',
    },
    section: '§12 Protocol datalekken; Bijlage 7 Thuis of onderweg',
    related: ['working-from-home', 'breach-risky-situations', 'home-device'],
  },
  {
    id: 'working-from-home',
    title: { nl: 'Thuiswerken', en: 'Working from home' },
    questions: {
      nl: [
        'hoe werk ik veilig thuis',
        'mag ik thuis werken met leerlinggegevens',
        'hoe kom ik thuis op het netwerk van school',
        'wat is het extern bureaublad',
        'thuiswerken',
        'vanuit huis inloggen',
        'extern bureaublad',
        'remote desktop',
        'thuis bij mijn bestanden van school komen',
      ],
      en: ['how do I work from home safely', 'how do I reach the school network from home'],
    },
    answer: {
      nl: 'Werk je thuis, log dan in via de beveiligde app Verbinding met extern bureaublad, met je persoonlijke inloggegevens; daar vind je je bestanden en Outlook. Neem gevoelige gegevens niet mee op een usb-stick, mail ze niet naar je privéadres en sla ze niet op je eigen apparaat op. De gewone gedragsregels gelden thuis net zo.',
      en: 'When working at home, log in through the secured Remote Desktop Connection app with your personal login; your files and Outlook are there. Do not take sensitive data home on a USB stick, do not mail it to your private address and do not store it on your own device. The usual rules of conduct apply at home just as well.',
    },
    section: '§12 Protocol datalekken (Data); Bijlage 4 Data; Bijlage 8 §3 en §12',
    related: ['home-device', 'usb-forbidden', 'email-private-mail'],
  },
  {
    id: 'home-device',
    title: { nl: 'Je eigen apparaat thuis', en: 'Your own device at home' },
    questions: {
      nl: [
        'mag ik leerlinggegevens opslaan op mijn eigen computer',
        'waar let ik op als ik esis of webmail thuis gebruik',
        'mag ik mijn laptop thuis ingelogd laten staan',
        'eigen computer gebruiken voor schoolwerk',
        'gegevens thuis opslaan',
        'privé laptop voor werk',
      ],
      en: [
        'may I store pupil data on my own computer',
        'can I save school files on my own computer',
      ],
    },
    answer: {
      nl: 'Sla geen privacygevoelige gegevens op je eigen apparaat op. Gebruik je thuis of onderweg het extern bureaublad, ESIS of webmail, let dan goed op de beveiliging van dat apparaat, ga zorgvuldig om met je wachtwoorden en laat je pc of laptop nooit onbeheerd achter zonder uit te loggen.',
      en: 'Do not store privacy-sensitive data on your own device. When you use the remote desktop, ESIS or webmail at home or on the move, take good care of that device’s security, handle your passwords carefully and never leave your PC or laptop unattended without logging out.',
    },
    section: 'Bijlage 7 Thuis of onderweg; Bijlage 8 §12; §12 Protocol datalekken (Data)',
    related: ['working-from-home', 'laptop-care', 'password-change'],
  },
  {
    id: 'malfunction-report',
    title: {
      nl: 'Storingen en onregelmatigheden melden',
      en: 'Reporting faults and irregularities',
    },
    questions: {
      nl: [
        'wat doe ik bij een storing aan de computer',
        'ik zie iets vreemds op het netwerk',
        'mag ik een computerprobleem zelf oplossen',
        'storing melden',
        'computer kapot',
        'iets geks op mijn computer',
        'zelf repareren',
      ],
      en: [
        'what do I do when the computer breaks down',
        'may I fix a network problem myself',
        'the computer is not working, what do I do',
      ],
    },
    answer: {
      nl: 'Meld storingen, onregelmatigheden of inbreuken op de beveiliging meteen bij de ICT-er op school of de netwerkbeheerder. Probeer ze niet zelf te verhelpen en volg hun aanwijzingen op. Gaat het om persoonsgegevens die mogelijk uitgelekt zijn, meld het dan ook als datalek.',
      en: 'Report faults, irregularities or security incidents at once to the school’s ICT person or the network provider. Do not try to fix them yourself and follow their instructions. If personal data may have leaked, also report it as a breach.',
    },
    section: 'Bijlage 8 Gedragscode ICT §3',
    related: ['breach-how-to-report', 'role-ict-school', 'install-software'],
  },
  {
    id: 'home-directory',
    title: { nl: 'Je persoonlijke map op de server', en: 'Your home folder on the server' },
    questions: {
      nl: [
        'wie is verantwoordelijk voor mijn persoonlijke map op het netwerk',
        'mag ik privéfoto’s op de schoolschijf zetten',
        'persoonlijke map',
        'home map op de server',
        'mijn eigen schijf op het netwerk',
      ],
      en: ['who is responsible for my home folder'],
    },
    answer: {
      nl: 'De inhoud van je persoonlijke map op de server valt helemaal onder je eigen verantwoordelijkheid. Gebruik die voor je werk en vul hem niet onnodig met grote bestanden.',
      en: 'The contents of your home folder on the server are entirely your own responsibility. Use it for work and do not fill it with large files needlessly.',
    },
    section: 'Bijlage 8 Gedragscode ICT §3',
    related: ['email-shared-files', 'retention-principle', 'protected-folders'],
  },
];
