// Suppliers that process personal data and the agreements with them (§4, §5, Bijlage 4,
// Bijlage 5). One entry per listed supplier, generated from the list, so "does X have an
// agreement?" is answered for exactly the suppliers in Bijlage 5.
import type { KnowledgeEntry } from './types';

interface Supplier {
  /** Suffix of the entry id: processor-<key>. */
  key: string;
  /** The name as Bijlage 5 lists it. */
  name: string;
  /** Other ways staff write the name; matched after folding. */
  aliases: string[];
  /** What the policy itself says the supplier does, if anything. */
  note?: { nl: string; en: string };
}

// Bijlage 5: Lijst van leveranciers die persoonsgegevens verwerken met wie een
// bewerkersovereenkomst is afgesloten.
const SUPPLIERS: Supplier[] = [
  {
    key: 'afas',
    name: 'AFAS',
    aliases: ['afas profit', 'afas insite'],
    note: {
      nl: 'AFAS bevat de personeels- en salarisadministratie.',
      en: 'AFAS holds the staff and payroll administration.',
    },
  },
  { key: 'avision', name: 'AVISION (Route 8)', aliases: ['avision', 'route 8', 'route8'] },
  {
    key: 'basispoort',
    name: 'Basispoort',
    aliases: [],
    note: {
      nl: 'Toegang tot Basispoort loopt op de meeste scholen via ESIS.',
      en: 'At most schools access to Basispoort runs through ESIS.',
    },
  },
  { key: 'bloon', name: 'Bloon', aliases: [] },
  { key: 'cito', name: 'Cito', aliases: ['cito lvs'] },
  { key: 'clooser', name: 'Clooser', aliases: [] },
  { key: 'cogix', name: 'Cogix', aliases: [] },
  { key: 'cupella', name: 'Cupella', aliases: [] },
  {
    key: 'ecsplore',
    name: 'Ecsplore',
    aliases: [],
    note: {
      nl: 'Voor de Ecsplore-testen vraagt de school ouders jaarlijks toestemming.',
      en: 'For the Ecsplore tests the school asks parents for consent every year.',
    },
  },
  {
    key: 'ecsplore-triade-ggd',
    name: 'Ecsplore_Triade_GGD',
    aliases: ['triade', 'ggd', 'ecsplore triade'],
  },
  { key: 'gynzy', name: 'Gynzy', aliases: [] },
  {
    key: 'isy',
    name: 'Isy',
    aliases: ['isy schoolapp'],
    note: {
      nl: 'Voor foto’s in ISY is wel de toestemming van ouders voor het ouderportaal nodig.',
      en: 'Photos in ISY still need the parents’ consent for the parent portal.',
    },
  },
  { key: 'kwintessens', name: 'Kwintessens', aliases: [] },
  { key: 'lexima', name: 'Lexima', aliases: [] },
  { key: 'malmberg', name: 'Malmberg', aliases: [] },
  { key: 'nieuwsbegrip', name: 'Nieuwsbegrip', aliases: ['nieuws begrip'] },
  { key: 'noordhoff', name: 'Noordhoff uitgevers', aliases: ['noordhoff'] },
  { key: 'oefenweb', name: 'Oefenweb', aliases: ['rekentuin', 'taalzee'] },
  {
    key: 'onderwijsmonitor',
    name: 'Onderwijsmonitor Uni Maastricht',
    aliases: ['onderwijsmonitor', 'universiteit maastricht', 'uni maastricht'],
  },
  { key: 'onzeleerling', name: 'OnzeLeerling', aliases: ['onze leerling'] },
  {
    key: 'oso',
    name: 'OSO',
    aliases: ['overstapservice onderwijs', 'overstapservice'],
    note: {
      nl: 'OSO is de standaard voor overdracht van leerlinggegevens naar een andere school.',
      en: 'OSO is the standard for transferring pupil data to another school.',
    },
  },
  {
    key: 'basisonline',
    name: 'Ouderportaal Basisonline',
    aliases: ['basisonline', 'basis online'],
  },
  { key: 'robidus', name: 'Robidus', aliases: [] },
  {
    key: 'rovict',
    name: 'Rovict',
    // Staff know the product, not the company: ESIS, the pupil administration, is Rovict's.
    aliases: ['esis'],
    note: {
      nl: 'Rovict levert ESIS, het leerlingadministratie- en volgsysteem.',
      en: 'Rovict supplies ESIS, the pupil administration and tracking system.',
    },
  },
  { key: 'snappet', name: 'Snappet', aliases: [] },
  { key: 'stimuliz', name: 'Stimuliz', aliases: [] },
  {
    key: 'thiememeulenhoff',
    name: 'Thieme-Meulenhof',
    aliases: ['thiememeulenhoff', 'thieme meulenhoff', 'thieme'],
  },
  {
    key: 'unilogic',
    name: 'Unilogic',
    aliases: ['unilogic networks'],
    note: {
      nl: 'Unilogic beheert het netwerk en de data en is ISO 27001-gecertificeerd.',
      en: 'Unilogic manages the network and data and is ISO 27001 certified.',
    },
  },
  { key: 'zwijsen', name: 'Zwijsen', aliases: [] },
];

