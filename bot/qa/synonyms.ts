// Words staff use for the same thing, mapped to one index word. Applied to whole words and to the
// parts of compounds, before stemming, in the index and in questions alike. The language's own
// groups live here; the informal register staff type in is data: the product's default
// (shared/policy/lexicon/informal-words.ts) and the board's own words (the pack's words.md).
import { INFORMAL_SYNONYMS } from '../../shared/policy/lexicon/informal-words';

type SynonymGroups = Readonly<Record<string, readonly string[]>>;

const GROUPS: SynonymGroups = {
  mail: [
    'email',
    'emails',
    'mails',
    'mailen',
    'emailen',
    'mailtje',
    'mailtjes',
    'gemaild',
    'mailt',
  ],
  // "een klassenlijst in het lokaal ophangen": what hangs on the wall.
  hangen: ['ophangen', 'opgehangen', 'ophangt', 'opgehangt'],
  // "moet ik geheim houden wat ik hoor": keeping it to oneself, as the duty's noun.
  geheimhouding: ['geheim', 'geheimhouden', 'confidential', 'confidentiality'],
  // "wanneer is het reglement ingegaan": since when a rule applies.
  geldt: ['ingegaan', 'ingaan', 'ingaat'],
  usb: ['usbstick', 'usbsticks', 'stick', 'sticks', 'memorystick', 'geheugenstick'],
  datalek: [
    'datalekken',
    'lek',
    'lekken',
    'gelekt',
    'uitgelekt',
    'inbreuk',
    'breach',
    'leak',
    'dataleak',
    'databreach',
  ],
  foto: [
    'fotos',
    'fotootje',
    'beeldmateriaal',
    'beeld',
    'beelden',
    'photo',
    'photos',
    'picture',
    'pictures',
    'kiekje',
  ],
  video: ['videos', 'film', 'filmen', 'filmpje', 'filmpjes', 'gefilmd'],
  afbeelding: ['afbeeldingen', 'plaatje', 'plaatjes', 'image', 'images'],
  wachtwoord: ['wachtwoorden', 'password', 'passwords', 'ww', 'inlogcode'],
  inloggen: ['inlog', 'login', 'inloggegevens', 'ingelogd', 'logt', 'log'],
  telefoon: ['mobiel', 'mobieltje', 'gsm', 'smartphone', 'phone', 'iphone', 'telefoons'],
  ouder: [
    'ouders',
    'parent',
    'parents',
    'verzorger',
    'verzorgers',
    'vader',
    'moeder',
    'papa',
    'mama',
    'mother',
    'father',
    'mum',
    'mom',
    'dad',
  ],
  leerling: [
    'leerlingen',
    'kind',
    'kinderen',
    'pupil',
    'pupils',
    'child',
    'children',
    'kids',
    'son',
    'daughter',
    'zoon',
    'dochter',
  ],
  leerkracht: ['leerkrachten', 'juf', 'meester', 'docent', 'teacher', 'onderwijzer'],
  vervanger: ['invaller', 'invalkracht', 'invalleerkracht', 'vervangers', 'substitute', 'covering'],
  // Cloud storage by its common names; the entries say "Dropbox of Google Drive".
  dropbox: [
    'cloud',
    'icloud',
    'clouddienst',
    'cloudopslag',
    'cloudstorage',
    // Other cloud drives staff name: "in mijn OneDrive", "op Google Drive".
    'onedrive',
    'googledrive',
  ],
  bsn: [
    'bsns',
    'burgerservicenummer',
    'sofinummer',
    'burgerservicenummers',
    'bsnummer',
    'bsnnummer',
    'bsnummers',
    'bsnnummers',
  ],
  versleuteld: ['versleutelen', 'encrypted', 'encrypt', 'encryptie', 'versleuteling'],
  toestemming: [
    'consent',
    'permission',
    'toestemmingsbrief',
    'toestemmingsformulier',
    'toestemmingsverklaring',
    'akkoordverklaring',
  ],
  avg: ['gdpr'],
  fg: ['dpo', 'functionaris', 'privacyofficer'],
  // "Who is in charge of privacy?" asks who is responsible; alone, "charge" was read as "change".
  responsible: ['charge'],
  // "een post over hoe slecht de school het doet" is a negative message about school.
  negatief: ['slecht', 'slechte'],
  sociaal: [
    'sociale',
    'social',
    'facebook',
    'instagram',
    'insta',
    'twitter',
    'linkedin',
    'tiktok',
    'snapchat',
  ],
  website: ['websites', 'site', 'sites', 'webpagina', 'internetpagina', 'webpage'],
  printer: [
    'printen',
    'afdruk',
    'afdrukken',
    'print',
    'prints',
    'kopieerapparaat',
    'geprint',
    'printcode',
    // Spoken forms: "mn printje ligt nog bij de kopieermachine", "uitgeprinte handelingsplannen".
    'printje',
    'printjes',
    'uitgeprint',
    'uitgeprinte',
    'kopieermachine',
    'kopieerapparaten',
    // "ik print gwn op de kopieerder in de gang".
    'kopieerder',
  ],
  laptop: ['laptops', 'notebook', 'chromebook', 'ipad', 'tablet'],
  // English "publishers" are the suppliers of learning materials the entries mean (the Dutch
  // entries name "uitgevers" themselves), and "the companies that make the learning software" are
  // those suppliers too (the plural only: "a company not on the list" is the entry's own word).
  leverancier: [
    'leveranciers',
    'partij',
    'partijen',
    'supplier',
    'suppliers',
    'vendor',
    'vendors',
    'publisher',
    'publishers',
    'companies',
  ],
  verbeteren: ['verbeterd', 'corrigeren', 'correctie', 'gecorrigeerd', 'rectify'],
  wijzigen: [
    'wijziging',
    'wijzigingen',
    'aanpassen',
    'aangepast',
    'veranderen',
    'veranderd',
    'change',
  ],
  speciaal: ['so', 'sbo', 'speciaalonderwijs'],
  inzien: ['inzage', 'inkijken', 'bekijken', 'inspect', 'inspection'],
  thuis: ['huis', 'home', 'thuiswerk'],
  directie: ['directeur', 'directeuren', 'schoolleider', 'schoolleiding', 'director'],
  kwijt: [
    'verloren',
    'verlies',
    'kwijtgeraakt',
    'vermist',
    'lost',
    'lose',
    'losing',
    'misplaced',
    'mislaid',
  ],
  gestolen: ['diefstal', 'ontvreemd', 'stolen', 'theft', 'gejat'],
  verwijderen: [
    'wissen',
    'gewist',
    'weggooien',
    'vernietigen',
    'verwijderd',
    'weghalen',
    'weggehaald',
    'delete',
    'deleted',
    'remove',
    'removed',
  ],
  dossier: ['dossiers', 'record', 'records'],
  scherm: ['beeldscherm', 'monitor', 'screen'],
  vergrendelen: [
    'vergrendel',
    'vergrendeld',
    'ontgrendeld',
    'lock',
    'locken',
    'locked',
    'unlocked',
    'unlock',
  ],
  tekenen: [
    'handtekening',
    'handtekeningen',
    'ondertekenen',
    'getekend',
    'signature',
    'sign',
    'signed',
  ],
  gescheiden: ['scheiding', 'echtscheiding', 'divorced', 'divorce'],
  gezag: ['custody', 'ouderlijkgezag'],
  verzuim: ['absentie', 'absenties', 'afwezigheid', 'absence', 'spijbelen'],
  bijlage: ['bijlagen', 'attachment', 'attachments'],
  lezen: ['leest', 'lees', 'gelezen', 'meelezen', 'read', 'reads'],
  vergeten: ['vergeet', 'forgot', 'forgotten'],
  // Negation is kept as one term: "niet versleuteld", "geen toestemming" and "without consent" ask
  // something else than the same words without it, and entries about what may not be done say so.
  niet: [
    'geen',
    'zonder',
    'nooit',
    'not',
    'no',
    'without',
    'never',
    'dont',
    'doesnt',
    'cant',
    'cannot',
  ],
  vervaldatum: ['verloopdatum', 'verloopdata', 'expiratiedatum', 'expiry', 'expires', 'expired'],
  // English irregular verb forms, which no ending rule brings back to their base form: "will be
  // sent" asks what an entry saying "send" answers.
  send: ['sent'],
  // "keep" itself is the informal register's "bewaren".
  bewaren: ['kept'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  tell: ['told'],
  write: ['wrote', 'written'],
  find: ['found'],
  make: ['made'],
  see: ['saw', 'seen'],
  // "I left it on the train" is the policy's "laten liggen" (to leave something behind).
  liggen: ['left'],
  informatie: ['info'],
  // A note in a pupil's file is data in it (questions-train-20, -28: a note a parent wants out).
  gegevens: ['data', 'aantekening', 'aantekeningen', 'notitie', 'notities'],
  gezondheid: ['allergie', 'allergieen', 'allergy', 'allergies', 'medisch', 'medische', 'medical'],
  veilig: ['veilige', 'veiliger', 'safe', 'safely', 'safer', 'secure', 'securely'],
  beslissen: [
    'beslist',
    'beslis',
    'besluit',
    'besluiten',
    'besloten',
    'beslissing',
    'beslissingen',
    'decide',
    'decides',
    'decided',
    'decision',
    'decisions',
  ],
  // The English for the policy's own terms, so an English question meets the topic the Dutch
  // questions of an entry are about ("who decides who gets access" is "wie bepaalt de toegang").
  toegang: ['access', 'accessed', 'accessing'],
  // "it kicks me out after a while": the application logs its user out.
  uitloggen: ['kick', 'kicks', 'kicked', 'kicking'],
  // Care specialists outside the school: the entries name the speech therapist, staff any of them.
  logopedist: [
    'logopediste',
    'logopedisten',
    'orthopedagoog',
    'orthopedagogen',
    'psycholoog',
    'kinderpsycholoog',
    'fysiotherapeut',
    'kinderfysiotherapeut',
    'ergotherapeut',
    'dyslexiebehandelaar',
    'therapist',
    'psychologist',
  ],
  inschrijfformulier: [
    'aanmeldformulier',
    'aanmeldingsformulier',
    'inschrijvingsformulier',
    'webformulier',
    'registration',
  ],
  phishing: [
    'phishingmail',
    'phishingmails',
    'phishen',
    'gephisht',
    'nep',
    'neppe',
    'fake',
    'nepmail',
    'nepmails',
    'neplink',
    'nepsite',
    'nepwebsite',
    'oplichtingsmail',
    'scam',
    'scammail',
  ],
  verwerkersovereenkomst: [
    'bewerkersovereenkomst',
    'verwerkersovereenkomsten',
    'bewerkersovereenkomsten',
  ],
};

/** The informal list, the language's groups and the board's own, in the order later ones win. */
function allGroups(board: SynonymGroups): readonly SynonymGroups[] {
  return [INFORMAL_SYNONYMS, GROUPS, board];
}

/**
 * The index word of each synonym. The informal list first, so a word both it and the language's
 * groups know keeps the language's meaning; the board's own words last, so its choice wins.
 * @example createSynonyms({ intern: ['iber'] })('iber') // 'intern'; …('usbstick') // 'usb'
 */
export function createSynonyms(board: SynonymGroups = {}): (word: string) => string | undefined {
  const canonical = new Map<string, string>();
  for (const groups of allGroups(board)) {
    for (const [index, words] of Object.entries(groups)) {
      for (const word of words) if (word !== index) canonical.set(word, index);
    }
  }
  return (word) => canonical.get(word);
}

/**
 * Every word the synonym groups know, index words and variants: words staff use when they ask, so
 * a slip of one ("gehiem" for "geheim") is read as that word.
 */
export function synonymWords(board: SynonymGroups = {}): ReadonlySet<string> {
  return new Set(
    allGroups(board).flatMap((groups) =>
      Object.entries(groups).flatMap(([index, words]) => [index, ...words]),
    ),
  );
}
