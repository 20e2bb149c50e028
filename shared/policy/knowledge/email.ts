// E-mail: what never goes in plain mail, BCC, private mailboxes, size, encrypted sending
// (§10, Bijlage 7 Email, Bijlage 8 §4–5 and §10).
import type { KnowledgeEntry } from './types';

export const EMAIL_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'email-bsn',
    title: { nl: 'BSN per mail versturen', en: 'Sending a citizen number by mail' },
    questions: {
      nl: [
        'mag ik een bsn mailen',
        'mag een burgerservicenummer in een e-mail',
        'mag ik het bsn van een leerling doorsturen per mail',
        'onderwijsnummer in mail zetten',
        'bsn in de mail',
        'mag een bsn per e-mail',
        'sofinummer mailen',
        'mag ik het onderwijsnummer van een kind mailen',
      ],
      en: ['can I email a citizen service number', 'may I put a BSN in an email'],
    },
    answer: {
      nl: 'Nee, een BSN en andere privacygevoelige gegevens verstuur je nooit in een gewone mail. Moet het toch digitaal naar iemand, verstuur het dan versleuteld met Cryptshare of zet het in een beschermde map op het netwerk.',
      en: 'No, a BSN and other privacy-sensitive data never go in an ordinary mail. If it must reach someone digitally, send it encrypted with Cryptshare or put it in a protected folder on the network.',
    },
    section: 'Bijlage 7 Privacy in de dagelijkse praktijk (Email)',
    related: ['email-cryptshare', 'email-pupil-file', 'protected-folders'],
  },
  {
    id: 'email-pupil-file',
    title: { nl: 'Leerlingdossier of zorggegevens mailen', en: 'Mailing a pupil file' },
    questions: {
      nl: [
        'mag ik een leerlingdossier mailen',
        'mag ik een handelingsplan of opp per mail versturen',
        'mag ik een verslag van een leerling mailen naar een externe',
        'kinddossier versturen via e-mail',
        'mag ik een opp mailen',
        'mag ik een onderzoeksverslag van een leerling per mail sturen',
        'zorgdossier mailen',
        'mag ik een groeidocument of verslag mailen',
        'gevoelige leerlinggegevens per mail',
      ],
      en: [
        'can I email a pupil file',
        'may I send a support plan by email',
        'can I email a pupil report to an external specialist',
      ],
    },
    answer: {
      nl: 'Nee, dossiers van kinderen en andere gevoelige leerlinggegevens gaan nooit via een gewone mail. Gebruik Cryptshare om versleuteld te versturen, deel ze via een beschermde datamap, of gebruik OSO bij een overstap naar een andere school.',
      en: 'No, children’s files and other sensitive pupil data never go by ordinary mail. Use Cryptshare to send encrypted, share them through a protected data folder, or use OSO when a pupil moves to another school.',
    },
    section: 'Bijlage 7 Privacy in de dagelijkse praktijk (Email)',
    related: ['email-cryptshare', 'protected-folders', 'oso-what'],
  },
  {
    id: 'email-bcc',
    title: { nl: 'Ouders in BCC', en: 'Parents in BCC' },
    questions: {
      nl: [
        'moet ik ouders in bcc zetten',
        'wanneer gebruik ik bcc',
        'mail naar alle ouders van de groep met adressen zichtbaar',
        'mogen ouders elkaars mailadres zien',
        'bcc gebruiken',
        'mail aan alle ouders adressen verbergen',
        'ouders in de aan-regel of bcc',
        'groepsmail naar ouders',
      ],
      en: ['should I put parents in bcc', 'when do I use bcc'],
    },
    answer: {
      nl: 'Ja: mail je meerdere mensen die elkaars adres niet hoeven te kennen, zoals de ouders van een groep, zet dan alle adressen altijd in BCC. Zo ziet niemand de mailadressen van de anderen.',
      en: 'Yes: when you mail several people who need not know each other’s address, such as the parents of a class, always put every address in BCC. That way nobody sees the others’ addresses.',
    },
    section: 'Bijlage 7 Privacy in de dagelijkse praktijk (Email)',
    related: ['breach-wrong-recipient', 'email-private-mail', 'email-attachment-size'],
  },
  {
    id: 'email-private-mail',
    title: { nl: 'Privémail voor werk', en: 'Private mail for work' },
    questions: {
      nl: [
        'mag ik mijn gmail gebruiken voor werk',
        'mag ik werkmail doorsturen naar mijn privé-adres',
        'mag ik een bestand naar mijn hotmail sturen om thuis verder te werken',
        'privé e-mailadres gebruiken voor school',
        'privé mail gebruiken',
        'mag ik naar mijn eigen mailadres sturen',
        'werkmail doorsturen naar thuis',
        'gmail of hotmail voor werk',
      ],
      en: [
        'can I use my private email for work',
        'may I forward work mail to my personal address',
        'can I use gmail for work',
        'may I forward school mail to my private account',
      ],
    },
    answer: {
      nl: 'Nee, privacygevoelige informatie verstuur je nooit via een privémailadres, en je stuurt het ook niet door naar je eigen Gmail, Hotmail of ander privéadres. Mail voor je werk alleen vanuit je schoolaccount. Wil je thuis verder werken, log dan in via het extern bureaublad.',
      en: 'No, privacy-sensitive information never goes through a private mail address, nor do you forward it to your own Gmail, Hotmail or other private address. Mail for work only from your school account. To keep working at home, log in through the remote desktop.',
    },
    section: 'Bijlage 7 Privacy in de dagelijkse praktijk (Email); Bijlage 8 §4',
    related: ['working-from-home', 'email-bsn', 'email-personal-use'],
  },
  {
    id: 'email-attachment-size',
    title: { nl: 'Maximale grootte van bijlagen', en: 'Maximum attachment size' },
    questions: {
      nl: [
        'hoe groot mag een bijlage zijn',
        'wat is de maximale grootte van een bijlage',
        'hoeveel mb mag een mail met bijlage zijn',
        'bijlage te groot',
        'maximum bijlage mail',
        'hoeveel megabyte mag een bijlage',
        'grote bijlage versturen',
      ],
      en: ['how big can an attachment be', 'maximum attachment size'],
    },
    answer: {
      nl: 'Een bijlage bij een mail mag maximaal 3 MB groot zijn. Zet grotere bestanden, of bestanden voor veel collega’s tegelijk, liever op de dataschijf of het intranet en verwijs daarnaar.',
      en: 'An attachment may be at most 3 MB. Put bigger files, or files for many colleagues at once, on the shared data drive or the intranet and point to them.',
    },
    section: 'Bijlage 8 Gedragscode ICT §5 en §10',
    related: ['email-shared-files', 'email-mailbox-cleanup', 'email-cryptshare'],
  },
  {
    id: 'email-cryptshare',
    title: { nl: 'Versleuteld mailen met Cryptshare', en: 'Sending encrypted with Cryptshare' },
    questions: {
      nl: [
        'wat is cryptshare',
        'hoe verstuur ik een beveiligde mail',
        'hoe mail ik versleuteld',
        'hoe stuur ik gevoelige bijlagen veilig',
        'hoe gebruik ik cryptshare',
        'cryptshare knop in outlook',
        'beveiligd mailen',
        'hoe verstuur ik een mail beveiligd',
        'versleutelde e-mail sturen',
      ],
      en: ['what is cryptshare', 'how do I send an encrypted email', 'how to send secure mail'],
    },
    answer: {
      nl: 'Iedere medewerker heeft in Outlook een Cryptshare-knop. Verstuur je je mail daarmee, dan gaan de mail en de bijlagen versleuteld naar de ontvanger. Gebruik dit voor alles met gevoelige persoonsgegevens.',
      en: 'Every staff member has a Cryptshare button in Outlook. When you send with it, the mail and its attachments reach the recipient encrypted. Use it for anything with sensitive personal data.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (Cryptshare)',
    related: ['email-cryptshare-expiry', 'email-cryptshare-verification', 'email-bsn'],
  },
  {
    id: 'email-cryptshare-expiry',
    title: {
      nl: 'Hoe lang een Cryptshare-mail te openen is',
      en: 'How long a Cryptshare mail stays open',
    },
    questions: {
      nl: [
        'hoe lang kan de ontvanger een cryptshare bericht openen',
        'verloopt een cryptshare link',
        'na hoeveel dagen vervalt een versleutelde mail',
        'hoe lang is een cryptshare mail te openen',
        'vervaldatum cryptshare',
        'cryptshare link verlopen',
      ],
      en: [
        'how long does a cryptshare link stay valid',
        'does a cryptshare message expire',
        'how many days is a cryptshare link valid',
      ],
    },
    answer: {
      nl: 'Elke Cryptshare-mail heeft een vervaldatum van hoogstens 7 dagen. Daarna kan de ontvanger de link in de mail niet meer openen en dus ook de mail en bijlagen niet meer ophalen.',
      en: 'Every Cryptshare mail has an expiry date of at most 7 days. After that the recipient can no longer open the link and so cannot retrieve the mail and attachments.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (Cryptshare)',
    related: ['email-cryptshare', 'email-cryptshare-verification', 'email-bsn'],
  },
  {
    id: 'email-cryptshare-verification',
    title: { nl: 'Verificatie bij Cryptshare', en: 'Verification with Cryptshare' },
    questions: {
      nl: [
        'hoe opent de ontvanger een cryptshare mail',
        'kan ik bij cryptshare een wachtwoord instellen',
        'verificatie per sms bij versleutelde mail',
        'cryptshare wachtwoord voor de ontvanger',
        'sms code cryptshare',
        'hoe opent iemand buiten school mijn beveiligde mail',
      ],
      en: [
        'how does the recipient open a cryptshare mail',
        'can I add a password in cryptshare',
        'how does the recipient open a secure mail',
      ],
    },
    answer: {
      nl: 'Je kunt bij Cryptshare kiezen voor verificatie: de ontvanger opent de mail en bijlagen dan pas na een code per sms of app, of met een wachtwoord dat jullie samen hebben afgesproken. Geef dat wachtwoord niet in dezelfde mail door.',
      en: 'In Cryptshare you can choose verification: the recipient opens the mail and attachments only after a code by text message or app, or with a password you agreed together. Do not give that password in the same mail.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (Cryptshare)',
    related: ['email-cryptshare', 'email-cryptshare-expiry', 'email-pupil-file'],
  },
  {
    id: 'email-personal-use',
    title: { nl: 'Werkmail privé gebruiken', en: 'Using work mail privately' },
    questions: {
      nl: [
        'mag ik mijn werkmail ook privé gebruiken',
        'mag ik een persoonlijke mail sturen vanaf mijn schoolaccount',
        'privé mailen met mijn werkaccount',
        'mag ik mijn schoolmail voor persoonlijke dingen gebruiken',
      ],
      en: ['may I use my work email for personal messages'],
    },
    answer: {
      nl: 'Af en toe en kort een persoonlijke mail ontvangen of versturen met je werkaccount mag, zolang het je werk niet verstoort. Kettingmails, reclame, nieuwsbrieven en andere niet-zakelijke rondzendingen mogen niet.',
      en: 'Occasionally and briefly sending or receiving a personal mail with your work account is allowed, as long as it does not disturb your work. Chain mails, advertising, newsletters and other non-business mass mailings are not.',
    },
    section: 'Bijlage 8 Gedragscode ICT §5',
    related: ['email-forbidden', 'email-private-mail', 'internet-use'],
  },
  {
    id: 'email-forbidden',
    title: { nl: 'Wat mag niet met e-mail', en: 'What mail may not be used for' },
    questions: {
      nl: [
        'wat is verboden met de e-mail van school',
        'mag ik anoniem mailen',
        'regels voor het versturen van e-mail',
        'wat mag niet in een mail',
        'kettingmail doorsturen',
        'mag ik reclame of nieuwsbrieven rondsturen via de schoolmail',
        'dreigende of beledigende mail ontvangen',
      ],
      en: ['what is not allowed with school email', 'what may I not send by email'],
    },
    answer: {
      nl: 'Een mail heeft altijd correct taalgebruik, een duidelijke afzender en een zakelijke inhoud. Het is verboden om anoniem of onder een valse naam te mailen, om dreigende, beledigende, seksueel getinte of discriminerende berichten of kettingmails te sturen, en om iemand elektronisch lastig te vallen. Krijg je zelf zulke berichten, meld dat bij de ICT-er of de directie van de school.',
      en: 'A mail always has proper language, a clear sender and businesslike content. It is forbidden to mail anonymously or under a false name, to send threatening, insulting, sexual or discriminating messages or chain mails, and to harass anyone electronically. If you receive such messages, report them to the school’s ICT person or management.',
    },
    section: 'Bijlage 8 Gedragscode ICT §5',
    related: ['email-personal-use', 'conduct-code-scope', 'monitoring-email'],
  },
  {
    id: 'email-mailbox-cleanup',
    title: { nl: 'Mailbox opschonen', en: 'Cleaning up your mailbox' },
    questions: {
      nl: [
        'mijn mailbox is vol wat nu',
        'moet ik mijn mailbox opruimen',
        'hoe groot mag mijn postvak zijn',
        'postvak vol',
        'mailbox te groot',
        'mijn postbus is vol',
        'mail opruimen',
      ],
      en: ['my mailbox is full', 'do I have to clean up my mailbox', 'my mailbox is too big'],
    },
    answer: {
      nl: 'Ruim je mailbox regelmatig op door overbodige mails en bijlagen te verwijderen uit Postvak IN, Verzonden items en Verwijderde items. Wordt je postbus te groot, dan helpt de ICT-er op school je met opschonen; de maximale grootte kan per functie verschillen.',
      en: 'Clean your mailbox regularly by deleting needless mails and attachments from Inbox, Sent Items and Deleted Items. If your mailbox grows too big, the school’s ICT person helps you clean it; the maximum size can differ per role.',
    },
    section: 'Bijlage 8 Gedragscode ICT §5 en §10',
    related: ['email-attachment-size', 'monitoring-email', 'email-shared-files'],
  },
  {
    id: 'email-shared-files',
    title: { nl: 'Bestanden delen met veel collega’s', en: 'Sharing files with many colleagues' },
    questions: {
      nl: [
        'hoe deel ik een groot bestand met het hele team',
        'bijlage naar alle collega’s sturen of op de dataschijf zetten',
        'bestand delen met collega’s zonder te mailen',
        'grote bestanden delen met het team',
        'dataschijf of intranet voor bestanden',
      ],
      en: ['how do I share a file with the whole team'],
    },
    answer: {
      nl: 'Deel bestanden voor meerdere collega’s bij voorkeur op de dataschijf of op het intranet in plaats van ze als bijlage rond te mailen. Dat voorkomt volle mailboxen en dataschijven. Bevat het bestand gevoelige gegevens, zet het dan in een afgeschermde map.',
      en: 'Share files for several colleagues preferably on the data drive or the intranet instead of mailing them around as attachments. That keeps mailboxes and drives from filling up. If the file holds sensitive data, put it in a protected folder.',
    },
    section: 'Bijlage 8 Gedragscode ICT §10',
    related: ['protected-folders', 'email-attachment-size', 'email-mailbox-cleanup'],
  },
  {
    id: 'email-pupil-accounts',
    title: { nl: 'E-mailadres voor leerlingen', en: 'Email addresses for pupils' },
    questions: {
      nl: [
        'krijgen leerlingen een e-mailadres',
        'vanaf welke groep hebben kinderen een mailadres',
        'mailadres voor leerlingen',
        'mogen leerlingen mailen via school',
      ],
      en: ['do pupils get an email address'],
    },
    answer: {
      nl: 'Iedere medewerker kan een persoonlijk mailadres krijgen. Leerlingen kunnen eventueel een mailadres krijgen vanaf groep 5.',
      en: 'Every staff member can have a personal mail address. Pupils may get one from group 5 (year 5 of primary school) on.',
    },
    section: 'Bijlage 8 Gedragscode ICT §5',
    related: ['email-forbidden', 'email-personal-use', 'conduct-code-scope'],
  },
];