function supplierEntry(supplier: Supplier): KnowledgeEntry {
  const { name } = supplier;
  const names = [name, ...supplier.aliases];
  return {
    id: `processor-${supplier.key}`,
    title: {
      nl: `Verwerkersovereenkomst met ${name}`,
      en: `Processing agreement with ${name}`,
    },
    questions: {
      nl: names.flatMap((each) => [
        `heeft ${each} een verwerkersovereenkomst`,
        `mogen we ${each} gebruiken met leerlinggegevens`,
      ]),
      en: [`does ${name} have a data processing agreement`],
    },
    answer: {
      nl: `Ja, ${name} staat op de lijst van leveranciers met wie {organisation} een verwerkersovereenkomst heeft afgesloten (Bijlage 5). ${supplier.note ? `${supplier.note.nl} ` : ''}Deel ook hier alleen de gegevens die nodig zijn.`,
      en: `Yes, ${name} is on the list of suppliers with whom {organisation} has signed a processing agreement (Appendix 5). ${supplier.note ? `${supplier.note.en} ` : ''}Here too, share only the data that is needed.`,
    },
    section: 'Bijlage 5 Lijst van leveranciers met een verwerkersovereenkomst',
    related: ['processor-list', 'processor-unlisted', 'processor-agreement-what'],
  };
}

/** The names (and aliases) of each supplier entry, so an answer about one names it. */
export const SUPPLIER_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  SUPPLIERS.map((supplier) => [`processor-${supplier.key}`, [supplier.name, ...supplier.aliases]]),
);

