// The ICT code of conduct: whom it binds, internet, copyright, telephones (Bijlage 8 §1–§8).
import type { KnowledgeEntry } from './types';

export const CONDUCT_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'conduct-code-scope',
    title: { nl: 'De Gedragscode ICT', en: 'The ICT code of conduct' },
    questions: {
      nl: [
        'wat is de gedragscode ict',
        'voor wie geldt de gedragscode',
        'geldt de gedragscode ook voor stagiairs en vrijwilligers',
        'gedragscode',
        'gedragscode ict',
        'regels voor computergebruik',
      ],
      en: ['what is the ICT code of conduct', 'who does the code of conduct apply to'],
    },
    answer: {
      nl: 'De Gedragscode ICT en sociale media geldt voor iedereen die het netwerk gebruikt of in een school is: medewerkers, stagiaires, uitzend- en freelancekrachten, vrijwilligers, ouders, leerlingen en externen. Ze regelt mail, internet, telefoons, mobiele apparaten, bestanden en sociale media. Hoofdregel: gebruik computer en telefoon in principe voor je werk of voor onderwijs.',
      en: 'The ICT and social media code of conduct applies to everyone who uses the network or is in a school: staff, student teachers, temporary and freelance workers, volunteers, parents, pupils and externals. It covers mail, internet, telephones, mobile devices, files and social media. Main rule: use computer and phone in principle for work or education.',
    },
    section: 'Bijlage 8 Gedragscode ICT (inleiding)',
    related: ['internet-use', 'social-media-personal', 'monitoring-general'],
  },
  {
    id: 'internet-use',
    title: { nl: 'Internet op het werk', en: 'Internet at work' },
    questions: {
      nl: [
        'mag ik privé internetten op school',
        'mag ik online winkelen op mijn werk',
        'welke websites zijn verboden op het netwerk',
        'privé internet',
        'internetgebruik op het werk',
        'verboden websites',
        'mag ik gokken of winkelen op school',
      ],
      en: [
        'may I use the internet privately at work',
        'which websites are forbidden',
        'can I shop online at work',
      ],
    },
    answer: {
      nl: 'Internet gebruik je voor je functie of voor onderwijs; af en toe kort iets privé opzoeken mag als het je werk niet stoort. Niet toegestaan zijn onder meer privé winkelen, gokken, niet-zakelijke chatboxen, pornografische, racistische of beledigende sites, mailen met een ander account dan dat van school, en sociale media, tenzij het een onderwijsdoel dient, uit je werk voortvloeit of je leidinggevende toestemming geeft.',
      en: 'Use the internet for your job or for teaching; briefly looking something up privately now and then is fine if it does not disturb your work. Not allowed include private shopping, gambling, non-business chat rooms, pornographic, racist or offensive sites, mailing from an account other than the school’s, and social media, unless it serves an educational goal, follows from your work or your manager allows it.',
    },
    section: 'Bijlage 8 Gedragscode ICT §4',
    related: ['copyright', 'monitoring-internet', 'email-personal-use'],
  },
  {
    id: 'copyright',
    title: { nl: 'Auteursrecht op afbeeldingen', en: 'Copyright on images' },
    questions: {
      nl: [
        'mag ik een plaatje van internet in de nieuwsbrief zetten',
        'mag ik afbeeldingen van google gebruiken op de schoolwebsite',
        'auteursrecht bij foto’s in nieuwsbrieven',
        'auteursrecht',
        'plaatje van internet gebruiken',
        'afbeeldingen van internet in de nieuwsbrief',
      ],
      en: [
        'may I use an image from the internet in the newsletter',
        'can I use pictures from google',
      ],
    },
    answer: {
      nl: 'Nee, auteursrechtelijk beschermde afbeeldingen van internet verspreid je niet via websites, nieuwsbrieven of mails, en andermans werk publiceer je niet zonder toestemming van de maker. Houd rekening met auteurs-, portret- en citaatrecht; overtreding kan een boete opleveren.',
      en: 'No, copyrighted images from the internet are not spread through websites, newsletters or mails, and you do not publish someone else’s work without the maker’s permission. Respect copyright, portrait rights and quotation rights; a breach can lead to a fine.',
    },
    section: 'Bijlage 8 Gedragscode ICT §4 en §13',
    related: ['internet-use', 'social-media-school-page', 'photo-consent-per-purpose'],
  },
  {
    id: 'phones-pupils',
    title: {
      nl: 'Mobiele telefoons van leerlingen en ouders',
      en: 'Pupils’ and parents’ mobile phones',
    },
    questions: {
      nl: [
        'mogen leerlingen hun mobiel gebruiken op school',
        'mag een kind in de klas foto’s maken met zijn telefoon',
        'mogen ouders in school filmen met hun telefoon',
        'mobiel van leerlingen',
        'telefoonbeleid leerlingen',
        'telefoons in de klas',
      ],
      en: ['may pupils use their phones at school', 'can pupils use their phone in class'],
    },
    answer: {
      nl: 'Leerlingen gebruiken hun mobiele telefoon niet onder schooltijd, tenzij het een onderwijsdoel dient en de directie het toestaat. Dat betekent ook: geen foto’s, video’s of geluidsopnames in school, ook niet door ouders, zonder toestemming van de directie. Zijn er met toestemming opnames gemaakt, dan mogen ze alleen online of per mail worden gedeeld als iedereen die erop staat daarmee instemt.',
      en: 'Pupils do not use their mobile phones during school hours, unless it serves a teaching goal and the management allows it. That also means no photos, video or sound recordings in school, not by parents either, without the management’s permission. If recordings were made with permission, they may only be shared online or by mail if everyone on them agrees.',
    },
    section: 'Bijlage 8 Gedragscode ICT §8',
    related: ['photo-parents-filming', 'photo-consent-per-purpose', 'conduct-code-scope'],
  },
  {
    id: 'phone-landline',
    title: { nl: 'De vaste telefoon van school', en: 'The school’s landline' },
    questions: {
      nl: [
        'mag ik privé bellen met de telefoon van school',
        'mag ik naar het buitenland bellen vanaf school',
        'vaste telefoon privé',
        'privé bellen op school',
        'buitenland bellen',
      ],
      en: ['may I make private calls on the school phone'],
    },
    answer: {
      nl: 'Telefoons van school zijn voor je werk; een kort privégesprek mag als het nodig is en het werk niet stoort. Bellen naar betaalde service- en amusementsnummers (0906, 0909) mag alleen voor een schoolzaak, en internationale nummers bellen voor privédoeleinden mag niet.',
      en: 'School phones are for work; a short private call is fine when needed and it does not disturb work. Calling paid service and entertainment numbers (0906, 0909) is only allowed for school business, and calling international numbers for private purposes is not allowed.',
    },
    section: 'Bijlage 8 Gedragscode ICT §6',
    related: ['phone-work-mobile', 'monitoring-phone', 'conduct-code-scope'],
  },
  {
    id: 'phone-work-mobile',
    title: { nl: 'De zakelijke mobiele telefoon', en: 'The work mobile phone' },
    questions: {
      nl: [
        'waarvoor mag ik mijn zakelijke mobiel gebruiken',
        'wie betaalt de kosten van mijn werktelefoon in het buitenland',
        'mag ik whatsappen met mijn telefoon van de zaak',
        'werktelefoon',
        'zakelijke telefoon privé gebruiken',
        'telefoon van de zaak in het buitenland',
      ],
      en: ['what may I use my work mobile for', 'who pays for my work phone abroad'],
    },
    answer: {
      nl: 'Een zakelijke mobiele telefoon is er vooral om bereikbaar te zijn voor inkomende gesprekken en berichten; ga zuinig om met uitgaand bellen en kies waar het kan de vaste telefoon. Bellen, appen, fotograferen, filmen en internetten mag als je werk dat vraagt. Kosten in het buitenland betaal je zelf, tenzij het een aantoonbare dienstreis met zakelijke gesprekken is.',
      en: 'A work mobile is mainly for being reachable for incoming calls and messages; be sparing with outgoing calls and use the landline where possible. Calling, messaging, taking photos, filming and browsing are fine when your work needs it. Costs abroad are yours, unless it is a demonstrable business trip with business calls.',
    },
    section: 'Bijlage 8 Gedragscode ICT §7',
    related: ['phone-landline', 'breach-lost-device', 'monitoring-phone'],
  },
];
