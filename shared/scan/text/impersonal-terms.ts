// A sensitive word that here names a thing, not someone's situation: a firm or a charity named
// after it, part of an e-mail or web address, a count, a lower-case acronym, a plural, a choice of
// residence documents, an everyday arrangement or drinking in moderation.
import { DRINKING_TOO_MUCH } from '../../policy/lexicon/sensitive-topics';
import { isAsciiLower } from './chars';
import { type TermHit } from './term-matcher';
import { type LexiconTag } from './sensitive-hits';
import { isUpperAscii, isWordBefore } from './words-around';
import { SPACE } from './roles-and-titles';

/** What follows a firm's name: "Van Gils & Partners", "Lens BV", "Jansen Advocaten". */
const FIRM_ENDS = [
  ' & partners',
  ' & co',
  ' & zn',
  ' & zonen',
  ' & sons',
  ' bv',
  ' b.v.',
  ' nv',
  ' n.v.',
  ' advocaten',
  ' notarissen',
  ' ltd',
  ' llp',
];
/** Capitalised words a firm's name may have before its end ("Van der Berg & Partners"). */
const FIRM_NAME_WORDS = 4;

/**
 * "een brief van deurwaarderskantoor Van Gils & Partners": a name that goes on as a firm's ("&
 * Partners", "BV") is a company, no person with debts of their own.
 */
export function isFirmName(text: string, folded: string, start: number): boolean {
  let at = start;
  for (let word = 0; word < FIRM_NAME_WORDS; word++) {
    while (at < text.length && isAsciiLower(folded.charCodeAt(at))) at++;
    if (
      FIRM_ENDS.some(
        (end) => folded.startsWith(end, at) && !isAsciiLower(folded.charCodeAt(at + end.length)),
      )
    )
      return true;
    if (text.charCodeAt(at) !== SPACE || !isUpperAscii(text.charCodeAt(at + 1))) return false;
    at++;
  }
  return false;
}

/** The longest e-mail address or web address looked through. */
const ADDRESS_MAX = 100;

/** Whether `[start, end)` lies inside an e-mail address or a web address. */
export function isInAddress(folded: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < ADDRESS_MAX && !isAddressEdge(folded.charCodeAt(from - 1)))
    from--;
  let to = end;
  while (to < folded.length && to - end < ADDRESS_MAX && !isAddressEdge(folded.charCodeAt(to)))
    to++;
  const token = folded.slice(from, to);
  return token.includes('@') || token.includes('://') || token.startsWith('www.');
}

/** White space and the brackets around an address: "<r.dohmen@…>", "(www.…)". */
function isAddressEdge(code: number): boolean {
  return code <= 32 || code === 60 || code === 62 || code === 40 || code === 41 || code === 34;
}

/** Words right before a term that make it a count: "aantal", "number of", "percentage". */
const COUNT_WORDS = ['aantal ', 'percentage ', 'number of ', 'numbers of ', 'percentage of '];

/** Whether a count word stands right before `start`. */
export function isCounted(folded: string, start: number): boolean {
  return COUNT_WORDS.some((word) => folded.startsWith(word, start - word.length));
}

/** Words that start a list of examples of a kind: "(bijvoorbeeld dyslexie of …", "such as". */
const EXAMPLE_WORDS = ['bijvoorbeeld ', 'zoals ', 'such as ', 'for example ', 'e.g. ', 'bv. '];
/** Characters before the term in which the example word may stand. */
const EXAMPLE_REACH = 40;
/** Characters after the term in which the list goes on with "of"/"or". */
const LIST_REACH = 40;
const ALTERNATIVE = / (?:of|or) /;
const CLAUSE_END = /[.;:!?()]/;

/**
 * "Studenten met een functiebeperking (bijvoorbeeld dyslexie of een chronische ziekte)", "pupils
 * with needs such as ADHD or autism": examples of a kind, listed as alternatives, are nobody's.
 */
export function isExampleOfAKind(folded: string, hit: TermHit<LexiconTag>): boolean {
  const before = folded.slice(Math.max(0, hit.start - EXAMPLE_REACH), hit.start);
  // What follows the last example word, up to the term: "dyslexie of een ".
  let listed: string | undefined;
  for (const word of EXAMPLE_WORDS) {
    const at = before.lastIndexOf(word);
    if (at >= 0 && (listed === undefined || before.length - at - word.length < listed.length))
      listed = before.slice(at + word.length);
  }
  if (listed === undefined || CLAUSE_END.test(listed)) return false;
  const rest = folded.slice(hit.end, hit.end + LIST_REACH).split(CLAUSE_END)[0] ?? '';
  return ALTERNATIVE.test(` ${listed}`) || ALTERNATIVE.test(` ${rest}`);
}

