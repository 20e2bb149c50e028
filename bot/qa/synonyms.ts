// Words staff use for the same thing, mapped to one index word. Applied to whole words and to the
// parts of compounds, before stemming, in the index and in questions alike. The language's own
// groups live here; the informal register staff type in is policy-pack data (informal-words.ts).
import { INFORMAL_SYNONYMS } from '../../shared/policy/lexicon/informal-words';

const GROUPS: Record<string, string[]> = {
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
  ],
  leerling: ['leerlingen', 'kind', 'kinderen', 'pupil', 'pupils', 'child', 'children', 'kids'],
  leerkracht: ['leerkrachten', 'juf', 'meester', 'docent', 'teacher', 'onderwijzer'],
  vervanger: ['invaller', 'invalkracht', 'invalleerkracht', 'vervangers', 'substitute'],
  bsn: ['burgerservicenummer', 'sofinummer', 'burgerservicenummers'],
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
  ],
  laptop: ['laptops', 'notebook', 'chromebook', 'ipad', 'tablet'],
  leverancier: ['leveranciers', 'partij', 'partijen', 'supplier', 'suppliers', 'vendor', 'vendors'],
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
  kwijt: ['verloren', 'verlies', 'kwijtgeraakt', 'vermist', 'lost', 'lose', 'losing'],
  gestolen: ['diefstal', 'ontvreemd', 'stolen', 'theft', 'gejat'],
  verwijderen: ['wissen', 'gewist', 'weggooien', 'vernietigen', 'delete', 'deleted'],
  dossier: ['dossiers', 'record', 'records'],
  scherm: ['beeldscherm', 'monitor', 'screen'],
  vergrendelen: ['vergrendel', 'vergrendeld', 'lock', 'locken', 'locked'],
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
  verwerkersovereenkomst: [
    'bewerkersovereenkomst',
    'verwerkersovereenkomsten',
    'bewerkersovereenkomsten',
  ],
};

const CANONICAL = new Map<string, string>();
// The informal list first, so a word both lists know keeps the language's own meaning.
for (const groups of [INFORMAL_SYNONYMS, GROUPS]) {
  for (const [canonical, words] of Object.entries(groups)) {
    for (const word of words) if (word !== canonical) CANONICAL.set(word, canonical);
  }
}

/** @example canonicalWord('usbstick') // 'usb'; canonicalWord('school') // undefined */
export function canonicalWord(word: string): string | undefined {
  return CANONICAL.get(word);
}
