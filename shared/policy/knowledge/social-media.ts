// Social media for the school and for staff personally (Bijlage 8 §13, Bijlage 2 art. 13).
import type { KnowledgeEntry } from './types';

export const SOCIAL_MEDIA_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'social-media-school-page',
    title: { nl: 'De sociale-mediapagina van school', en: 'The school’s social media page' },
    questions: {
      nl: [
        'waar let ik op bij berichten op de facebookpagina van school',
        'regels voor de instagram van de school',
        'mag ik vanaf de schoolpagina reageren op berichten van vrienden',
        'facebookpagina school',
        'berichten plaatsen op sociale media van school',
        'schoolaccount instagram',
      ],
      en: ['what are the rules for the school’s facebook page'],
    },
    answer: {
      nl: 'Spreek vooraf af of een pagina openbaar is of voor een besloten groep, want openbare berichten en foto’s kan iedereen delen. Controleer vóór het plaatsen of leerlingen en medewerkers toestemming gaven, zet geen namen bij foto’s, deel geen vertrouwelijke informatie en plaats geen persoonlijke berichten. Reageer niet vanaf de schoolpagina op berichten van vrienden, let op je taal en promoot de pagina niet betaald.',
      en: 'Agree beforehand whether a page is public or for a closed group, because public posts and photos can be shared by anyone. Check before posting that pupils and staff consented, put no names with photos, share nothing confidential and post nothing personal. Do not react from the school page to friends’ posts, mind your language and do not pay to promote the page.',
    },
    section: 'Bijlage 8 §13 Richtlijnen sociale media',
    related: ['photo-no-names', 'social-media-negative', 'photo-consent-per-purpose'],
  },
  {
    id: 'social-media-personal',
    title: { nl: 'Je eigen sociale media', en: 'Your own social media' },
    questions: {
      nl: [
        'mag ik als leerkracht over mijn werk posten',
        'wat mag ik op mijn eigen linkedin zetten over school',
        'regels voor medewerkers op sociale media',
        'eigen sociale media',
        'posten over school',
        'mag ik iets over mijn werk op sociale media zetten',
      ],
      en: ['may I post about my work on social media', 'social media rules for staff'],
    },
    answer: {
      nl: 'Je gedrag op sociale media wijkt niet af van wat op school gebruikelijk is: je hebt een voorbeeldfunctie en bent ambassadeur van de school. Over werk posten mag, maar nooit vertrouwelijke informatie en niets wat de school of het bestuur schaadt of ingaat tegen het beleid; bij onderwijsinhoudelijke onderwerpen zeg je dat je op persoonlijke titel schrijft. Bij twijfel publiceer je niet, of overleg je met je leidinggevende of {contact.communications}.',
      en: 'Your behaviour on social media does not differ from what is usual at school: you set an example and are an ambassador of the school. Posting about work is fine, but never confidential information and nothing that harms the school or the board or goes against policy; on educational topics, say you write in a personal capacity. When in doubt, do not publish, or consult your manager or {contact.communications}.',
    },
    section: 'Bijlage 8 §13 Richtlijnen sociale media',
    related: ['photo-own-social-media', 'social-media-negative', 'social-media-contact'],
  },
  {
    id: 'social-media-negative',
    title: { nl: 'Negatieve berichten over school', en: 'Negative posts about the school' },
    questions: {
      nl: [
        'ik zie een negatief bericht over onze school op facebook',
        'hoe reageer ik op negatieve reacties op de schoolpagina',
        'wat doe ik met een klacht van een ouder op sociale media',
        'negatieve reactie op facebook',
        'negatief bericht over school',
        'ouder klaagt op sociale media',
      ],
      en: [
        'I saw a negative post about our school',
        'a parent posted something negative about the school',
      ],
    },
    answer: {
      nl: 'Reageer niet impulsief. Stuur negatieve (of positieve) berichten over een school of het bestuur door naar {contact.communications} en je leidinggevende, en stem bij twijfel met hen af. Reacties op de schoolpagina ga je liever aan in een persoonlijk gesprek; opbouwende kritiek ontwijk je niet, ongepaste reacties mag de school verwijderen.',
      en: 'Do not react impulsively. Forward negative (or positive) posts about a school or the board to {contact.communications} and your manager, and agree with them when in doubt. Reactions on the school page are better taken up in a personal conversation; constructive criticism is not avoided, and the school may remove improper reactions.',
    },
    section: 'Bijlage 8 §13 Richtlijnen sociale media',
    related: ['social-media-contact', 'social-media-school-page', 'social-media-personal'],
  },
  {
    id: 'social-media-contact',
    title: {
      nl: 'Contact met leerlingen en ouders op sociale media',
      en: 'Contact with pupils and parents on social media',
    },
    questions: {
      nl: [
        'mag ik bevriend zijn met ouders op facebook',
        'een ouder begint een discussie met mij op sociale media',
        'mag ik leerlingen volgen op instagram',
        'ouders als vriend op facebook',
        'leerlingen volgen op sociale media',
        'discussie met ouder op sociale media',
      ],
      en: ['may I be friends with parents on facebook', 'can I befriend parents on facebook'],
    },
    answer: {
      nl: 'Wees voorzichtig in je digitale contact met leerlingen en ouders op sociale media. Ga daar niet met hen in discussie; dreigt een gesprek te ontsporen, neem dan meteen contact op met je leidinggevende om de aanpak te bepalen.',
      en: 'Be careful in your digital contact with pupils and parents on social media. Do not argue with them there; if a conversation threatens to get out of hand, contact your manager at once to decide on the approach.',
    },
    section: 'Bijlage 8 §13 Richtlijnen sociale media',
    related: ['social-media-personal', 'social-media-negative', 'photo-own-social-media'],
  },
];