export const PROCESSOR_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'processor-agreement-what',
    title: { nl: 'Wat is een verwerkersovereenkomst?', en: 'What is a processing agreement?' },
    questions: {
      nl: [
        'wat is een verwerkersovereenkomst',
        'wat is een bewerkersovereenkomst',
        'waarom hebben we een verwerkersovereenkomst nodig met leveranciers',
        'waarom een verwerkersovereenkomst',
        'verwerkersovereenkomst uitleg',
        'privacyconvenant',
      ],
      en: ['what is a data processing agreement', 'why do we need agreements with suppliers'],
    },
    answer: {
      nl: 'Ontvangt een leverancier van digitale leermiddelen of bedrijfssoftware persoonsgegevens van de school, dan sluit het bestuur met die partij een verwerkersovereenkomst (vroeger bewerkersovereenkomst). Daarvoor gebruikt het de laatste versie van het convenant Digitale onderwijsmiddelen en privacy en de bijbehorende modelovereenkomst. Hetzelfde geldt voor overheids- en andere instellingen die gegevens van leerlingen of medewerkers krijgen.',
      en: 'When a supplier of digital learning materials or business software receives personal data from the school, the board signs a processing agreement with that party. It uses the latest version of the Dutch covenant on digital learning materials and privacy and its model agreement. The same goes for government and other bodies that receive pupil or staff data.',
    },
    section: '§4 Uitgangspunten; §5 Wet- en regelgeving; Bijlage 5',
    related: ['processor-list', 'processor-unlisted', 'new-app'],
  },
  {
    id: 'processor-list',
    title: {
      nl: 'Leveranciers met een verwerkersovereenkomst',
      en: 'Suppliers with a processing agreement',
    },
    questions: {
      nl: [
        'met welke leveranciers hebben we een verwerkersovereenkomst',
        'lijst van verwerkersovereenkomsten',
        'welke programma’s zijn goedgekeurd',
        'welke leveranciers zijn goedgekeurd',
        'lijst leveranciers bijlage 5',
        'met welke bedrijven hebben we afspraken over gegevens',
      ],
      en: [
        'which suppliers have a processing agreement',
        'list of approved suppliers',
        'which suppliers have an agreement with us',
      ],
    },
    answer: {
      nl: `Op bestuursniveau is een verwerkersovereenkomst afgesloten met: ${SUPPLIERS.map((supplier) => supplier.name).join(', ')}. Staat een partij niet op deze lijst (Bijlage 5), dan moet de school zelf een overeenkomst afsluiten voordat er persoonsgegevens heen gaan.`,
      en: `At board level a processing agreement has been signed with: ${SUPPLIERS.map((supplier) => supplier.name).join(', ')}. If a party is not on this list (Appendix 5), the school must sign an agreement itself before any personal data goes there.`,
    },
    section: 'Bijlage 5 Lijst van leveranciers met een verwerkersovereenkomst',
    related: ['processor-unlisted', 'processor-agreement-what', 'new-app'],
  },
  {
    id: 'processor-unlisted',
    title: {
      nl: 'Leverancier die niet op de lijst staat',
      en: 'A supplier not on the list',
    },
    questions: {
      nl: [
        'een leverancier staat niet op de lijst van verwerkersovereenkomsten',
        'geen verwerkersovereenkomst met een partij wat nu',
        'wie sluit een verwerkersovereenkomst af met een nieuwe partij',
        'leverancier niet op de lijst',
        'geen verwerkersovereenkomst',
        'zelf een verwerkersovereenkomst afsluiten',
      ],
      en: [
        'a supplier is not on the list',
        'no processing agreement with a supplier',
        'the supplier is not on the list',
      ],
    },
    answer: {
      nl: 'Staat een leverancier niet op de lijst van Bijlage 5, dan is er op bestuursniveau geen verwerkersovereenkomst met die partij. De school moet dan zelf een overeenkomst afsluiten voordat er persoonsgegevens naartoe gaan; vraag {contact.privacyOfficer} om hulp.',
      en: 'If a supplier is not on the Appendix 5 list, there is no processing agreement with it at board level. The school must then sign one itself before any personal data goes there; ask {contact.privacyOfficer} for help.',
    },
    section: 'Samenvatting; Bijlage 5',
    related: ['processor-list', 'new-app', 'processor-agreement-what'],
  },
  {
    id: 'new-app',
    title: { nl: 'Een nieuwe app of website gebruiken', en: 'Using a new app or website' },
    questions: {
      nl: [
        'mag ik een nieuwe app gebruiken in de klas',
        'mag ik leerlingen laten inloggen op een gratis website',
        'ik wil een nieuw programma aanschaffen voor school',
        'nieuwe educatieve software invoeren',
        'nieuwe app',
        'nieuwe website voor leerlingen',
        'gratis app in de klas',
        'software aanschaffen',
        'leerlingen laten inloggen op een website',
      ],
      en: [
        'may I use a new app in class',
        'can pupils sign up for a free website',
        'can I use a new app with pupils',
        'is this app allowed for pupils',
      ],
    },
    answer: {
      nl: 'Gaan er persoonsgegevens van leerlingen of medewerkers naar de leverancier, dan mag dat alleen als er een verwerkersovereenkomst is: kijk of de partij op de lijst van Bijlage 5 staat, en anders sluit de school er zelf een af. Bij nieuwe systemen wordt vanaf het begin rekening gehouden met beveiliging en privacy. Installeer niets zelf zonder de ICT-er op school.',
      en: 'If personal data of pupils or staff goes to the supplier, it is only allowed with a processing agreement: check whether the party is on the Appendix 5 list, and otherwise the school signs one itself. New systems take security and privacy into account from the start. Install nothing yourself without the school’s ICT person.',
    },
    section: '§4 Uitgangspunten; Bijlage 5; Bijlage 8 §3',
    related: ['processor-unlisted', 'processor-list', 'install-software'],
  },
  ...SUPPLIERS.map(supplierEntry),
];