/**
 * Acronym terms that are also a common word or title in lower case: "ADD" the diagnosis, "add" the
 * verb; "MS" the illness, "Ms Kelly" the title.
 */
const CAPITALS_ONLY = new Set(['add', 'ms']);
/**
 * Words after an acronym that make it a product or a cause, no one's condition: "MS Teams" is
 * Microsoft, "World MS Day" and "the MS foundation" a campaign.
 */
const PRODUCT_AFTER =
  /^[ -](?:teams|office|word|excel|outlook|forms|powerpoint|365|onenote|day|dag|foundation|fonds|society|vereniging|walk|week)(?![a-z])/;

/** "please add the dates", "Add a line", "MS Teams", "World MS Day": no acronym of a condition. */
export function isWordNotAcronym(text: string, hit: TermHit<LexiconTag>): boolean {
  if (!CAPITALS_ONLY.has(hit.term)) return false;
  return (
    text.slice(hit.start, hit.start + hit.term.length) !== hit.term.toUpperCase() ||
    PRODUCT_AFTER.test(
      text.slice(hit.start + hit.term.length, hit.start + hit.term.length + 12).toLowerCase(),
    )
  );
}

/** Residence documents, which a registration or contract asks for as one of a choice. */
const RESIDENCE_DOCUMENTS = new Set(['verblijfsvergunning', 'residence permit', 'residence card']);
/** Characters either side of a residence document in which its alternative is written. */
const DOCUMENT_REACH = 24;
/** An identity document and "or" before a residence document: "een geldig ID of …". */
const DOCUMENT_OR_BEFORE = [
  'id or ',
  'id of ',
  'id-kaart of ',
  'id card or ',
  'identity card or ',
  'identiteitsbewijs of ',
  'passport or ',
  'paspoort of ',
];
/** "or" and an identity document after a residence document: "residence permit or passport". */
const DOCUMENT_OR_AFTER = [
  ' or passport',
  ' or id',
  ' or identity',
  ' of paspoort',
  ' of id',
  ' of identiteitsbewijs',
];

/**
 * "we need to see a valid ID or residence permit for each child", "een geldig paspoort of
 * verblijfsvergunning meenemen": a choice of documents says what to show, not what anyone holds.
 */
export function isDocumentAlternative(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!RESIDENCE_DOCUMENTS.has(hit.term)) return false;
  // Plain-text mail wraps lines: "a valid ID or\nresidence permit".
  const before = folded
    .slice(Math.max(0, hit.start - DOCUMENT_REACH), hit.start)
    .replace(/\s/g, ' ');
  const after = folded.slice(hit.end, hit.end + DOCUMENT_REACH).replace(/\s/g, ' ');
  return (
    DOCUMENT_OR_BEFORE.some((words) => before.endsWith(` ${words}`)) ||
    DOCUMENT_OR_AFTER.some((words) => after.startsWith(words))
  );
}

/**
 * The end of a compound that makes a health word a patients' charity: "Diabetesvereniging", "KWF
 * Kankerbestrijding" (content-train-40 and -42: a marathon run for it).
 */
const CHARITY_ENDS = ['fonds', 'vereniging', 'stichting', 'federatie', 'bestrijding'];
/** The word after a health word that makes it a charity's name: "Diabetes Association". */
const CHARITY_AFTER = [
  ' foundation',
  ' association',
  ' society',
  ' fonds',
  ' vereniging',
  ' stichting',
];

/** "de energiecoöperatie": a cooperative's word ends as an operation's ("hartoperatie") does. */
const COOPERATIVE = 'cooperatie';

/**
 * "het astmafonds", "de Epilepsie Vereniging": an organisation named after a condition, a
 * patients' charity; or one whose word only ends like a condition ("de energiecoöperatie").
 */
export function isOrganisationName(folded: string, hit: TermHit<LexiconTag>): boolean {
  return (
    folded.endsWith(COOPERATIVE, hit.end) ||
    CHARITY_ENDS.some((end) => folded.endsWith(end, hit.end) && hit.end - hit.start > end.length) ||
    CHARITY_AFTER.some((words) => folded.startsWith(words, hit.end))
  );
}

/** A pupil term written in the plural: "zorgleerlingen" (a hit ends where its word ends). */
export function isPluralOfPupilWord(folded: string, hit: TermHit<LexiconTag>): boolean {
  return (
    hit.term.endsWith('leerling') &&
    hit.end - hit.start === hit.term.length + 2 &&
    folded.startsWith('en', hit.end - 2)
  );
}

