// Sharing pupil data safely: OSO, protected folders, and when others may see data (§10,
// Bijlage 2 art. 10 and 12, Bijlage 9, Bijlage 10).
import type { KnowledgeEntry } from './types';

export const SHARING_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'oso-what',
    title: { nl: 'Overstappen met OSO', en: 'Transfers through OSO' },
    questions: {
      nl: [
        'wat is oso',
        'hoe stuur ik gegevens naar de middelbare school',
        'hoe dragen we een leerling over naar het vo',
        'leerling verhuist naar een andere school hoe gaan de gegevens mee',
        'overstapservice onderwijs',
        'overdracht naar het voortgezet onderwijs',
        'leerling gaat naar een andere school',
        'hoe werkt de overstap naar de middelbare school',
        'overdracht gegevens bij verhuizing van een leerling',
      ],
      en: ['what is OSO', 'how do we send pupil data to the secondary school'],
    },
    answer: {
      nl: 'Gegevens van een leerling die naar een andere school gaat, zoals het voortgezet onderwijs, wissel je alleen veilig uit via OSO (Overstapservice Onderwijs). OSO stuurt de gegevens rechtstreeks tussen de administratiesystemen van de scholen en legt vast wat er mag worden overgedragen. Alle scholen zijn gecertificeerd voor OSO en de managementassistenten kennen de werkwijze.',
      en: 'Data of a pupil moving to another school, such as secondary school, is exchanged safely only through OSO (Overstapservice Onderwijs). OSO sends the data directly between the schools’ administration systems and fixes what may be transferred. All schools are certified for OSO and the management assistants know how it works.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (OSO); Bijlage 7',
    related: ['oso-which-data', 'oso-paper', 'email-pupil-file'],
  },
  {
    id: 'oso-which-data',
    title: {
      nl: 'Welke gegevens mee mogen bij een overstap',
      en: 'Which data may go along on a transfer',
    },
    questions: {
      nl: [
        'welke gegevens mogen naar de nieuwe school',
        'mag ik het hele leerlingdossier doorsturen naar het vo',
        'wat staat er in het overstapdossier',
        'wat mag de nieuwe school krijgen',
        'welke gegevens gaan mee bij een overstap',
        'mag het hele dossier mee naar de nieuwe school',
      ],
      en: [
        'which data may go to the new school',
        'may we send the whole pupil file to the new school',
        'what data goes to the new school',
      ],
    },
    answer: {
      nl: 'Niet het hele dossier: alleen wat de nieuwe school nodig heeft om de leerling goed te begeleiden. De wet noemt in- en uitschrijving, afwezigheid, adresgegevens, gegevens voor de bekostiging, het onderwijskundig rapport, gezondheidsgegevens die nodig zijn voor speciale begeleiding, vorderingen en resultaten, en uitslagen van eventueel psychologisch onderzoek. Ouders mogen het overstaprapport inzien.',
      en: 'Not the whole file: only what the new school needs to guide the pupil well. The law lists enrolment and deregistration, absence, address data, data for funding, the educational report, health data needed for special support, progress and results, and the results of any psychological assessment. Parents may see the transfer report.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (OSO)',
    related: ['oso-what', 'rights-inspection', 'sharing-third-parties'],
  },
  {
    id: 'oso-paper',
    title: { nl: 'Overdracht op papier of via DOD', en: 'Transfers on paper or through DOD' },
    questions: {
      nl: [
        'mag ik het onderwijskundig rapport op papier meegeven',
        'gebruiken we de dod koppeling nog',
        'mag een overdracht op papier',
        'overdracht op papier',
        'papieren overdrachtsformulier',
        'dod koppeling',
      ],
      en: ['may we hand over the transfer report on paper'],
    },
    answer: {
      nl: 'OSO is de standaard voor overdracht tussen scholen. Papieren overdracht kost extra werk en is minder veilig, en de oude DOD-koppeling wordt uitgefaseerd. Maak met de scholen in de regio en het samenwerkingsverband afspraken over welke gegevens wanneer via OSO komen.',
      en: 'OSO is the standard for transfers between schools. Paper transfers cost extra work and are less safe, and the old DOD link is being phased out. Agree with the schools in the region and the partnership which data come through OSO and when.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (OSO)',
    related: ['oso-what', 'oso-which-data', 'email-pupil-file'],
  },
  {
    id: 'protected-folders',
    title: { nl: 'Beschermde datamappen', en: 'Protected data folders' },
    questions: {
      nl: [
        'waar kan ik gevoelige documenten veilig delen met collega’s',
        'hoe deel ik gegevens met de ambulant begeleider',
        'afgeschermde map op de dataschijf',
        'wie kan de mappen op de dataschijf zien',
        'beveiligde map delen',
        'waar zet ik gevoelige bestanden',
        'afgeschermde mappen voor leerlingenzorg',
        'gevoelige stukken delen met specialisten',
      ],
      en: [
        'where can I safely share sensitive documents with colleagues',
        'protected folder on the data drive',
        'where can I store sensitive files safely',
        'protected folders',
      ],
    },
    answer: {
      nl: 'Elke school en het bestuursbureau hebben een dataschijf met mappen die alleen zichtbaar zijn voor de mensen die er uitdrukkelijk toegang toe hebben gekregen. Wie vanuit de leerlingenzorg gevoelige gegevens wil delen, zoals ambulant begeleiders en specialisten, doet dat in zo’n afgeschermde map binnen het beveiligde netwerk. Toegang vraag je aan via de ICT-er op school.',
      en: 'Every school and the board office have a data drive with folders visible only to the people explicitly given access. Anyone in pupil care who wants to share sensitive data, such as visiting support staff and specialists, does so in such a protected folder inside the secure network. Ask the school’s ICT person for access.',
    },
    section: '§10 Uitwisselen van leerlinggegevens (beschermde datamappen); Bijlage 4 Data',
    related: ['email-cryptshare', 'need-to-know', 'email-shared-files'],
  },
  {
    id: 'sharing-third-parties',
    title: { nl: 'Gegevens geven aan derden', en: 'Giving data to third parties' },
    questions: {
      nl: [
        'mag ik gegevens van een leerling aan een externe geven',
        'mag ik leerlinggegevens delen met de logopedist',
        'mag de jeugdarts gegevens van school krijgen',
        'gegevens verstrekken aan derden',
        'mag ik gegevens aan een externe hulpverlener geven',
        'gegevens delen met de huisarts of logopedie',
        'gegevens doorgeven aan een andere organisatie',
        'mag ik informatie over een leerling aan een therapeut geven',
      ],
      en: [
        'can I share pupil data with an outside party',
        'giving data to third parties',
        'may I share pupil data with a therapist',
      ],
    },
    answer: {
      nl: 'Persoonsgegevens gaan alleen naar derden als de wet dat verplicht of als de betrokkene (bij kinderen onder 16 de ouders) vooraf toestemming heeft gegeven. Deel dan alleen wat echt nodig is, en met partners in de zorg zoals logopedie of de huisarts alleen als dat strikt noodzakelijk is. Twijfel je, vraag het {contact.privacyOfficer}.',
      en: 'Personal data goes to third parties only when the law requires it or when the person concerned (for children under 16, the parents) gave consent beforehand. Then share only what is really needed, and with care partners such as speech therapy or the family doctor only when strictly necessary. When in doubt, ask {contact.privacyOfficer}.',
    },
    section: 'Bijlage 2 Privacyreglement art. 12; Bijlage 9; Bijlage 10',
    related: ['third-parties-without-consent', 'processor-agreement-what', 'rights-under-16'],
  },
  {
    id: 'third-parties-without-consent',
    title: {
      nl: 'Wanneer derden zonder toestemming gegevens krijgen',
      en: 'When others get data without consent',
    },
    questions: {
      nl: [
        'wanneer mag de school gegevens delen zonder toestemming van ouders',
        'mag de inspectie het leerlingdossier inzien',
        'mag ik gegevens delen bij een vermoeden van kindermishandeling',
        'zonder toestemming gegevens delen',
        'mag de inspectie dossiers inzien',
        'wanneer moet school gegevens geven zonder toestemming',
        'gegevens delen in een noodsituatie',
      ],
      en: [
        'when may the school share data without parental consent',
        'may the inspectorate see pupil files',
        'when can data be shared without consent',
      ],
    },
    answer: {
      nl: 'Soms moet de school gegevens aan bepaalde professionals geven zonder dat ouders eerst toestemming geven: bij een overstap naar een andere school (zoals het vo of het sbo), bij inzage door de Inspectie van het Onderwijs, bij een vermoeden van kindermishandeling en in noodsituaties. In alle andere gevallen geven ouders eerst toestemming.',
      en: 'Sometimes the school must give data to certain professionals without prior parental consent: when a pupil moves to another school (such as secondary or special primary education), for inspection by the Education Inspectorate, when child abuse is suspected, and in emergencies. In all other cases parents consent first.',
    },
    section: 'Bijlage 9 Welke gegevens bewaart de school (inzage door derden)',
    related: ['sharing-third-parties', 'oso-what', 'rights-inspection'],
  },
  {
    id: 'access-to-data',
    title: { nl: 'Wie toegang krijgt tot gegevens', en: 'Who gets access to data' },
    questions: {
      nl: [
        'wie mag bij de gegevens in de administratie',
        'wie heeft toegang tot de persoonsgegevens van de school',
        'wie kan bij onze administratie',
        'wie krijgt toegang tot persoonsgegevens',
      ],
      en: ['who has access to the school’s personal data'],
    },
    answer: {
      nl: 'Toegang tot de persoonsgegevens in de administratie en systemen krijgen alleen wie onder gezag van het bestuur werken, verwerkers die daarvoor gemachtigd zijn, en derden aan wie de wet toegang geeft, en dan alleen tot de gegevens die de wet noemt. Medewerkers zien niet meer dan ze strikt nodig hebben voor hun werk.',
      en: 'Access to the personal data in the administration and systems goes only to those working under the board’s authority, processors authorised for it, and third parties given access by law, and then only to the data the law names. Staff see no more than they strictly need for their work.',
    },
    section: 'Bijlage 2 Privacyreglement art. 10 en 11',
    related: ['need-to-know', 'sharing-third-parties', 'esis-standard-roles'],
  },
];