/**
 * "Allergieën en bijzonderheden staan op de formulieren", "(vegetarian, halal, allergies)": the
 * plural names the kind of thing asked of everyone; one child's allergy is written in the singular
 * or by its food ("notenallergie", "allergisch voor pinda's").
 */
export function isAllergiesInGeneral(folded: string, hit: TermHit<LexiconTag>): boolean {
  const word = folded.slice(hit.start, hit.end);
  return word.endsWith('allergieen') || word.endsWith('allergies');
}

/** English words for what is arranged ("payment arrangement", "travel arrangements") or its making. */
const ARRANGED_THINGS = [
  'payment ',
  'travel ',
  'childcare ',
  'parking ',
  'seating ',
  'sleeping ',
  'living ',
  'working ',
  'flexible ',
  'holiday ',
  // content-train-50: separated parents "sorting out arrangements through mediation".
  'sorting out ',
  'sort out ',
  'practical ',
];

/**
 * "the payment arrangement with the landlord's bailiff", "travel arrangements for the trip": in
 * English an arrangement is any plan; only the Dutch "arrangement" (a support package from the
 * samenwerkingsverband) is a pupil's record.
 */
export function isEverydayArrangement(folded: string, hit: TermHit<LexiconTag>): boolean {
  return (
    hit.term === 'arrangement' &&
    ARRANGED_THINGS.some((words) => isWordBefore(folded, words, hit.start))
  );
}

/** Words of a building's emergency plan around "ontruiming": the fire drill, not an eviction. */
const EVACUATION_WORDS = [
  'bhv',
  'brand',
  'alarm',
  'verzamel',
  'nooduitgang',
  'oefening',
  'ehbo',
  'evacu',
];
/** The words for clearing a place; an eviction order ("ontruimingsvonnis") is never a drill. */
const EVACUATED = new Set(['ontruiming', 'ontruimingen', 'ontruimd']);
/** Characters either side of "ontruiming" in which the emergency plan is named. */
const EVACUATION_REACH = 160;

/**
 * "Bij ontruiming: verzamelen op het grasveld", "het BHV-team leidt de ontruiming": a building's
 * evacuation beside the emergency plan's words, no household evicted. ("ontruimingsoefening" is
 * no lexicon term at all; this is the word alone.)
 */
export function isEvacuation(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!EVACUATED.has(hit.term)) return false;
  const around = folded.slice(
    Math.max(0, hit.start - EVACUATION_REACH),
    hit.end + EVACUATION_REACH,
  );
  return EVACUATION_WORDS.some((word) => around.includes(word));
}

/** Word ends that make a condition a quality of a thing: "dyslexia-friendly", "autismevriendelijk". */
const SUITED_ENDS = ['friendly', 'vriendelijk', 'vriendelijke'];
/** How far a hit's word may run on to such an end: "autisme|vriendelijke". */
const SUITED_REACH = 16;

/**
 * "the slides on dyslexia-friendly maths materials", "een autismevriendelijke klas": what suits
 * people with a condition, a kind of material or room, nobody's diagnosis.
 */
export function isSuitedFor(folded: string, hit: TermHit<LexiconTag>): boolean {
  const limit = Math.min(folded.length, hit.end + SUITED_REACH);
  let end = hit.end;
  while (end < limit && (isAsciiLower(folded.charCodeAt(end)) || folded[end] === '-')) end++;
  // A hit may already end where its compound does ("dyslexia-friendly" is one hit).
  const word = folded.slice(hit.start, end);
  return SUITED_ENDS.some((ending) => word.endsWith(ending));
}

/** The lexicon's phrases of drinking too much, in both word orders. */
const TOO_MUCH_DRINKING: ReadonlySet<string> = new Set(DRINKING_TOO_MUCH);
/** A word before the phrase that asks for moderation: "let erop dat Daan niet te veel drinkt". */
const MODERATION_BEFORE = ['niet ', 'not ', 'nooit ', 'never '];
/** A drink after the phrase that is no alcohol: "Daan drinkt te veel limonade". */
const SOFT_DRINKS = [
  ' limonade',
  ' ranja',
  ' frisdrank',
  ' cola',
  ' water',
  ' sap',
  ' melk',
  ' energiedrank',
  ' juice',
  ' fizzy',
  ' squash',
  ' soda',
  ' milk',
];

/**
 * "Wil je erop letten dat Daan niet te veel drinkt?", "Daan drinkt te veel limonade": advice to
 * drink in moderation, or a soft drink, is no drinking problem.
 */
export function isModerateDrinking(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!TOO_MUCH_DRINKING.has(hit.term)) return false;
  return (
    MODERATION_BEFORE.some((word) => isWordBefore(folded, word, hit.start)) ||
    SOFT_DRINKS.some((drink) => folded.startsWith(drink, hit.end))
  );
}
