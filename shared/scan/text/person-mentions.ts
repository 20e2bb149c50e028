// Finds where a text points at one person: a given name, "uw zoon", "de leerling", "collega",
// "mijn". Sensitive words only matter next to such a mention (Bijlage 7 is about identifiable
// people; a newsletter about dyslexia is not a pupil file).
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';
import { isAlphanumeric, isAsciiLower, isInitialAt, isWhitespace } from './chars';
import { DUTCH_WEEKDAYS, ENGLISH_WEEKDAYS } from '../../policy/lexicon/day-names';
import { FIRST_PERSON_OWNERS, READER_OWNERS, THIRD_PERSON_OWNERS } from './sentences';
import { findContextNames, OPENING_GREETINGS } from './name-positions';
import { isMessageHeaderLine } from './quoted-history';
import {
  isAfterPreposition as isRoleAfterPreposition,
  isInBracketOpeningWith,
} from './staff-measures';
import { isWordBefore } from './words-around';

export type MentionKind = 'name' | 'pupil' | 'adult' | 'self';

/** The cue of a name found before a class ("Kim (groep 5)"): a pupil by their class. */
export const NAME_BEFORE_CLASS = 'name before a class';

export interface PersonMention {
  kind: MentionKind;
  start: number;
  /** A given name ("Daan", "juf Ellen"), as opposed to a word such as "leerling". */
  isNamed: boolean;
  /** "groep 5": points at pupils, but is no person to tie a term to. */
  isClass?: boolean;
  /** "ik", "mijn": the writer speaking of themself. */
  isFirstPerson?: boolean;
  /** "mevr. Kusters", "collega Karin": an adult word used as the title of a name. */
  isTitle?: boolean;
  /** "u", "uw" in a mail whose greeting names the reader ("Geachte heer Schols"). */
  isNamedReader?: boolean;
  /** Why the mention points at someone, for the finding's explanation ("name before a verb"). */
  cue?: string;
  /** For a pronoun: where the person it stands for was named ("Tijl Koenderink … ze"). */
  antecedent?: number;
}

/** A child named by birth order: "onze jongste", "my eldest". */
const BIRTH_ORDER_WORDS = ['jongste', 'oudste', 'middelste', 'youngest', 'eldest', 'oldest'];

/** Words that point at one pupil or the pupil's family. Plurals ("leerlingen") point at nobody. */
const PUPIL_WORDS = new Set([
  'leerling',
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kind',
  'kindje',
  'kleuter',
  'pupil',
  'moeder',
  'vader',
  'broertje',
  'zusje',
  'broer',
  'zus',
  'stiefvader',
  'stiefmoeder',
  'opa',
  'oma',
  'mama',
  'papa',
  'jongen',
  'meisje',
  'leerlinge',
  // "Onze jongste heeft epilepsie", "my eldest is in Year 5": a parent's child by birth order
  // (only with a possessive and no noun after it, see isChildByBirthOrder).
  ...BIRTH_ORDER_WORDS,
  // English, for international parents and staff.
  'son',
  'daughter',
  'child',
  'kid',
  'student',
  'boy',
  'girl',
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'brother',
  'sister',
  'stepfather',
  'stepmother',
  'grandma',
  'grandpa',
]);
const ADULT_WORDS = new Set([
  'vrouw',
  'partner',
  'echtgenoot',
  'echtgenote',
  'collega',
  'medewerker',
  'medewerkster',
  'werknemer',
  'werkneemster',
  'sollicitant',
  'kandidaat',
  'mevrouw',
  'meneer',
  'dhr',
  'mevr',
  'mw',
  'heer',
  'invalkracht',
  'invaller',
  'stagiair',
  'stagiaire',
  'leerkracht',
  'conciërge',
  'concierge',
  'directeur',
  'directrice',
  'werkgever',
  'betrokkene',
  'ambtenaar',
  'vrijwilliger',
  'vrijwilligster',
  // "onze oud-collega Henk", "ex-collega": staff who left are adults too.
  'oud-collega',
  'ex-collega',
  'oud-leerkracht',
  'oud-directeur',
  'wife',
  'husband',
  'colleague',
  'employee',
  'applicant',
  'candidate',
  'volunteer',
  'teacher',
  'mrs',
  'mr',
  'ms',
  'miss',
  'sir',
  'madam',
]);
/** Titles that make the name after them an adult's: "juf Ellen", "meneer Visser", "collega Karin". */
const ADULT_TITLES = new Set([
  'drs',
  'dr',
  'prof',
  'ir',
  'juf',
  'juffrouw',
  'meester',
  'mevrouw',
  'meneer',
  'mw',
  'mevr',
  'dhr',
  'heer',
  'collega',
  'oud-collega',
  'ex-collega',
  'directeur',
  'directrice',
  'ib-er',
  "ib'er",
  'moeder',
  'vader',
  'mama',
  'papa',
  'oma',
  'opa',
  'dokter',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'colleague',
  'teacher',
]);
/** Words before the name of the person written to or writing: "Beste Sanne", "Groet, Harm". */
const GREETINGS = new Set([
  ...OPENING_GREETINGS,
  'hello',
  'groet',
  'groeten',
  'gr',
  'groetjes',
  'regards',
  'thanks',
  'cheers',
]);
/** "hij", "haar": the person last named, so "Gerard … hij meldt zich bij de bedrijfsarts" ties. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'hij',
  'hem',
  'zij',
  'ze',
  'haar',
  'he',
  'him',
  'his',
  'she',
  'her',
]);
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 600;
/**
 * Verbs after which a capitalised unknown word is most likely a name: "Sep heeft ADHD", "Quirijn
 * woont bij zijn oma". Names are too many to list; this catches the ones the list misses.
 */
const PERSON_VERBS = new Set([
  'weigert',
  'weigerde',
  'refused',
  'refuses',
  'heeft',
  'had',
  'krijgt',
  'kreeg',
  'gebruikt',
  'woont',
  'slikt',
  'huilt',
  'zit',
  'zat',
  'komt',
  'kwam',
  'scoort',
  'scoorde',
  'haalt',
  'vertelde',
  'vertelt',
  'zegt',
  'zei',
  'slaapt',
  'eet',
  'mist',
  'plast',
  'has',
  'gets',
  'got',
  'takes',
  'took',
  'told',
  'tells',
  'says',
  'said',
  'lives',
  'sleeps',
  'cries',
  'misses',
]);
/**
 * Common verbs after which a capitalised unknown word may be a name ("Tomasz was vandaag erg
 * afwezig", "Mateusz has fallen asleep"); too common to trust alone, so a personal pronoun must
 * follow ("… Hij vertelde"), which a topic word ("Epilepsie is een ziekte") never gets.
 */
const LINKING_VERBS = new Set([
  'is',
  'was',
  'wordt',
  'werd',
  'mag',
  'moet',
  'kan',
  'kon',
  'wil',
  'wilde',
  'gaat',
  'ging',
  'doet',
  'deed',
  'lag',
  'ligt',
  'valt',
  'viel',
  'leest',
  'las',
  'schreef',
  'schrijft',
  'vroeg',
  'vraagt',
  'speelt',
  'loopt',
  'liep',
  'gaf',
  'geeft',
  'pakte',
  'pakt',
  'werkt',
  'blijft',
  'bleef',
  'lijkt',
  'leek',
  'reageerde',
  'reageert',
  'kreeg',
  'hides',
  'hid',
  'does',
  'did',
  'asked',
  'asks',
  'wants',
  'wanted',
  'can',
  'could',
  'will',
  'would',
  // content-train-37: "Kacper may wear the weighted vest … he can use …".
  'may',
  'might',
  'should',
  'must',
  'zal',
  'zou',
  'mocht',
  'moest',
  'hoeft',
  'needs',
  'plays',
  'played',
  'draws',
  'works',
  'seems',
  'seemed',
  'wears',
  'fell',
  'falls',
  'came',
  'comes',
  'went',
  'goes',
  'hit',
  'kicked',
  'stole',
  'found',
  'wrote',
  'writes',
  // "Alexei hasn't been to school for weeks … he": the negated forms, as "Alexei has".
  "hasn't",
  "isn't",
  "wasn't",
  "doesn't",
  "didn't",
  "can't",
  "won't",
]);
/** Singular pronouns that confirm a full name the list lacks ("ze" may be "they"). */
const SINGULAR_PRONOUNS = /(?:^|[^a-z])(?:hij|zij|hem|haar|he|she|him|his|her)(?=$|[^a-z])/;

/**
 * "Ans Kuijpers heeft": two capitalised words before a verb, neither a known word nor a listed
 * name. ("Ans van Dam heeft" is found by its surname already.)
 */
function fullNameBefore(original: string, folded: string, end: number): number | undefined {
  if (original.charCodeAt(end) !== 32) return undefined;
  const surname = wordStartBefore(folded, end);
  const surnameWord = folded.slice(surname, end);
  if (
    surnameWord.length < 2 ||
    NOT_NAMES.has(surnameWord) ||
    NAMES.has(surnameWord) ||
    !isCapitalised(original, surname) ||
    original.charCodeAt(surname - 1) !== 32
  )
    return undefined;
  const first = wordStartBefore(folded, surname - 1);
  const firstWord = folded.slice(first, endOfLetters(folded, first));
  if (
    firstWord.length < 2 ||
    NOT_NAMES.has(firstWord) ||
    NAMES.has(firstWord) ||
    !isCapitalised(original, first) ||
    isAsciiLower(folded.charCodeAt(first - 1))
  )
    return undefined;
  return first;
}

/**
 * Personal pronouns that confirm a name before a common verb; "her" as well as "his" ("Zuri is
 * back … her seizures").
 */
const CONFIRMING_PRONOUNS = /(?:^|[^a-z])(?:hij|zij|hem|he|she|him|his|her)(?=$|[^a-z])/;
/**
 * "zijn ouders", "haar moeder": "zijn" is also a verb and "haar" also hair, but before a family or
 * school role they are one person's, and confirm a name as "hij" and "she" do.
 */
const CONFIRMING_POSSESSIVES =
  /(?:^|[^a-z])(?:zijn|haar) (?:ouders|moeder|vader|mama|papa|broer|zus|oma|opa|juf|meester)(?=$|[^a-z])/;
/**
 * "Ze mag twee weken niet gymmen": "ze" is "she" as well as "they", but before a singular verb it is
 * one person, and confirms a name as "zij" does.
 */
const CONFIRMING_SINGULAR_ZE =
  /(?:^|[^a-z])ze (?:is|heeft|mag|moet|kan|wil|gaat|komt|zit|was|had|wordt|werd|krijgt|kreeg|blijft|ligt|slaapt|huilt|zegt|zei|vindt|doet|durft|hoeft)(?=$|[^a-z])/;
/** How far after the verb the confirming pronoun may come. */
const CONFIRM_REACH = 250;

/** Whether a singular pronoun or possessive follows within CONFIRM_REACH of `from`. */
function isConfirmedAfter(folded: string, from: number): boolean {
  const after = folded.slice(from, from + CONFIRM_REACH);
  return (
    CONFIRMING_PRONOUNS.test(after) ||
    CONFIRMING_POSSESSIVES.test(after) ||
    CONFIRMING_SINGULAR_ZE.test(after)
  );
}

/**
 * Names that are Dutch or English words too ("roos", "storm"): in a mail typed without capitals
 * they are not taken as names.
 */
const WORD_NAMES = new Set([
  'max',
  'roos',
  'noor',
  'jan',
  'bo',
  'mees',
  'storm',
  'sam',
  'ties',
  'fleur',
  'puck',
  'vos',
  'sterre',
  'rosa',
  'hoop',
  'faith',
  'hope',
  'joy',
  'will',
  'mark',
  'rob',
  'bas',
  'guy',
  'ben',
  'dean',
  'may',
  'june',
  'april',
  'rik',
  'teun',
  'ivo',
  'ties',
  'tijn',
]);

/** Capitalised words that start sentences and are no names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // Holidays: "Yom Kippur, Orthodox Easter and others", "Christmas Eve" are no first name and surname.
  'easter',
  'christmas',
  'pasen',
  'kerstmis',
  'pinksteren',
  // School subjects opening a list item ("- Rekenen groep 4 en 5 ligt goed"), never a pupil.
  'rekenen',
  'taal',
  'lezen',
  'spelling',
  'schrijven',
  'topografie',
  'gym',
  'maths',
  'reading',
  'writing',
  // Dutch plurals in 's ("Foto's maken we niet zelf"), read as a name's possessive otherwise.
  'foto',
  'auto',
  'video',
  'menu',
  'baby',
  'agenda',
  'radio',
  'logo',
  'hobby',
  'euro',
  'camera',
  'thema',
  'pizza',
  'studio',
  'taxi',
  'pyjama',
  'daarna',
  'daarom',
  'toch',
  'misschien',
  'eerst',
  'graag',
  'soms',
  'vaak',
  'altijd',
  'nooit',
  'volgens',
  'iedere',
  'elke',
  'geen',
  'meneer',
  'mevrouw',
  'collega',
  'leerling',
  'kind',
  'zoon',
  'dochter',
  'team',
  'directie',
  'gemeente',
  // "Passend Onderwijs", "Passend Maasland": the partnership for special needs, no person.
  'passend',
  // "Cryptshare – how to send encrypted mail": the board's encrypted-mail service, no person.
  'cryptshare',
  'niemand',
  'dat',
  'dit',
  'het',
  'de',
  'een',
  'er',
  'wie',
  'wat',
  'dan',
  'ook',
  'wij',
  'we',
  'jullie',
  'u',
  'die',
  'deze',
  'daar',
  'hier',
  'niemand',
  'iedereen',
  'alles',
  'niets',
  'zo',
  'nu',
  'toen',
  'mijn',
  'onze',
  'ons',
  'zijn',
  'haar',
  'hun',
  'school',
  'de school',
  'moeder',
  'vader',
  'oma',
  'opa',
  'juf',
  'meester',
  'groep',
  'dit jaar',
  ...DUTCH_WEEKDAYS,
  'vandaag',
  'gisteren',
  'morgen',
  'alles',
  'waarom',
  'hoe',
  'verder',
  'inmiddels',
  'sindsdien',
  'ook',
  'helaas',
  'gelukkig',
  'ze',
  'hij',
  'zij',
  'ik',
  'je',
  'jij',
  'men',
  'elk',
  'ieder',
  'iemand',
  'welke',
  'waar',
  'wanneer',
  'sinds',
  'daarnaast',
  'bovendien',
  'tevens',
  'echter',
  'ouders',
  'vanmiddag',
  'vanochtend',
  'vanavond',
  'vorige',
  'volgende',
  'afgelopen',
  'zoals',
  'omdat',
  'als',
  'maar',
  'want',
  'en',
  'of',
  'bij',
  'in',
  'op',
  'na',
  'voor',
  'met',
  'zonder',
  'i',
  'he',
  'she',
  'it',
  'they',
  'we',
  'you',
  'this',
  'that',
  'there',
  'the',
  'a',
  'an',
  'everyone',
  'nobody',
  'somebody',
  'someone',
  'today',
  'yesterday',
  'tomorrow',
  'who',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
  'then',
  'also',
  'and',
  'but',
  'so',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'nobody',
  'anyone',
  'everybody',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'english',
  'dutch',
  'nederlands',
  'engels',
  ...ENGLISH_WEEKDAYS,
  // "Stella College", "Maria Lyceum": a school's name, not a given name and a surname.
  'college',
  'lyceum',
  'academy',
  // "on Tuesdays and Thursdays": weekdays in the plural, no pair of names.
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'saturdays',
  'sundays',
  'team',
  'mum',
  'dad',
  'mother',
  'father',
  'parents',
  'teacher',
  'mama',
  'papa',
]);
/**
 * Words before "leerling" or "kind" that keep the pupil anonymous: "een leerling uit groep 7", "a
 * child in our school", "elke leerling". Intervision cases and policy questions rely on this.
 */
/** Words for a pupil that can stand for anyone; "een zoon" from a parent is still their own son. */
const ANONYMISABLE = new Set([
  'leerling',
  'leerlinge',
  'kind',
  'kindje',
  'kleuter',
  'jongen',
  'meisje',
  'pupil',
  'student',
  'child',
  'kid',
  'boy',
  'girl',
  // "a colleague", "een medewerker": anyone on the staff, in a procedure or a question.
  'collega',
  'colleague',
  'medewerker',
  'employee',
  'leerkracht',
  'teacher',
  // "een moeder van een leerling uit de middenbouw", "a parent told me": any parent, in a case.
  'moeder',
  'vader',
  'ouder',
  'mother',
  'father',
  'parent',
  'mama',
  'papa',
  'mum',
  'mom',
  'dad',
]);
// "per leerling", "geen kind", "hoeveel leerlingen": a count of pupils, nobody in particular.
const INDEFINITE = new Set([
  'een',
  'elke',
  'iedere',
  'ieder',
  'per',
  'geen',
  'hoeveel',
  'a',
  'an',
  'any',
  'every',
  'each',
  'no',
]);
/** Family words that, owned by an adult ("her father", "zijn broer"), are that adult's relatives. */
const ADULTS_RELATIVES = new Set([
  'broer',
  'broertje',
  'moeder',
  'mama',
  'oma',
  'opa',
  'papa',
  'vader',
  'zus',
  'zusje',
  'brother',
  'dad',
  'father',
  'grandma',
  'grandpa',
  'mom',
  'mother',
  'mum',
  'sister',
]);
/** Pronouns that own the word after them: "her father", "haar moeder". */
const POSSESSIVE_PRONOUNS = new Set(['haar', 'his', 'her']);
/**
 * The writer's or reader's own: "mijn moeder", "my mum", "uw vader". Whoever writes or reads a
 * school mail is a grown-up (staff or parent), so their parent or sibling is an adult too.
 */
const SELF_POSSESSIVES = new Set(['mijn', 'my', ...READER_OWNERS]);
/** "mijn zusje", "mijn broertje" may still be a child, even the writer's. */
const SMALL_RELATIVES = new Set(['broertje', 'zusje']);
/** Words after "kind" that make it the English adjective: "Kind regards", "kind wishes". */
const ENGLISH_KIND_AFTER = [' regards', ' wishes'];

function isEnglishKind(folded: string, end: number): boolean {
  return ENGLISH_KIND_AFTER.some((words) => folded.startsWith(words, end));
}

const BIRTH_ORDER_SET: ReadonlySet<string> = new Set(BIRTH_ORDER_WORDS);

/**
 * More verbs after a child named by birth order ("our youngest spent the weekend in hospital").
 * Not among LINKING_VERBS: there "Since Ramadan started she …" would make "Ramadan" a name.
 */
const CHILDS_VERBS = new Set(['neemt', 'miste', 'begint', 'begon', 'spent', 'started', 'missed']);

/**
 * "Onze jongste heeft …", "mijn oudste zit in groep 8", "our youngest has …": a birth-order word
 * after a possessive, followed by a verb or the sentence's end, is the owner's child.
 */
function isChildByBirthOrder(folded: string, start: number, end: number): boolean {
  const before = wordStartBefore(folded, start - 1);
  const owner = folded.slice(before, start - 1);
  // "onze jongste", "her eldest": someone's child.
  if (
    folded.charCodeAt(start - 1) !== 32 ||
    !(FIRST_PERSON_OWNERS.has(owner) || THIRD_PERSON_OWNERS.has(owner))
  )
    return false;
  const next = folded.charCodeAt(end);
  if (next !== 32) return !isAsciiLower(next);
  // A verb that follows a person, not a noun ("onze jongste collega").
  const word = wordAt(folded, end + 1);
  return PERSON_VERBS.has(word) || LINKING_VERBS.has(word) || CHILDS_VERBS.has(word);
}

/** "ik ben enig kind", "as an only child": having no brothers or sisters, said of anyone's childhood. */
const ONLY_CHILD_BEFORE = ['enig ', 'only '];

function isOnlyChild(folded: string, start: number): boolean {
  return ONLY_CHILD_BEFORE.some((word) => folded.endsWith(word, start));
}
/** Words between a family word and the name it belongs to: "de moeder van Noé", "the dad of Kofi". */
const OF_WORDS = new Set(['van', 'of']);
/** "I'm in chemo", "I've been signed off": the writer, with the verb glued on by "'". (A curly
 * apostrophe splits the word, so "I’m" is "i" already.) */
const FIRST_PERSON_CONTRACTIONS = ["i'm", "i've", "i'd", "i'll"];
const FIRST_PERSON = new Set(['ik', 'mijn', 'mij', 'me', 'i', 'my', ...FIRST_PERSON_CONTRACTIONS]);
const READER_WORDS = new Set(['u', 'uw', 'je', 'jouw', 'jij', 'you', 'your']);
const SELF_WORDS = new Set([
  ...FIRST_PERSON_CONTRACTIONS,
  'ik',
  'mijn',
  'mij',
  'me',
  'je',
  'jouw',
  'jij',
  'uw',
  'u',
  'i',
  'my',
  'your',
  'you',
]);

/** What a person word is; looked up together with the sensitive terms in one pass. */
export interface PersonWordTag {
  kind: 'person';
  role:
    | 'name'
    | 'pupil'
    | 'adult'
    | 'self'
    | 'title'
    | 'class'
    | 'greeting'
    | 'pronoun'
    | 'verb'
    | 'linking-verb';
}

const tagged = (words: Iterable<string>, role: PersonWordTag['role']) =>
  [...words].map((word) => [`=${word}`, { kind: 'person', role }] as const);

/** Whole-word terms for the term matcher. A word in several lists counts once, first list first. */
export const PERSON_WORD_TERMS: readonly (readonly [string, PersonWordTag])[] = [
  ...tagged(NAMES, 'name'),
  ...tagged(PUPIL_WORDS, 'pupil'),
  ...tagged(ADULT_WORDS, 'adult'),
  ...tagged(SELF_WORDS, 'self'),
  ...tagged(ADULT_TITLES, 'title'),
  ['=groep', { kind: 'person', role: 'class' }],
  ['=group', { kind: 'person', role: 'class' }],
  ...tagged(GREETINGS, 'greeting'),
  ...tagged(PRONOUNS, 'pronoun'),
  // "op zijn rug": the possessive after a preposition (elsewhere "zijn" is mostly "to be").
  ['=zijn', { kind: 'person', role: 'pronoun' }],
  ...tagged(PERSON_VERBS, 'verb'),
  ...tagged(
    [...LINKING_VERBS].filter((verb) => !PRONOUNS.has(verb)),
    'linking-verb',
  ),
];

/**
 * Turns the person words found by the matcher into mentions: a name only when capitalised, a name
 * after a title ("juf Ellen") as an adult, "groep" only before a class number.
 * @example findPersonMentions('Daan (groep 5) heeft ADHD', folded, hits) // name, pupil
 */
export function findPersonMentions(
  original: string,
  folded: string,
  hits: readonly { term: string; tag: PersonWordTag; start: number; end: number; word: number }[],
  correspondents: ReadonlySet<string> = new Set(),
  topicStarts: ReadonlySet<number> = new Set(),
  /** The name the mail's subject line opens with, if any (subjectLineWords). */
  subjectWords?: ReadonlySet<string>,
): PersonMention[] {
  // A name once written with a title ("juf Petra") is that adult everywhere in the text.
  const titledNames = new Set<string>();
  let previousTitle = -2;
  let titleEnd = 0;
  for (const hit of hits) {
    // "onze conciërge Gerrit", "our teacher Emma": a staff word right before, as a title.
    if (hit.tag.role === 'title' || (hit.tag.role === 'adult' && STAFF_BEFORE_NAME.has(hit.term))) {
      previousTitle = hit.word;
      titleEnd = hit.end;
    } else if (
      hit.tag.role === 'name' &&
      previousTitle === hit.word - 1 &&
      // "hoi juf\n\nyasmina heeft …": a line break between makes the name no title's, and so
      // does a comma: "Juf, Sophie is …" greets the teacher and then speaks of the child.
      !/[\n,:]/.test(original.slice(titleEnd, hit.start))
    )
      titledNames.add(hit.term);
    // "Marieke neemt groep 5 over", "Tamsin (BS Klimop)": a name doing a teacher's work is staff.
    else if (hit.tag.role === 'name' && isStaffByWork(original, folded, hit.end))
      titledNames.add(hit.term);
    // "Fleur (stagiair OA bij Yvonne)": the colleague a staff member's bracket names is staff too.
    else if (
      hit.tag.role === 'name' &&
      isInBracketOpeningWith(folded, hit.start, STAFF_ROLES_IN_BRACKET, STAFF_BRACKET_REACH)
    )
      titledNames.add(hit.term);
  }
  const mentions: PersonMention[] = [];
  const starts = new PositionSet(Math.max(original.length, folded.length));
  let lastWord = -1;
  let lastPerson: PersonMention | undefined;
  let greetingWord = -3;
  let titleWord = -2;
  // Where the child named in a parent's signature stands ("moeder van Emir"); -1 for none.
  let signedChild: number | undefined;
  // Names found by their place in the text ("- Fenna: …", "J. de Vries"), merged in order so a
  // pronoun after them ties to them.
  const placed = findContextNames(
    original,
    folded,
    (word, start) => NOT_NAMES.has(word) || topicStarts.has(start),
    subjectWords,
  );
  let nextPlaced = 0;
  const placeUpTo = (position: number) => {
    for (; nextPlaced < placed.length; nextPlaced++) {
      const name = placed[nextPlaced];
      if (!name || name.start >= position) break;
      if (starts.has(name.start)) continue;
      // "op IV-V. Drie kinderen …": a level and a sentence's first word, not "V. Drie".
      if (name.cue === 'initial and surname' && isLevelBeforeSentence(folded, name.start)) continue;
      // "dhr. H. Claessens", "mevrouw Kowalczyk": a title makes the person an adult.
      const isTitled =
        titleBefore(folded, name.start) ||
        isTeacherTitleInSentence(original, folded, name.start) ||
        isStaffByWork(original, folded, endOfLetters(folded, name.start));
      const mention: PersonMention = {
        // "Wijkagent R. Claessen" closing the mail: the writer, not someone written about.
        kind: isSignatureLine(original, name.start) ? 'self' : isTitled ? 'adult' : 'name',
        start: name.start,
        isNamed: true,
        cue: name.cue,
      };
      mentions.push(mention);
      starts.add(name.start);
      lastPerson = mention;
    }
  };
  const isLowerCaseText = isWrittenWithoutCapitals(original);
  // Person words the text used for an unnamed case ("pupil X", "een leerling"): "de leerling"
  // after them is that same case.
  let anonymous: Set<string> | undefined;
  // "Geachte heer Schols", "Beste Sanne": from then on "u" and "je" are that named reader.
  let isReaderNamed = false;
  // The last subject pronoun ("ze", "he") and whom it stood for.
  let lastSubject: PronounSubject | undefined;
  // The subject pronoun opening the last list item ("- ze …"), which the next item's continues.
  let lastItemSubject: PronounSubject | undefined;
  // "her", "his" standing for an adult, as the word before the next: "her father".
  let adultPossessive: { word: number; isSelf: boolean } | undefined;
  // Words the text writes as an organisation's name ("Stichting Kindante"), looked up when asked.
  let organisations: ReadonlySet<string> | undefined;
  for (const hit of hits) {
    placeUpTo(hit.start);
    const { role } = hit.tag;
    // "Hi,\nLuca forgot …": a comma or line break ends the greeting, so Luca is talked about.
    if (role === 'greeting') greetingWord = isGreetingClosed(original, hit.end) ? -3 : hit.word;
    if (role === 'title') titleWord = hit.word;
    // "hoi juf\n\nyasmina heeft …": a line break after "juf" ends the greeting too.
    if (role === 'title' && isGreetingClosed(original, hit.end)) greetingWord = -3;
    if (role === 'title' || role === 'greeting' || hit.word === lastWord) continue; // one mention per word
    let mention: PersonMention | undefined;
    if (role === 'verb' || role === 'linking-verb') {
      let name =
        hit.word - 1 === lastWord || original.charCodeAt(hit.start - 1) !== 32
          ? undefined
          : (unknownNameBefore(original, folded, hit.start - 1) ??
            (isLowerCaseText && role === 'verb'
              ? lowerCaseNameBefore(original, folded, hit.start - 1)
              : undefined));
      // "Wijkagent komt in de klas": a word that is itself a sensitive topic names nobody.
      if (name !== undefined && topicStarts.has(name)) name = undefined;
      // The look-ahead cuts and searches 250 characters: only worth it when a name stands before
      // the verb, which most "is" and "was" lack.
      let isConfirmed =
        name !== undefined && (role === 'verb' || isConfirmedAfter(folded, hit.end));
      // "Ans Kuijpers heeft … ze is …", "Priya Rao was quiet … she": a first name the list lacks
      // with its surname, before a verb or "is"/"was", is a person when a singular pronoun ("hij",
      // "haar", not a plural "ze") follows; an organisation ("Veilig Thuis heeft …") is not spoken
      // of as "hij" or "haar".
      if (
        name === undefined &&
        (role === 'verb' || role === 'linking-verb') &&
        hit.word - 1 !== lastWord
      ) {
        const fullName = fullNameBefore(original, folded, hit.start - 1);
        if (
          fullName !== undefined &&
          SINGULAR_PRONOUNS.test(folded.slice(hit.end, hit.end + CONFIRM_REACH))
        ) {
          name = fullName;
          isConfirmed = true;
        }
      }
      // "Kindante heeft een noodfonds … Stichting Kindante": an organisation the text names as such.
      if (
        isConfirmed &&
        name !== undefined &&
        !starts.has(name) &&
        !(organisations ??= organisationNames(folded)).has(
          folded.slice(name, endOfLetters(folded, name)),
        )
      ) {
        starts.add(name);
        mentions.push({
          kind: titleBefore(folded, name) ? 'adult' : 'name',
          start: name,
          isNamed: true,
          cue: 'name before a verb',
        });
        lastPerson = mentions[mentions.length - 1];
      }
      continue;
    }
    if (role === 'pronoun' && hit.term === 'zijn' && !isAfterPreposition(folded, hit.start)) {
      continue;
    } else if (role === 'pronoun') {
      const person = pronounAntecedent(
        hit,
        { subject: lastSubject, itemSubject: lastItemSubject, person: lastPerson },
        mentions,
        original,
        folded,
      );
      if (person && hit.start - person.start <= PRONOUN_REACH)
        mention = {
          kind: person.kind,
          start: hit.start,
          isNamed: person.isNamed,
          cue: 'a pronoun for the person named before',
          antecedent: person.antecedent ?? person.start,
        };
      else if (
        !person &&
        SIGNED_CHILD_PRONOUNS.has(hit.term) &&
        !mentions.some((other) => other.kind === 'name')
      ) {
        // "De kinderarts heeft … Kan het zijn dat hij …\n\nGroetjes Sevda (moeder van Emir)": a
        // parent's mail speaks of the child they sign as the parent of.
        signedChild ??= childSignedFor(original, folded) ?? -1;
        if (signedChild > hit.start && signedChild - hit.start <= PRONOUN_REACH)
          mention = {
            kind: 'name',
            start: hit.start,
            isNamed: true,
            cue: 'a pronoun for the child the writer signs as the parent of',
            antecedent: signedChild,
          };
      }
      if (mention && SUBJECT_PRONOUNS.has(hit.term)) {
        lastSubject = { term: hit.term, mention };
        if (isItemStart(original, hit.start)) lastItemSubject = lastSubject;
      }
    } else if (role === 'name') {
      // "mijn zoon luuk": in a mail typed without capitals a listed name counts written small.
      // "Sint Maarten", "Sint Nicolaas" are a feast or a place, not a person.
      if (
        (isCapitalised(original, hit.start) || (isLowerCaseText && !WORD_NAMES.has(hit.term))) &&
        !folded.startsWith('sint ', hit.start - 5) &&
        // "Mon, 20 Jan 2025": after a day's number the word is a month.
        !isAfterDayNumber(folded, hit.start, hit.term) &&
        // "Zorgcoördinator, Stella College": a given name that names a school.
        !isSchoolNamed(original, folded, hit.end) &&
        // "Elke leerkracht …": a name that is also a common word, opening a sentence, is the word.
        !(NOT_NAMES.has(hit.term) && isSentenceStart(original, hit.start))
      )
        mention = {
          // "Karin,\n": a name alone as the salutation is the reader, as after "Beste"; "Ruud"
          // alone on the last lines is the writer's signature.
          kind:
            isSalutationLine(original, hit.start, hit.end) ||
            isSignatureName(original, hit.start, hit.end)
              ? 'self'
              : isCorrespondentSpokenOf(original, folded, hit, correspondents)
                ? 'name'
                : nameKind(hit, titledNames, correspondents, greetingWord, titleWord),
          start: hit.start,
          isNamed: true,
          cue: isCapitalised(original, hit.start) ? 'given name' : 'given name in lower case',
        };
    } else if (role === 'class') {
      if (isClassNumber(folded, hit.end)) {
        // "Kwame (groep 4)", "Lars, groep 8", "Mila uit groep 7": the name before the class.
        const name = nameBeforeClass(original, folded, hit.start);
        if (name !== undefined && hit.word - 1 !== lastWord && !starts.has(name)) {
          starts.add(name);
          mentions.push({ kind: 'name', start: name, isNamed: true, cue: NAME_BEFORE_CLASS });
        }
        mention = { kind: 'pupil', start: hit.start, isNamed: false, isClass: true };
      }
    } else if (role === 'pupil' && hit.term === 'kind' && isEnglishKind(folded, hit.end)) {
      // "Met vriendelijke groet / Kind regards": the English adjective, no Dutch child.
      continue;
    } else if (role === 'pupil' && isServiceForChildren(folded, hit)) {
      // "a child psychologist", "Admissions & Student Support", "the student council": the word
      // says whom a profession or a department serves, no child in particular.
      continue;
    } else if (
      role === 'pupil' &&
      BIRTH_ORDER_SET.has(hit.term) &&
      !isChildByBirthOrder(folded, hit.start, hit.end)
    ) {
      // "de jongste collega", "the oldest building": an adjective, nobody's child.
      continue;
    } else if (
      role === 'pupil' &&
      (hit.term === 'kind' || hit.term === 'child') &&
      isOnlyChild(folded, hit.start)
    ) {
      // "Mijn vader kan het niet alleen en ik ben enig kind": the writer, an adult, has no siblings.
      continue;
    } else if (
      role === 'adult' &&
      GENERIC_ROLES.has(hit.term) &&
      isBareRole(original, folded, hit.start, hit.end)
    ) {
      // "Werknemer en leidinggevende tekenen allebei", "Formulier ziekmelding medewerker": a role
      // in a rule or a form's heading, nobody in particular.
      continue;
    } else if (
      (role === 'pupil' || role === 'adult') &&
      ANONYMISABLE.has(hit.term) &&
      isAnonymised(original, folded, hit.start, hit.end)
    ) {
      // "een leerling uit groep 7", "leerling A.": a case, not an identifiable pupil.
      (anonymous ??= new Set()).add(hit.term);
      continue;
    } else if (anonymous?.has(hit.term) === true && isAfterDefiniteArticle(folded, hit.start)) {
      // "Observation of pupil X … The pupil often loses focus": the same unnamed pupil again.
      continue;
    } else if (
      role === 'pupil' &&
      anonymous !== undefined &&
      ANONYMISABLE.has(hit.term) &&
      isDescriptorInList(folded, hit.start)
    ) {
      // "een leerling uit groep 7 (jongen, 10 jaar)", "Leerling A. (groep 7, jongen)": what the
      // unnamed case is, told as a detail after a bracket or a comma, is no other child.
      continue;
    } else if (
      role === 'self' &&
      READER_WORDS.has(hit.term) &&
      isAfterConditional(folded, hit.start)
    ) {
      // "als uw kind …", "if your child …": any reader, in a condition.
      continue;
    } else if (role === 'adult' && isInSignatureBlock(original, hit.start)) {
      // "Met vriendelijke groet,\nMartijn Geurts\ndirecteur Het Palet", "Groetjes Bram\nstagiair":
      // the writer's own job title under the closing, nobody the mail speaks of.
      continue;
    } else if (
      role === 'adult' &&
      hit.end - hit.start === 2 &&
      isAllCapitals(original, hit.start)
    ) {
      // "De MR heeft …": the participation council, not "Mr"; "MS" is no "Ms" either.
      continue;
    } else if (
      role === 'adult' &&
      (hit.word - greetingWord === 1 ||
        // "Geachte heer/mevrouw": a form's salutation, to whoever reads it.
        original.charCodeAt(hit.start - 1) === 47 ||
        original.charCodeAt(hit.end) === 47 ||
        // "Collega's,", "Teachers," alone on the first line: the readers, not a person talked about.
        isSalutationLine(original, hit.start, afterPlural(original, hit.end)))
    ) {
      // "Geachte mevrouw", "Beste collega": the person written to, as if named; "Geachte heer
      // Schols" names them.
      mention = { kind: 'self', start: hit.start, isNamed: true };
      if (isBeforeCapital(original, hit.end)) isReaderNamed = true;
    } else {
      // Filled in field by field, not with conditional spreads: the add-in bundle is transpiled,
      // and its spread helper on every "ik", "u" and "leerling" cost a tenth of a whole scan.
      // "haar dochter (19)", "zijn zoon van 23": a grown-up child is an adult, no pupil.
      const kind = role === 'pupil' && isGrownUpAge(folded, hit.end) ? 'adult' : role;
      mention = { kind, start: hit.start, isNamed: false };
      // "zoon", "de leerling", "collega": the word that points at one person.
      if (role === 'pupil' || role === 'adult') mention.cue = `the word "${hit.term}"`;
      // "Employee … her father in Scotland": an adult's parent or sibling is an adult's family,
      // not a pupil's ("her son" stays a child).
      if (
        role === 'pupil' &&
        ADULTS_RELATIVES.has(hit.term) &&
        adultPossessive?.word === hit.word - 1 &&
        !(adultPossessive.isSelf && SMALL_RELATIVES.has(hit.term))
      ) {
        mention.kind = 'adult';
        mention.cue = adultPossessive.isSelf
          ? `the word "${hit.term}" of the writer or reader`
          : `the word "${hit.term}" of an adult`;
      }
      mention.isFirstPerson = FIRST_PERSON.has(hit.term);
      mention.isTitle = role === 'adult' && isBeforeCapital(original, hit.end);
      if (role === 'self' && isReaderNamed && READER_WORDS.has(hit.term))
        mention.isNamedReader = true;
    }
    if (mention?.kind === 'self' && mention.isNamed && role === 'name') isReaderNamed = true;
    if (role === 'pronoun')
      adultPossessive =
        mention?.kind === 'adult' && POSSESSIVE_PRONOUNS.has(hit.term)
          ? { word: hit.word, isSelf: false }
          : undefined;
    else if (role === 'self')
      adultPossessive =
        mention?.kind === 'self' &&
        SELF_POSSESSIVES.has(hit.term) &&
        // Kaylee said "My dad is in prison": in a child's quoted words "my" is the child.
        !isInDirectSpeech(original, hit.start)
          ? { word: hit.word, isSelf: true }
          : undefined;
    if (mention) {
      mentions.push(mention);
      starts.add(mention.start);
      // "de moeder van Noé", "our daughter Ella": a name the list lacks, after the family word.
      const named = role === 'pupil' ? unknownNameAfter(original, folded, hit.end) : undefined;
      if (named !== undefined && !starts.has(named)) {
        starts.add(named);
        mentions.push({
          kind: 'name',
          start: named,
          isNamed: true,
          cue: 'name after a family word',
        });
        lastPerson = mentions[mentions.length - 1];
      }
      lastWord = hit.word;
      if (role !== 'pronoun' && mention.kind !== 'self' && !mention.isClass) lastPerson = mention;
    }
  }
  placeUpTo(Infinity);
  addRepeatedNames(original, folded, mentions, starts);
  // Names before a verb or a class are found after the words around them: keep the order by start.
  return mentions.sort((a, b) => a.start - b.start);
}

/** An age right after a family word: "dochter (19)", "zoon van 23", "son (24)", "daughter, 19,". */
const AGE_AFTER = /^(?: \(| van | of |, )(\d{2})(?:\)| jaar|,| years)/;
/** From this age a son or daughter is no pupil of a primary school. */
const GROWN_UP_AGE = 18;

function isGrownUpAge(folded: string, end: number): boolean {
  const match = AGE_AFTER.exec(folded.slice(end, end + 16));
  return match !== null && Number(match[1]) >= GROWN_UP_AGE;
}

/** Capitalised words after a given name that make it a school's name: "Stella College". */
const SCHOOL_NOUNS = ['college', 'lyceum', 'academy'];

/** "Stella College", "Maria Lyceum": the capitalised school noun right after the given name. */
function isSchoolNamed(original: string, folded: string, end: number): boolean {
  if (folded.charCodeAt(end) !== 32 || !isCapitalised(original, end + 1)) return false;
  return SCHOOL_NOUNS.some(
    (noun) =>
      folded.startsWith(noun, end + 1) && !isAsciiLower(folded.charCodeAt(end + 1 + noun.length)),
  );
}

/** Words that open an organisation's name: "Stichting Kindante", "Bureau Jeugdzorg", "Gemeente Sittard". */
const ORGANISATION_OPENERS =
  /(?:^|[^a-z])(?:stichting|bureau|gemeente|basisschool|kindcentrum|vereniging|foundation) ([a-z]+)/g;

/**
 * The words the text writes right after an organisation word ("Bureau Kindante", "Stichting
 * Leergeld"): that organisation, wherever else it stands before a verb ("Kindante heeft …").
 */
function organisationNames(folded: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of folded.matchAll(ORGANISATION_OPENERS))
    if (match[1] && match[1].length >= 3) names.add(match[1]);
  return names;
}

/** The cue of a name the list lacks, found again after it was found by its place or a verb. */
const REPEATED_NAME = 'name found before in the text';
/** How many such names are looked for again; a mail about one case names a few. */
const MAX_REPEATED_NAMES = 8;

/**
 * "Femi had a knife … - Femi is suspended": a name the list lacks, once found by its place or a
 * verb, is that person wherever else the text writes it with its capital (a list item, "you, Femi").
 */
function addRepeatedNames(
  original: string,
  folded: string,
  mentions: PersonMention[],
  starts: PositionSet,
): void {
  const found = new Map<string, MentionKind>();
  for (const mention of mentions) {
    if (
      !mention.isNamed ||
      (mention.kind !== 'name' && mention.kind !== 'adult') ||
      mention.antecedent !== undefined
    )
      continue;
    const end = endOfLetters(folded, mention.start);
    const word = folded.slice(mention.start, end);
    if (word.length < 3 || NAMES.has(word) || NOT_NAMES.has(word) || found.has(word)) continue;
    found.set(word, mention.kind);
    // Each name is one search of the whole text: a roster of hundreds stays linear.
    if (found.size === MAX_REPEATED_NAMES) break;
  }
  for (const [word, kind] of found)
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      if (starts.has(at) || !isCapitalised(original, at)) continue;
      const end = at + word.length;
      if (isAsciiLower(folded.charCodeAt(at - 1)) || isAsciiLower(folded.charCodeAt(end))) continue;
      // "Olena" signing the quoted mail is its writer, not the person it speaks of.
      if (isSignatureName(original, at, end) || isSalutationLine(original, at, end)) continue;
      starts.add(at);
      mentions.push({ kind, start: at, isNamed: true, cue: REPEATED_NAME });
    }
}

/** Possessive and object pronouns with the subject pronoun they go with in one clause. */
const OBJECT_OF_SUBJECT = new Map([
  ['haar', ['ze', 'zij']],
  ['hem', ['hij']],
  ['her', ['she']],
  ['him', ['he']],
  ['his', ['he']],
]);

/** A sentence end, a semicolon or a line break between `from` and `to`: another clause. */
function hasClauseEnd(folded: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = folded.charCodeAt(at);
    if (code === 46 || code === 59 || code === 10 || code === 33 || code === 63) return true;
  }
  return false;
}

/** The first word of a list item: "- ze …", "* he …", "• ze …" at a line's start. */
function isItemStart(original: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && original.charCodeAt(at) === 32) at--;
  const mark = original.charCodeAt(at);
  if (mark !== 45 && mark !== 42 && mark !== 8226) return false;
  at--;
  while (at >= 0 && (original.charCodeAt(at) === 32 || original.charCodeAt(at) === 62)) at--;
  return at < 0 || original.charCodeAt(at) === 10 || original.charCodeAt(at) === 13;
}

/** Pronouns that are a sentence's subject, which the next one of the same form continues. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ze', 'zij', 'hij', 'he', 'she']);
/** Characters from one subject pronoun to the next that still continues it. */
const SUBJECT_REACH = 200;
const OBJECT_ARTICLES = ['de ', 'het ', 'the '];

/** "MR", "MS": a two-letter abbreviation in capitals, not a title ("Mr", "Ms"). */
function isAllCapitals(original: string, start: number): boolean {
  const first = original.charCodeAt(start);
  const second = original.charCodeAt(start + 1);
  return first >= 65 && first <= 90 && second >= 65 && second <= 90;
}

/** Words that open a sentence after a level ("IV-V. Drie kinderen"): numbers, no surnames. */
const NUMBER_WORDS = new Set([
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);

/** An "initial" that ends a level range ("IV-V.") or is followed by a number word ("V. Drie"). */
function isLevelBeforeSentence(folded: string, start: number): boolean {
  const before = folded.charCodeAt(start - 1);
  return before === 45 || NUMBER_WORDS.has(wordAt(folded, start + 3));
}

/** "de leerling", "the child": a person word after an article, most often an object. */
function isAfterArticle(folded: string, start: number): boolean {
  return OBJECT_ARTICLES.some(
    (article) =>
      folded.startsWith(article, start - article.length) &&
      !/[a-z]/.test(folded.charAt(start - article.length - 1)),
  );
}

export type Gender = 'female' | 'male';
const FEMALE_PRONOUNS = new Set(['zij', 'ze', 'haar', 'she', 'her']);
const MALE_PRONOUNS = new Set(['hij', 'hem', 'zijn', 'he', 'him', 'his']);
/** Prepositions that make the "zijn" after them his: "op zijn rug", "in zijn tas", "van zijn vader". */
const PREPOSITIONS = [
  'op ',
  'in ',
  'aan ',
  'met ',
  'van ',
  'bij ',
  'naar ',
  'over ',
  'uit ',
  'onder ',
  'achter ',
  'om ',
  'door ',
  'tegen ',
  'zonder ',
];

function isAfterPreposition(folded: string, start: number): boolean {
  return PREPOSITIONS.some((word) => isWordBefore(folded, word, start));
}
/** Person words whose gender a pronoun must agree with: "haar zoon … zij" is not the son. */
const GENDERED_WORDS: readonly (readonly [string, Gender])[] = [
  ...[
    'zoon',
    'vader',
    'papa',
    'jongen',
    'broer',
    'opa',
    'oom',
    'meester',
    'meneer',
    'dhr',
    'man ',
    'mr ',
    'mr.',
    'son',
    'father',
    'dad',
    'boy',
    'brother',
    'husband',
    'grandfather',
    'grandpa',
    'uncle',
  ].map((word) => [word, 'male'] as const),
  ...[
    'dochter',
    'moeder',
    'mama',
    'meisje',
    'zus',
    'oma',
    'tante',
    'juf',
    'mevr',
    'vrouw',
    'mrs',
    'ms ',
    'ms.',
    'miss ',
    'daughter',
    'mother',
    'mum',
    'mom',
    'girl',
    'sister',
    'wife',
    'grandmother',
    'grandma',
    'aunt',
  ].map((word) => [word, 'female'] as const),
];

function genderOf(folded: string, mention: PersonMention): Gender | undefined {
  if (mention.isNamed)
    return mention.antecedent === undefined ? titleGender(folded, mention.start) : undefined;
  return GENDERED_WORDS.find(([word]) => folded.startsWith(word, mention.start))?.[1];
}

/** Titles that say a named person's gender: "juf Sanne", "meester Jo", "mevrouw Peeters". */
const GENDERED_TITLES: readonly (readonly [string, Gender])[] = [
  ...['meester ', 'meneer ', 'dhr. ', 'dhr ', 'mr. ', 'mr '].map(
    (title) => [title, 'male'] as const,
  ),
  ...[
    'juf ',
    'juffrouw ',
    'mevrouw ',
    'mevr. ',
    'mevr ',
    'mw. ',
    'mrs. ',
    'mrs ',
    'ms. ',
    'ms ',
    'miss ',
  ].map((title) => [title, 'female'] as const),
];

/**
 * "onze zoon Ilyas (groep 3, juf Sanne) … Hij heeft diabetes": a title right before a name gives
 * its gender, so "hij" passes over juf Sanne to Ilyas.
 */
function titleGender(folded: string, start: number): Gender | undefined {
  return GENDERED_TITLES.find(([title]) => folded.startsWith(title, start - title.length))?.[1];
}

/** The gender a title says, read as a word ("juf", "meester", "mrs"). */
export function genderOfTitleWord(word: string): Gender | undefined {
  return GENDERED_TITLES.find(([title]) => title.replace(/[. ]/g, '') === word)?.[1];
}

/** A subject pronoun ("ze", "he") and whom it stood for. */
interface PronounSubject {
  term: string;
  mention: PersonMention;
}

/** Whom a pronoun stands for: the first of these rules that holds, else the agreeing person. */
function pronounAntecedent(
  hit: { term: string; start: number },
  recent: { subject?: PronounSubject; itemSubject?: PronounSubject; person?: PersonMention },
  mentions: readonly PersonMention[],
  original: string,
  folded: string,
): PersonMention | undefined {
  const { subject, itemSubject, person } = recent;
  // "Ze geeft toe dat ze de leerling bij de arm pakte en dat ze …": the subject goes on; an
  // object with an article between ("de leerling") does not take the pronoun over.
  if (
    subject &&
    person &&
    SUBJECT_PRONOUNS.has(hit.term) &&
    hit.term === subject.term &&
    hit.start - subject.mention.start <= SUBJECT_REACH &&
    person.start > (subject.mention.antecedent ?? subject.mention.start) &&
    !person.isNamed &&
    isAfterArticle(folded, person.start)
  )
    return subject.mention;
  // "- ze hoort slecht; juf Anouk twijfelt …\n- ze is afgevallen": items of one list that open
  // with the same pronoun share their subject, whoever is named inside an item.
  if (
    itemSubject &&
    hit.term === itemSubject.term &&
    hit.start - itemSubject.mention.start <= PRONOUN_REACH &&
    isItemStart(original, hit.start)
  )
    return itemSubject.mention;
  // "ze is afgevallen en eet haar fruit niet op": in the clause of a subject pronoun, "haar" or
  // "him" of the same gender is that subject's.
  if (
    subject &&
    OBJECT_OF_SUBJECT.get(hit.term)?.includes(subject.term) === true &&
    hit.start - subject.mention.start <= SUBJECT_REACH &&
    !hasClauseEnd(folded, subject.mention.start, hit.start)
  )
    return subject.mention;
  // "his teacher sees that he falls asleep", "haar juf ziet dat ze …": a staff word owned by a
  // pronoun for a named pupil is that pupil's teacher; a subject pronoun of the owner's gender
  // after it goes on with the pupil, not with the unnamed teacher.
  if (person && SUBJECT_PRONOUNS.has(hit.term)) {
    const owner = ownerOfStaffWord(person, mentions, folded);
    if (owner && genderOfPronoun(hit.term) === genderOfPronoun(wordAt(folded, owner.start)))
      return owner;
  }
  return person && agreeingPerson(person, mentions, hit, folded);
}

/** "zij", "she", "haar": the gender a pronoun stands for, or undefined for none. */
export function genderOfPronoun(term: string): Gender | undefined {
  if (FEMALE_PRONOUNS.has(term)) return 'female';
  return MALE_PRONOUNS.has(term) ? 'male' : undefined;
}

/**
 * For an unnamed staff word ("teacher", "leerkracht") right after a possessive pronoun ("his",
 * "her", "haar") that stands for a named pupil: that pronoun's mention.
 */
function ownerOfStaffWord(
  person: PersonMention,
  mentions: readonly PersonMention[],
  folded: string,
): PersonMention | undefined {
  if (person.kind !== 'adult' || person.isNamed || person.antecedent !== undefined)
    return undefined;
  const index = mentions.lastIndexOf(person);
  const owner = index > 0 ? mentions[index - 1] : undefined;
  if (
    !owner ||
    owner.kind !== 'name' ||
    owner.antecedent === undefined ||
    !POSSESSIVE_PRONOUNS.has(wordAt(folded, owner.start)) ||
    endOfLetters(folded, owner.start) + 1 !== person.start
  )
    return undefined;
  return owner;
}

/**
 * The person a pronoun stands for: the one named last, unless its gender disagrees ("Gerda … haar
 * zoon heeft schulden … zij staat borg"); then the one before that which may agree.
 */
function agreeingPerson(
  last: PersonMention,
  mentions: readonly PersonMention[],
  pronoun: { term: string; start: number },
  folded: string,
): PersonMention {
  const gender: Gender | undefined = FEMALE_PRONOUNS.has(pronoun.term)
    ? 'female'
    : MALE_PRONOUNS.has(pronoun.term)
      ? 'male'
      : undefined;
  const lastGender = gender && genderOf(folded, last);
  if (!lastGender && gender && isPlaceOrHandler(folded, last))
    return namedBefore(last, mentions, pronoun, folded, gender) ?? last;
  if (!lastGender || lastGender === gender) return last;
  for (let m = mentions.length - 1; m >= 0; m--) {
    const other = mentions[m];
    if (!other || pronoun.start - other.start > PRONOUN_REACH) break;
    if (other === last || other.start >= pronoun.start || other.kind === 'self' || other.isClass)
      continue;
    if (other.antecedent !== undefined) continue;
    const otherGender = genderOf(folded, other);
    if (otherGender === undefined || otherGender === gender) return other;
  }
  return last;
}

/**
 * An unnamed role word after a preposition ("staat klaar bij de conciërge", "naar de directeur"):
 * where a thing goes or who handles it, not whom a text follows.
 */
function isPlaceOrHandler(folded: string, mention: PersonMention): boolean {
  return !mention.isNamed && isRoleAfterPreposition(folded, mention.start);
}

/**
 * "De laptop voor Julia staat klaar bij de conciërge. Vanwege haar dyslexie …": the named person
 * before the place is whom "haar" goes on about, when no gender says otherwise.
 */
function namedBefore(
  last: PersonMention,
  mentions: readonly PersonMention[],
  pronoun: { start: number },
  folded: string,
  gender: Gender,
): PersonMention | undefined {
  for (let m = mentions.indexOf(last) - 1; m >= 0; m--) {
    const other = mentions[m];
    if (!other || pronoun.start - other.start > PRONOUN_REACH) break;
    if (other.kind === 'self' || other.isClass || !other.isNamed) continue;
    const otherGender = genderOf(folded, other);
    return otherGender === undefined || otherGender === gender ? other : undefined;
  }
  return undefined;
}

/** Positions in a text, one byte per character: on a long text much faster than a Set of numbers. */
class PositionSet {
  private readonly isTaken: Uint8Array;

  constructor(length: number) {
    this.isTaken = new Uint8Array(length + 1);
  }

  has(position: number): boolean {
    return this.isTaken[position] === 1;
  }

  add(position: number): void {
    this.isTaken[position] = 1;
  }
}

/** Adult titles that may stand right before a name found by its place. */
const TITLES_BEFORE = [
  'dhr. ',
  'dhr ',
  'mevr. ',
  'mevr ',
  'mw. ',
  'mevrouw ',
  'meneer ',
  'heer ',
  // Job roles before a name the list lacks: "collega Marion", "conciërge Wim", "colleague Tamsin".
  // ("juf" and "meester" open most greetings to the reader: "Hello juf Naima".)
  'collega ',
  'concierge ',
  'directeur ',
  'overblijfkracht ',
  'vrijwilliger ',
  'colleague ',
  'caretaker ',
  'volunteer ',
  // Staff roles in apposition: "onze stagiaire Priyanka", "our teaching assistant Wren". ("the
  // teacher" goes with "told": "I told the teacher Noah was ill"; only "our teacher" is a title.)
  'onze leerkracht ',
  'nieuwe leerkracht ',
  'stagiair ',
  'stagiaire ',
  'invaller ',
  'invalkracht ',
  'onderwijsassistent ',
  'klassenassistent ',
  'intern begeleider ',
  'ib-er ',
  "ib'er ",
  'directrice ',
  'our teaching assistant ',
  'our teacher ',
  'our new teacher ',
];
/** Staff words (from ADULT_WORDS) that make a listed name right after them an adult's. */
const STAFF_BEFORE_NAME = new Set([
  'collega',
  'oud-collega',
  'ex-collega',
  'concierge',
  'directeur',
  'directrice',
  'stagiair',
  'stagiaire',
  'invaller',
  'invalkracht',
  'colleague',
]);

/**
 * A staff role in brackets after a name: "Sanne (onderwijsassistent onderbouw)", "Joke (leerkracht
 * groep 3)". A class in these brackets is where the adult works, not a pupil's class.
 */
const STAFF_ROLES_IN_BRACKET = [
  '(administratief medewerker',
  '(concierge',
  '(directeur',
  '(directrice',
  '(ib-er',
  '(intern begeleider',
  '(invaller',
  '(invalkracht',
  '(klassenassistent',
  '(leerkracht',
  '(leraar',
  '(lerares',
  '(onderwijsassistent',
  '(overblijfkracht',
  '(stagiair',
  '(vakleerkracht',
  '(vrijwilliger',
];
/**
 * A teacher's work said right after a name (its surname allowed between): "Marieke neemt groep 5
 * over", "Koen valt in voor groep 3", "Tamsin teaches group 4", "M. Yıldız (BS Klimop)". A pupil
 * is in a class; only staff take one over, teach it, or are named by the school they work at.
 */
const STAFF_WORK = [
  'neemt groep ',
  'neemt de groep ',
  'neemt de klas ',
  'staat voor groep ',
  'staat voor de klas',
  'geeft les',
  'geeft groep ',
  'geeft gym',
  'valt in voor',
  'valt in bij',
  'valt in in',
  'vervangt ',
  'is leerkracht',
  'is de leerkracht',
  'is onze leerkracht',
  'is de nieuwe leerkracht',
  'is onze nieuwe leerkracht',
  'is onze nieuwe collega',
  'is invaller',
  'is de invaller',
  'is stagiair',
  'is intern begeleider',
  "is ib'er",
  'is ib-er',
  'werkt als ',
  'werkt bij ons',
  'takes over group',
  'takes over the class',
  'teaches ',
  'will teach',
  'is covering',
  'covers group',
  'is our new teacher',
  'is our new colleague',
  'is the new teacher',
  'works as ',
  // A school in brackets after a name: where that adult works ("(BS Klimop)", "(OBS De Linde)").
  // ("(BS De Wissel, groep 6)" names a pupil's school and class.)
  '(bs ',
  '(obs ',
  '(kbs ',
  '(rkbs ',
  '(cbs ',
  '(pcbs ',
  '(ibs ',
  '(basisschool ',
  ...STAFF_ROLES_IN_BRACKET,
];
/** Words of a surname between a first name and what follows: "Mehmet Yıldız", "Ellen van Dam". */
const SURNAME_WORDS = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'el', 'al', 'op']);

function isStaffByWork(original: string, folded: string, nameEnd: number): boolean {
  let at = nameEnd;
  // "J. Vliegen (BS Op de Berg)": the full stop of an initial.
  if (original.charCodeAt(at) === 46 && at - wordStartBefore(folded, at) === 1) at++;
  for (let words = 0; words < 4 && original.charCodeAt(at) === 32; words++) {
    const next = at + 1;
    if (!isCapitalised(original, next) && !SURNAME_WORDS.has(wordAt(folded, next))) break;
    at = endOfLetters(folded, next);
  }
  // "Gerard Peters, onze conciërge, …", "Kees, die bij ons de overblijf doet": a staff role or
  // "works here" in apposition after the name.
  if (original.charCodeAt(at) === 44 && original.charCodeAt(at + 1) === 32)
    return isStaffApposition(folded, at + 2);
  if (original.charCodeAt(at) !== 32) return false;
  const candidates = STAFF_WORK_BY_FIRST.get(folded.charCodeAt(at + 1));
  const work = candidates?.find((words) => folded.startsWith(words, at + 1));
  if (work === undefined) return false;
  if (!work.startsWith('(') || STAFF_ROLES_IN_BRACKET.includes(work)) return true;
  const close = folded.indexOf(')', at);
  const bracket = folded.slice(at, close === -1 ? at + 60 : Math.min(close, at + 60));
  return !CLASS_IN_BRACKET.some((word) => bracket.includes(word));
}

/** How far back from a name its bracket may open: "(stagiair onderbouw bij Yvonne". */
const STAFF_BRACKET_REACH = 40;

/** Staff roles that, in apposition after a name, make that person staff: "Gerard, onze conciërge". */
const APPOSITION_ROLES = [
  'concierge',
  'leerkracht',
  'leraar',
  'lerares',
  'collega',
  'directeur',
  'directrice',
  'intern begeleider',
  'ib-er',
  "ib'er",
  'onderwijsassistent',
  'klassenassistent',
  'administratief medewerker',
  'overblijfkracht',
  'invaller',
  'invalkracht',
  'stagiair',
  'vakleerkracht',
  'gymdocent',
  'caretaker',
  'teacher',
  'colleague',
  'teaching assistant',
  'head teacher',
];
/**
 * Words before the role in apposition: "onze conciërge", "de directeur", "our caretaker". A bare
 * role ("J. Vrancken, directeur") is how a signature reads, so it needs its article.
 */
const APPOSITION_ARTICLES = ['onze ', 'de ', 'our ', 'the '];
/** "die bij ons …", "who works …": a relative clause saying the person works here. */
const WORKS_HERE = ['die bij ons ', 'die hier werkt', 'die op school werkt', 'who works '];

function isStaffApposition(folded: string, at: number): boolean {
  if (WORKS_HERE.some((words) => folded.startsWith(words, at))) return true;
  for (const article of APPOSITION_ARTICLES) {
    if (!folded.startsWith(article, at)) continue;
    const roleAt = at + article.length;
    const role = APPOSITION_ROLES.find((word) => folded.startsWith(word, roleAt));
    if (role === undefined) continue;
    // The whole word ("leerkracht," "leerkracht van"), not "collegaatje" nor a genitive: "the
    // teacher's favourite pupil".
    const next = folded.charCodeAt(roleAt + role.length);
    if (!isAsciiLower(next) && next !== 39 && next !== 8217) return true;
  }
  return false;
}

/** A class in the brackets after a name: "(BS De Wissel, groep 6)" is a pupil's school. */
const CLASS_IN_BRACKET = ['groep', 'group', ' gr '];

/** STAFF_WORK by its first character: most words after a name start none of them. */
const STAFF_WORK_BY_FIRST = new Map<number, string[]>();
for (const work of STAFF_WORK) {
  const first = work.charCodeAt(0);
  STAFF_WORK_BY_FIRST.set(first, [...(STAFF_WORK_BY_FIRST.get(first) ?? []), work]);
}

/** The end of the run of letters starting at `start`. */
function endOfLetters(folded: string, start: number): number {
  let end = start;
  while (end < folded.length && isAsciiLower(folded.charCodeAt(end))) end++;
  return end;
}

function titleBefore(folded: string, start: number): boolean {
  // "mevrouw W. Peeters heeft": an initial may stand between the title and the surname.
  const at =
    folded.charCodeAt(start - 1) === 32 &&
    folded.charCodeAt(start - 2) === 46 &&
    isAsciiLower(folded.charCodeAt(start - 3)) &&
    !isAsciiLower(folded.charCodeAt(start - 4))
      ? start - 3
      : start;
  return TITLES_BEFORE.some((title) => folded.startsWith(title, at - title.length));
}

/** A teacher's title; it opens most greetings ("Hoi juf Noor"), so it counts only inside a sentence. */
const TEACHER_TITLES = ['juf ', 'juffrouw ', 'meester '];

/**
 * "om meester Jo uit te nodigen", "dat juf Ans …": a teacher's title inside a sentence, not opening
 * a line and not after a greeting, makes the name after it (one the list lacks) an adult's.
 */
function isTeacherTitleInSentence(original: string, folded: string, start: number): boolean {
  const title = TEACHER_TITLES.find((words) => folded.startsWith(words, start - words.length));
  if (title === undefined) return false;
  const titleStart = start - title.length;
  if (titleStart <= 0 || original.charCodeAt(titleStart - 1) !== 32) return false;
  const before = wordStartBefore(folded, titleStart - 1);
  const word = folded.slice(before, titleStart - 1);
  return (
    word.length > 0 &&
    !GREETINGS.has(word) &&
    !isSalutationLine(original, start, endOfLetters(folded, start))
  );
}

/** Newline, ".", "!", "?": the characters after which `isWrittenWithoutCapitals` looks for a capital. */
const SENTENCE_MARK = /[\n!.?]/g;

/**
 * A mail typed without capitals ("hoi juf noor\n\nik ben het echt zat, mijn zoon luuk …"): most
 * lines and sentences start with a small letter, so capitals cannot tell names apart.
 */
function isWrittenWithoutCapitals(original: string): boolean {
  let small = 0;
  let capital = 0;
  let isStart = true;
  for (let i = 0; i < original.length && small + capital < 40; i++) {
    if (!isStart) {
      // Only a mark can start a sentence: jump to the next one (`test` builds no match object).
      SENTENCE_MARK.lastIndex = i;
      if (!SENTENCE_MARK.test(original)) break;
      i = SENTENCE_MARK.lastIndex - 1;
    }
    const code = original.charCodeAt(i);
    if (code === 10 || code === 46 || code === 33 || code === 63) isStart = true;
    else if (isStart && isAfterMark(original, i)) isStart = false;
    else if (isStart && code >= 97 && code <= 122) {
      small++;
      isStart = false;
    } else if (isStart && code >= 65 && code <= 90) {
      // "Van: Fatima …", "Subject: aya", "Verstuurd vanaf mijn iPhone": a forward's header or a
      // phone's line is no sentence the writer began.
      if (!isMachineLine(original, i)) capital++;
      isStart = false;
    }
  }
  return small >= 3 && small > capital * 2;
}

/** Lines a mail program writes: "Sent from my iPhone", "Verstuurd vanaf mijn Samsung". */
const DEVICE_LINES = ['Verstuurd vanaf', 'Verzonden vanaf', 'Sent from'];
/** The longest header name before its colon ("Onderwerp:", "Verzonden:", "Subject:"). */
const HEADER_NAME_MAX = 10;

/** A header line ("Van: …", "Date: …") or a device line starting at `start`, a line's start. */
function isMachineLine(original: string, start: number): boolean {
  if (start > 0 && original.charCodeAt(start - 1) !== 10) return false;
  if (DEVICE_LINES.some((line) => original.startsWith(line, start))) return true;
  let end = start + 1;
  while (end < start + HEADER_NAME_MAX && isAsciiLower(original.charCodeAt(end))) end++;
  return original.charCodeAt(end) === 58;
}

/** "bsdewissel.nl", "1.5": a full stop inside a word starts no sentence. */
function isAfterMark(original: string, index: number): boolean {
  const before = original.charCodeAt(index - 1);
  return before === 46 || before === 33 || before === 63;
}

/** A third person's verb right after a name that opens a sentence: "Tessa is deze week afwezig". */
const THIRD_PERSON_VERBS = [' is ', ' heeft ', ' was ', ' zit ', ' ligt ', ' has ', ' had '];

/**
 * "Tessa is deze week afwezig. Ze heeft …" in the team mail Tessa now replies to: a correspondent
 * opening a sentence with a third person's verb is spoken of, not writing or written to (a writer
 * says "ik", a reader is greeted or called "je"), so they are a person talked about.
 */
function isCorrespondentSpokenOf(
  original: string,
  folded: string,
  hit: { term: string; start: number; end: number },
  correspondents: ReadonlySet<string>,
): boolean {
  return (
    correspondents.has(hit.term) &&
    isSentenceStart(original, hit.start) &&
    THIRD_PERSON_VERBS.some((verb) => folded.startsWith(verb, hit.end))
  );
}

/**
 * The people writing and written to ("Beste Sanne", "Groet, Harm", the names in From and To) are
 * not the subject of what they discuss; a titled name is an adult; any other name is a person
 * talked about.
 */
function nameKind(
  hit: { term: string; word: number },
  titled: ReadonlySet<string>,
  correspondents: ReadonlySet<string>,
  greetingWord: number,
  titleWord: number,
): MentionKind {
  // "Beste Sanne" or "Beste juf Sanne": the name right after the greeting, a title allowed between.
  const isGreeted =
    hit.word - greetingWord === 1 || (hit.word - greetingWord === 2 && titleWord === hit.word - 1);
  if (correspondents.has(hit.term) || isGreeted) return 'self';
  return titled.has(hit.term) ? 'adult' : 'name';
}

/**
 * The start of a capitalised, otherwise lower-case word ending at `nameEnd`, if it may be a name:
 * not a known non-name, not glued to a word, not a surname after another capitalised word ("Maud
 * Lenssen vertelt", "Veilig Thuis heeft"), and with `isMidSentenceOnly` not the sentence's first word.
 */
function unknownNameBefore(
  original: string,
  folded: string,
  nameEnd: number,
  isMidSentenceOnly = false,
  isFullNameAllowed = false,
): number | undefined {
  if (nameEnd <= 0) return undefined;
  let start = nameEnd;
  while (start > 0 && start > nameEnd - 16 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  const word = folded.slice(start, nameEnd);
  // A listed name is a mention already.
  if (word.length < 2 || NOT_NAMES.has(word) || NAMES.has(word) || !isCapitalised(original, start))
    return undefined;
  // "CvB", "RvT", "OvJ": a word ending in a capital is a body's abbreviation, not a name.
  const last = original.charCodeAt(nameEnd - 1);
  if (last >= 65 && last <= 90) return undefined;
  const before = original.charCodeAt(start - 1);
  // A letter glued before it means we are inside a word.
  if (isAsciiLower(folded.charCodeAt(start - 1))) return undefined;
  if (before === 32) {
    const previous = wordStartBefore(folded, start - 1);
    if (isCapitalised(original, previous) && !NOT_NAMES.has(folded.slice(previous, start - 1)))
      // "Yasin Aydın (groep 7)": before a class, a first name and surname are one pupil.
      return isFullNameAllowed && previous < start - 2 ? previous : undefined;
  }
  if (isMidSentenceOnly && isSentenceStart(original, start)) return undefined;
  return start;
}

/**
 * "yasmina heeft vannacht …" in a mail typed without capitals: a word the lists lack, opening a
 * sentence before a person verb, is the person the sentence is about.
 */
function lowerCaseNameBefore(
  original: string,
  folded: string,
  nameEnd: number,
): number | undefined {
  const start = wordStartBefore(folded, nameEnd);
  const word = folded.slice(start, nameEnd);
  if (word.length < 3 || NOT_NAMES.has(word) || isAsciiLower(folded.charCodeAt(start - 1)))
    return undefined;
  return isSentenceStart(original, start) ? start : undefined;
}

/** English words for a child that also name whom a service is for: "child psychologist". */
const SERVICE_USERS = new Set(['child', 'student', 'pupil']);
/** Professions and departments after such a word: "student support", "pupil services". */
const SERVICE_HEADS = new Set([
  'psychologist',
  'psychiatrist',
  'therapist',
  'support',
  'services',
  'service',
  'council',
  'welfare',
  'development',
  'admissions',
  'affairs',
]);

/** "child psychologist", "Student Support | …": a child word as the first part of a service's name. */
function isServiceForChildren(folded: string, hit: { term: string; end: number }): boolean {
  if (!SERVICE_USERS.has(hit.term) || folded.charCodeAt(hit.end) !== 32) return false;
  let end = hit.end + 1;
  while (end < folded.length && isAsciiLower(folded.charCodeAt(end))) end++;
  return SERVICE_HEADS.has(folded.slice(hit.end + 1, end));
}

/**
 * Employment roles that a rule book or a form names without an article: "Werknemer en
 * leidinggevende tekenen", "Employee and manager sign", "Formulier ziekmelding medewerker".
 */
const GENERIC_ROLES = new Set(['werknemer', 'medewerker', 'medewerkster', 'employee']);
/** Characters of a heading or label line: "Formulier ziekmelding medewerker". */
const HEADING_REACH = 50;

/**
 * A role word without an article or owner: opening a sentence and joined to another role
 * ("Werknemer en leidinggevende", "Employee and manager"), or closing a short heading line after
 * a noun ("Formulier ziekmelding medewerker"). "Medewerker Sandra", "onze medewerker" and "de
 * werknemer" stay a person.
 */
function isBareRole(original: string, folded: string, start: number, end: number): boolean {
  if (isBeforeCapital(original, end)) return false;
  if (isInstructedRole(original, folded, start)) return true;
  if (isSentenceStart(original, start))
    return folded.startsWith(' en ', end) || folded.startsWith(' and ', end);
  // A heading: the role word ends a short line with no sentence mark, after a noun.
  let lineStart = start;
  while (lineStart > 0 && folded.charCodeAt(lineStart - 1) !== 10) {
    if (start - lineStart >= HEADING_REACH) return false;
    lineStart--;
  }
  const code = folded.charCodeAt(end);
  if (!(end === folded.length || code === 10 || code === 13)) return false;
  if (/[.,:;!?]/.test(folded.slice(lineStart, start))) return false;
  if (folded.charCodeAt(start - 1) !== 32) return false;
  const before = folded.slice(wordStartBefore(folded, start - 1), start - 1);
  return before.length > 3 && !ROLE_OWNERS.has(before) && !before.endsWith('e');
}
/** Verbs of an instruction about any employee: "vraag de medewerker", "ask the employee". */
const INSTRUCTION_VERBS = new Set(['vraag', 'bespreek', 'informeer', 'ask', 'tell', 'inform']);

/**
 * "Let op: vraag de medewerker niet naar de diagnose", "Ask the employee how they are": an
 * instruction opening its sentence, with the role right after it, is about whoever it concerns.
 */
function isInstructedRole(original: string, folded: string, start: number): boolean {
  const article = folded.startsWith('de ', start - 3)
    ? 3
    : folded.startsWith('the ', start - 4)
      ? 4
      : 0;
  if (article === 0 || folded.charCodeAt(start - article - 1) !== 32) return false;
  const verbStart = wordStartBefore(folded, start - article - 1);
  if (!INSTRUCTION_VERBS.has(folded.slice(verbStart, start - article - 1))) return false;
  return (
    isSentenceStart(original, verbStart) ||
    (original.charCodeAt(verbStart - 1) === 32 && original.charCodeAt(verbStart - 2) === 58)
  );
}
/** Words that make a role word someone's: "de medewerker", "onze medewerker". */
const ROLE_OWNERS = new Set([
  'deze',
  'onze',
  'jouw',
  'haar',
  'zijn',
  'mijn',
  'hun',
  'this',
  'that',
  'your',
  'their',
]);

/** The start of the word that ends at `end` (exclusive), or `end` when there is none. */
function wordStartBefore(folded: string, end: number): number {
  let start = end;
  while (start > 0 && start > end - 16 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  return start;
}

/** At the text's start, a line's start, or after ". ", "! ", "? ". */
function isSentenceStart(original: string, start: number): boolean {
  if (start === 0) return true;
  const before = original.charCodeAt(start - 1);
  if (before === 10 || before === 62) return true; // newline, ">" of a quote
  if (before !== 32) return false;
  const mark = original.charCodeAt(start - 2);
  if (mark === 58 && isAfterHeaderLabel(original, start - 2)) return true;
  return start < 2 || mark === 46 || mark === 33 || mark === 63 || mark === 10 || mark === 62;
}

/** Labels of a subject line: its value opens like a sentence ("Subject: Visit groep 7"). */
const SUBJECT_LABELS = new Set(['subject', 'onderwerp', 're', 'fw', 'fwd', 'aw', 'wg']);

/** Whether the colon at `colon` closes a subject label that opens its line. */
function isAfterHeaderLabel(original: string, colon: number): boolean {
  let start = colon;
  while (start > 0 && colon - start < 10 && /[a-z]/i.test(original.charAt(start - 1))) start--;
  // Only quote marks, asterisks or spaces between the line's start and the label.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 4 && ' \t>*'.includes(original.charAt(lineStart - 1)))
    lineStart--;
  return (
    (lineStart === 0 || original.charCodeAt(lineStart - 1) === 10) &&
    SUBJECT_LABELS.has(original.slice(start, colon).toLowerCase())
  );
}

function isCapitalised(original: string, start: number): boolean {
  const code = original.charCodeAt(start);
  const next = original.charCodeAt(start + 1);
  // "Daan", not "DAAN" in a shouted heading and not "daan" as an ordinary word.
  return code >= 65 && code <= 90 && !(next >= 65 && next <= 90);
}

/** "groep 5", "groep 7/8", "groep 1-2": a class, pointing at a pupil when next to sensitive words. */
function isClassNumber(folded: string, end: number): boolean {
  const code = folded.charCodeAt(end + 1);
  return folded.charCodeAt(end) === 32 && code >= 49 && code <= 56;
}

/** "Kwame (groep 4)", "Lars, groep 8", "Mila uit groep 7", "dat Kwame groep 4": a name before a class. */
function nameBeforeClass(original: string, folded: string, classStart: number): number | undefined {
  const gap = CLASS_GAPS.find((each) => folded.startsWith(each, classStart - each.length));
  const initials =
    gap === undefined ? undefined : initialsBefore(original, classStart - gap.length);
  if (initials !== undefined) return initials;
  if (folded.startsWith(' uit ', classStart - 5))
    return unknownNameBefore(original, folded, classStart - 5, false, true);
  if (folded.startsWith(', ', classStart - 2) || folded.startsWith(' (', classStart - 2))
    return unknownNameBefore(original, folded, classStart - 2, false, true);
  // Bare "Vanaf groep 3" starts a sentence; "dat Kwame groep 4" does not.
  if (folded.charCodeAt(classStart - 1) === 32)
    return unknownNameBefore(original, folded, classStart - 1, true);
  return undefined;
}

/** What stands between a name and its class: "Mila uit groep 7", "Lars, groep 8", "Kim (groep 5)". */
const CLASS_GAPS = [' uit ', ', ', ' (', ' '];
/** Most initials a run has: "J.K.", "A.B.C." (one alone is an anonymised "leerling A."). */
const MAX_INITIALS = 3;

/**
 * Where two or three initials that end at `end` start: "J.K. (groep 6)", "T.V. uit groep 5" name
 * one pupil in the school as surely as a first name. Undefined if no such initials end there.
 * (Character codes, not a regex: a Unicode class would put tables of its own in the add-in.)
 */
function initialsBefore(original: string, end: number): number | undefined {
  let start = end;
  let count = 0;
  while (count < MAX_INITIALS && isInitialAt(original, start - 2)) {
    start -= 2;
    count++;
  }
  if (count < 2) return undefined;
  // "A.J.K." (a fourth), "NS.J.K." or "1.J.K.": no run of initials of its own.
  const before = original.charCodeAt(start - 1);
  return isAlphanumeric(before) || before === 46 ? undefined : start;
}

/** Words that open a condition: "als uw kind …", "if your child …". */
const CONDITIONALS = new Set([
  'als',
  'wanneer',
  'indien',
  'zodra',
  'mocht',
  'if',
  'when',
  'whether',
]);

/** A condition word right before `start` ("als ", "if "), with one space between. */
function isAfterConditional(folded: string, start: number): boolean {
  if (folded.charCodeAt(start - 1) !== 32) return false;
  const wordStart = wordStartBefore(folded, start - 1);
  return (
    CONDITIONALS.has(folded.slice(wordStart, start - 1)) &&
    !isAsciiLower(folded.charCodeAt(wordStart - 1))
  );
}

/** "als uw " or "if your " right before `start`: a condition on any reader's child. */
function isAfterConditionalReader(folded: string, start: number): boolean {
  if (folded.charCodeAt(start - 1) !== 32) return false;
  const readerStart = wordStartBefore(folded, start - 1);
  return (
    READER_OWNERS.has(folded.slice(readerStart, start - 1)) &&
    isAfterConditional(folded, readerStart)
  );
}

/** Owners that, after "ouders" or "parents" as the subject, make a child any parents' child. */
const PLURAL_OWNERS = ['hun ', 'their '];
/** Plural parent words as a sentence's subject: "Ouders kunnen …", "Parents may …". */
const ANY_PARENTS = /(?:^|[^a-z])(?:ouders|parents)(?= )/;
/** How far back in its sentence "ouders" may stand before "hun kind". */
const ANY_PARENTS_REACH = 120;

/**
 * "Ouders kunnen altijd inzage vragen in het dossier van hun kind", "parents can see their child's
 * file": "hun kind" after plural parents in the same sentence is every parent's child, no one pupil.
 */
function isAnyParentsChild(folded: string, start: number): boolean {
  const owner = PLURAL_OWNERS.find((word) => folded.startsWith(word, start - word.length));
  if (owner === undefined) return false;
  const before = folded.slice(Math.max(0, start - ANY_PARENTS_REACH), start - owner.length);
  const sentenceEnd = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('.\n'),
    before.lastIndexOf('\n\n'),
  );
  const sentence = sentenceEnd >= 0 ? before.slice(sentenceEnd + 1) : before;
  // "de ouders van Daan … hun kind": the parents of one named pupil.
  return (
    ANY_PARENTS.test(sentence) &&
    !sentence.includes('ouders van ') &&
    !sentence.includes('parents of ')
  );
}

/**
 * "een leerling", "a child", and "leerling A." or "kind X": the writer left the pupil unnamed on
 * purpose, so the word identifies nobody.
 */
function isAnonymised(original: string, folded: string, start: number, end: number): boolean {
  // "ook als uw kind thuis al gegeten heeft", "if your child has": any reader's child.
  if (isAfterConditionalReader(folded, start)) return true;
  // "Ouders kunnen inzage vragen in het dossier van hun kind": any parents' child.
  if (isAnyParentsChild(folded, start)) return true;
  // "een\nleerling": a line break between counts as a space.
  let wordEnd = start - 1;
  if (!isWhitespace(folded.charCodeAt(wordEnd))) wordEnd = -1;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordStart > wordEnd - 7 && isAsciiLower(folded.charCodeAt(wordStart - 1)))
    wordStart--;
  if (wordEnd > 0 && INDEFINITE.has(folded.slice(wordStart, wordEnd))) return true;
  // "een concrete leerling", "elke andere leerling", "a new pupil": one adjective between; "an
  // EAL pupil", "a young SEN pupil": an abbreviation, perhaps after an adjective.
  const modifier = wordEnd > 0 ? wordStartBefore(folded, wordEnd) : -1;
  if (modifier > 0 && isWhitespace(folded.charCodeAt(modifier - 1))) {
    const isIndefinite = (from: number, to: number) =>
      from < to && INDEFINITE.has(folded.slice(from, to));
    const before = wordStartBefore(folded, modifier - 1);
    const isModifierAdjective =
      isAdjective(folded.slice(modifier, wordEnd)) ||
      isUninflectedBeforeNeuter(folded, modifier, wordEnd, start, end);
    if (isModifierAdjective && isIndefinite(before, modifier - 1)) return true;
    if (isAbbreviation(original, modifier, wordEnd)) {
      if (isIndefinite(before, modifier - 1)) return true;
      if (
        isAdjective(folded.slice(before, modifier - 1)) &&
        isIndefinite(wordStartBefore(folded, before - 1), before - 1)
      )
        return true;
    }
  }
  // "Naam leerling", "Name of child:" on a blank form: a field to fill in, nobody yet.
  if (isBlankFormField(folded, start, end)) return true;
  // "leerling A." / "leerling X,": one capital letter standing in for the name.
  const letter = original.charCodeAt(end + 1);
  return (
    original.charCodeAt(end) === 32 &&
    letter >= 65 &&
    letter <= 90 &&
    !isAsciiLower(folded.charCodeAt(end + 2))
  );
}

/**
 * Names that are also months or their abbreviations: "20 Jan 2025". Only words of the first-name
 * list are looked up here, and 'jan' is the one month word in it (april, may, june, july, august,
 * augustus are not); a month name added to that list belongs here too.
 */
const MONTH_NAMES = new Set(['jan']);

/** A month name right after a day's number and one space: "20 Jan". */
function isAfterDayNumber(folded: string, start: number, term: string): boolean {
  if (!MONTH_NAMES.has(term)) return false;
  const digit = folded.charCodeAt(start - 2);
  return folded.charCodeAt(start - 1) === 32 && digit >= 48 && digit <= 57;
}

/** Characters before a word in which the opening quote of direct speech is looked for. */
const SPEECH_REACH = 80;

/**
 * Inside quoted speech on the same line: an opening mark (" “ ‘, or ' after a space or colon)
 * before `start` that no closing mark follows before it.
 */
function isInDirectSpeech(original: string, start: number): boolean {
  let isOpen = false;
  // The line's start, read back no further than SPEECH_REACH characters.
  const reach = Math.max(0, start - SPEECH_REACH);
  let from = start;
  while (from > reach && original.charCodeAt(from - 1) !== NEWLINE) from--;
  for (let at = from; at < start; at++) {
    const code = original.charCodeAt(at);
    if (code === 0x201c || code === 0x2018) isOpen = true;
    else if (code === 0x201d || code === 0x2019) isOpen = code === 0x2019 ? isOpen : false;
    else if (code === 34) isOpen = !isOpen;
    else if (code === 39 && (at === 0 || original.charCodeAt(at - 1) === 32)) isOpen = true;
  }
  return isOpen;
}

/** English adjectives between an indefinite word and a pupil word: "a new pupil", "any other child". */
const ENGLISH_ADJECTIVES = new Set([
  'new',
  'other',
  'certain',
  'particular',
  'specific',
  'single',
  // content-train-34: "a young EAL pupil" in an anonymised case.
  'young',
  'older',
  'younger',
]);

/** Pupil words that are Dutch "het" nouns: after "een" their adjective takes no -e. */
const NEUTER_PUPIL_WORDS = new Set(['kind', 'kindje', 'meisje']);

/**
 * "een specifiek kind", "geen enkel kind", "een bepaald meisje": before a "het" noun after an
 * indefinite, a Dutch adjective has no -e, so any one small word there is that adjective.
 */
function isUninflectedBeforeNeuter(
  folded: string,
  wordStart: number,
  wordEnd: number,
  start: number,
  end: number,
): boolean {
  if (!NEUTER_PUPIL_WORDS.has(folded.slice(start, end))) return false;
  if (wordEnd - wordStart < 3 || wordEnd - wordStart > 12) return false;
  for (let i = wordStart; i < wordEnd; i++) if (!isAsciiLower(folded.charCodeAt(i))) return false;
  return true;
}

/** "EAL", "SEN", "NT2": a word of two to four capitals (or digits) in the original text. */
function isAbbreviation(original: string, start: number, end: number): boolean {
  return (
    end - start >= 2 && end - start <= 4 && /^[A-Z][A-Z0-9]+$/.test(original.slice(start, end))
  );
}

/** "concrete", "andere", "nieuwe" (a Dutch adjective before a noun ends in -e), or "new", "other". */
function isAdjective(word: string): boolean {
  return (word.length > 3 && word.endsWith('e')) || ENGLISH_ADJECTIVES.has(word);
}

/** First words of a form's field for a person: "Naam leerling", "Name of pupil", "Handtekening ouders". */
const FIELD_WORDS = new Set([
  'naam',
  'voornaam',
  'achternaam',
  'roepnaam',
  'name',
  'handtekening',
  'signature',
]);
/** Characters between a line's start and the person word of a field label: "Naam van de leerling". */
const FIELD_REACH = 20;

/**
 * A field label of a blank form: the line starts with "Naam", "Name" and holds nothing after the
 * person word but a colon, dots, underscores or spaces ("Naam leerling: ________").
 */
function isBlankFormField(folded: string, start: number, end: number): boolean {
  // The line's start, looked for only as far back as a label reaches.
  let lineStart = start;
  while (lineStart > 0 && folded.charCodeAt(lineStart - 1) !== 10) {
    if (start - lineStart >= FIELD_REACH) return false;
    lineStart--;
  }
  let first = lineStart;
  while (first < start && !isAsciiLower(folded.charCodeAt(first))) first++;
  if (!FIELD_WORDS.has(folded.slice(first, endOfLetters(folded, first)))) return false;
  for (let at = end; at < folded.length; at++) {
    const code = folded.charCodeAt(at);
    if (code === 10 || code === 13) return true;
    // space, tab, ":", ".", "_", "…"
    if (code !== 32 && code !== 9 && code !== 58 && code !== 46 && code !== 95 && code !== 8230)
      return false;
  }
  return true;
}

/** The start of a capitalised word the name list lacks right after a family word ("van" allowed). */
function unknownNameAfter(original: string, folded: string, end: number): number | undefined {
  if (original.charCodeAt(end) !== 32) return undefined;
  let start = end + 1;
  const next = wordAt(folded, start);
  if (OF_WORDS.has(next)) start += next.length + 1;
  const word = wordAt(folded, start);
  if (word.length < 2 || NOT_NAMES.has(word) || NAMES.has(word) || !isCapitalised(original, start))
    return undefined;
  return start;
}

/** The lower-case letters from `start` (at most 16): a word to look up. */
function wordAt(folded: string, start: number): string {
  let end = start;
  while (end < folded.length && end < start + 16 && isAsciiLower(folded.charCodeAt(end))) end++;
  return folded.slice(start, end);
}

/** A capitalised word follows, after a space or ". ": "mevr. Kusters", "collega Karin". */
function isBeforeCapital(original: string, end: number): boolean {
  // "mevr. Kusters": the full stop of an abbreviation; "his wife. He was …" ends a sentence.
  const next =
    original.charCodeAt(end) === 46 && isAbbreviationBefore(original, end) ? end + 1 : end;
  return original.charCodeAt(next) === 32 && isCapitalised(original, next + 1);
}

/** Titles written with a full stop: "dhr.", "mevr.", "Mr.". */
const ABBREVIATED_TITLES = new Set(['dhr', 'mevr', 'mw', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir']);

function isAbbreviationBefore(original: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[a-z]/i.test(original.charAt(start - 1))) start--;
  return ABBREVIATED_TITLES.has(original.slice(start, end).toLowerCase());
}

/** Characters from the end of the text in which a name alone on its line is a signature. */
const SIGNATURE_REACH = 120;

/**
 * Where the message holding `start` ends: the next line within SIGNATURE_REACH that opens a quoted
 * message by its header ("Op … schreef Frank <…>:", "> On … wrote:", "Van: … Verzonden:"), else
 * the end of the text. A reply's "Noor" above the quoted mail signs the reply as the last line of
 * a text does; undefined when the message runs on past the reach.
 */
function messageEnd(original: string, start: number): number | undefined {
  if (original.length - start <= SIGNATURE_REACH)
    return headerWithin(original, start, original.length);
  return headerWithin(original, start, start + SIGNATURE_REACH);
}

/** Characters read from a line for it and the header lines under it. */
const HEADER_LOOKAHEAD = 400;

/** The first quoted-message header line starting after `start`'s line and before `limit`. */
function headerWithin(original: string, start: number, limit: number): number | undefined {
  let lineStart = original.indexOf('\n', start) + 1;
  while (lineStart > 0 && lineStart < limit) {
    let lineEnd = original.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = original.length;
    // The line and a few after it: "Van: …" is a header only with "Verzonden: …" below it. Only
    // a line with a header's first letter is cut and lowered: this runs at every name.
    if (mayOpenHeader(original, lineStart, lineEnd)) {
      const lines = original.slice(lineStart, lineStart + HEADER_LOOKAHEAD).toLowerCase();
      if (isMessageHeaderLine(lines, 0, Math.min(lineEnd - lineStart, lines.length)))
        return lineStart;
    }
    lineStart = lineEnd + 1;
  }
  return limit === original.length ? original.length : undefined;
}

/** The first letters (either case) and the dash that every quoted-message header line opens with. */
const HEADER_LEADS = new Set([...'-bvfoBVFO'].map((char) => char.charCodeAt(0)));

/**
 * Whether the line `[lineStart, lineEnd)`, past its quote marks and indentation, opens with a
 * header's first character: isMessageHeaderLine says no to every other line.
 */
function mayOpenHeader(original: string, lineStart: number, lineEnd: number): boolean {
  const end = Math.min(lineEnd, lineStart + HEADER_LOOKAHEAD);
  let first = lineStart;
  while (first < end && ' \t>'.includes(original.charAt(first))) first++;
  return first < end && HEADER_LEADS.has(original.charCodeAt(first));
}

/** Quote markers and spaces before a name on its line: "> Nicole" signs a quoted message. */
function isOnlyQuoteMarks(piece: string): boolean {
  return quoteMarksLength(piece) === piece.length;
}

/** How many quote markers and spaces a line's piece opens with. */
function quoteMarksLength(piece: string): number {
  let at = 0;
  for (; at < piece.length; at++) {
    const code = piece.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 62 && code !== 13) break;
  }
  return at;
}

/** A listed first name, capitalised, and a space: "Claire " before "Donovan". */
function isSigningFirstName(piece: string): boolean {
  const word = piece.slice(0, -1);
  return (
    piece.endsWith(' ') &&
    isCapitalised(word, 0) &&
    word.slice(1) === word.slice(1).toLowerCase() &&
    NAMES.has(word.toLowerCase())
  );
}

/** "Ruud" or "Ruud Hendriks" alone on a line at the end of a message: the writer signing. */
function isSignatureName(original: string, start: number, end: number): boolean {
  const partEnd = messageEnd(original, start);
  if (partEnd === undefined) return false;
  const lineStart = original.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = original.indexOf('\n', end);
  if (lineEnd === -1 || lineEnd > partEnd) lineEnd = partEnd;
  const before = original.slice(lineStart, start);
  const rest = original.slice(end, lineEnd).trim();
  // "Claire Donovan": a surname that is a given name too, after the signing first name.
  const marks = quoteMarksLength(before);
  if (rest === '' && isSigningFirstName(before.slice(marks)))
    return isSignatureName(original, lineStart + marks, start - 1);
  // "Groetjes Bram", "Regards, Martin": the name on the closing line itself.
  if (!isOnlyQuoteMarks(before) && !isClosingBefore(before)) return false;
  // One capitalised surname may follow: "Ruud Hendriks", "Ellen van Dam".
  return rest === '' || (rest.length < 30 && !rest.includes(' ') && isCapitalised(rest, 0));
}

/**
 * Pronouns of one child that may stand for the child a parent signs for ("ze" is as often the
 * police or the parents, so is not among them).
 */
const SIGNED_CHILD_PRONOUNS = new Set(['hij', 'hem', 'zijn', 'zij', 'he', 'him', 'his', 'she']);

/** How a parent signs: "moeder van Emir", "father of Liam". */
const PARENT_SIGNATURES = [
  'moeder van ',
  'vader van ',
  'mama van ',
  'papa van ',
  'ouders van ',
  'mother of ',
  'father of ',
  'mum of ',
  'mom of ',
  'dad of ',
  'parents of ',
];

/**
 * Where the child's name stands in a parent's signature ("Groetjes Sevda (moeder van Emir)",
 * "Met vriendelijke groet,\nSevda Kaya\nmoeder van Emir"): on the closing line or under it.
 */
function childSignedFor(original: string, folded: string): number | undefined {
  for (const words of PARENT_SIGNATURES)
    for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
      const name = at + words.length;
      if (!isCapitalised(original, name)) continue;
      if (isInSignatureBlock(original, at)) return name;
      // A closing line is short: a longer one is read no further back than a signature line.
      const lineStart = shortLineStartBefore(original, at);
      if (
        lineStart >= 0 &&
        (isClosingBefore(original.slice(lineStart, at)) ||
          isClosingLine(original.slice(lineStart, at)))
      )
        return name;
    }
  return undefined;
}

/** "Groetjes Sevda (", "Groet, Sevda Kaya, ": a closing formula, the writer's name and a bracket or comma. */
function isClosingLine(before: string): boolean {
  const line = before.replace(/^[\s>]+/, '').toLowerCase();
  return line.length <= 40 && CLOSING_ENDS.some((word) => line.startsWith(word));
}

/** Whether a line's text before a name is a closing formula alone: "Groetjes ", "> Regards, ". */
function isClosingBefore(before: string): boolean {
  let end = before.length;
  while (end > 0 && ' \t,'.includes(before.charAt(end - 1))) end--;
  const closing = before
    .slice(0, end)
    .replace(/^[\s>]+/, '')
    .toLowerCase();
  return closing.length <= 30 && CLOSING_ENDS.some((word) => closing.endsWith(word));
}

/** Words on a signature line: "Wijkagent R. Claessen", "Directeur J. van Dam". */
const MAX_SIGNATURE_WORDS = 5;

/**
 * A name on one of the last lines, on a short line of its own with no sentence in it: the
 * writer's signature with a role or an initial ("Wijkagent R. Claessen", "J. Bakkali").
 */
function isSignatureLine(original: string, start: number): boolean {
  const partEnd = messageEnd(original, start);
  if (partEnd === undefined) return false;
  const lineStart = original.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = original.indexOf('\n', start);
  if (lineEnd === -1 || lineEnd > partEnd) lineEnd = partEnd;
  const line = original
    .slice(lineStart, lineEnd)
    .replace(/^[\s>]+/, '')
    .trimEnd();
  if (line === '' || /[:;!?]/.test(line)) return false;
  // "R. Coenen, leerplichtambtenaar" under "Met vriendelijke groet,": a name with its role.
  if (line.includes(',') && !isAfterClosing(original, lineStart)) return false;
  // "Met vriendelijke groet." or any sentence ending in a small word is no signature.
  const last = line.slice(line.lastIndexOf(' ') + 1);
  if (last.endsWith('.') && last.length > 2 && last === last.toLowerCase()) return false;
  // Only a closing line or two may follow: the rest of the signature.
  if (original.slice(lineEnd, partEnd).trim().split('\n').length > 2) return false;
  return line.split(/\s+/).length <= MAX_SIGNATURE_WORDS;
}

/** Last words of a closing formula: "Met vriendelijke groet,", "Kind regards,", "Hoogachtend,". */
const CLOSING_ENDS = [
  'groet',
  'groeten',
  'groetjes',
  'mvg',
  'hoogachtend',
  'regards',
  'wishes',
  'sincerely',
  'faithfully',
];

/** Lines of a signature under the closing formula: name, role, school. */
const SIGNATURE_LINES = 3;
/** The longest line read as part of a signature. */
const SIGNATURE_LINE_MAX = 60;

/**
 * Whether `position` lies on one of the short lines right under a closing formula ("Met
 * vriendelijke groet,\nYvonne Habets\nleerplichtambtenaar"): the writer's name and role, so a
 * role word there ("leerplichtambtenaar", "orthopedagoog", "IB'er") is a job title, no situation.
 */
export function isInSignatureBlock(text: string, position: number): boolean {
  let lineStart = shortLineStart(text, position);
  if (lineStart < 0 || isPostscript(text, lineStart)) return false;
  for (let count = 0; count < SIGNATURE_LINES && lineStart > 0; count++) {
    if (isAfterClosing(text, lineStart)) return true;
    // One line up, past blank lines; that line must be short too (a name, a school).
    let end = lineStart - 1;
    while (end > 0 && ' \t\r\n>'.includes(text.charAt(end - 1))) end--;
    lineStart = shortLineStartBefore(text, end);
    if (lineStart < 0) return false;
  }
  return false;
}

/** The newline's character code. */
const NEWLINE = 10;

/**
 * The start of the line that holds `position` when that line is a signature's length at most, or
 * -1. Both scans stop after that many characters, so a megabyte on one line costs no more to check
 * than a short line (a search for the line's ends would read the whole megabyte at every name).
 */
function shortLineStart(text: string, position: number): number {
  const start = shortLineStartBefore(text, position);
  let end = position;
  while (start >= 0 && end < text.length && text.charCodeAt(end) !== NEWLINE) {
    end++;
    if (end - start > SIGNATURE_LINE_MAX) return -1;
  }
  return start;
}

/** The start of the line that `end` closes, when at most a signature line's length back, or -1. */
function shortLineStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE) {
    start--;
    if (end - start > SIGNATURE_LINE_MAX) return -1;
  }
  return start;
}

/** "PS: Daan heeft sinds kort …" under the closing is a message of its own, not the signature. */
function isPostscript(original: string, lineStart: number): boolean {
  return /^\s*p\.?s\b/.test(original.slice(lineStart, lineStart + 8).toLowerCase());
}

/** Capitalised words a closing line may end with: the writer's name ("Groetjes Bram"). */
const CLOSING_NAME_WORDS = 2;

/**
 * Whether the line before `lineStart` (blank lines skipped) is a closing formula, alone or with
 * the writer's name after it ("Groetjes Bram", "Groet, Julia").
 */
function isAfterClosing(original: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end > 0 && ' \t\r\n>,.!'.includes(original.charAt(end - 1))) end--;
  // The closing line's last 40 characters at most, read back no further than that.
  let start = end;
  while (start > 0 && end - start < 40 && original.charCodeAt(start - 1) !== NEWLINE) start--;
  const line = original.slice(start, end);
  const closing = line.toLowerCase();
  if (CLOSING_ENDS.some((word) => closing.endsWith(word))) return true;
  // "Groetjes Bram", "Groet, Julia Vos": one or two capitalised words after the closing word.
  let at = line.length;
  for (let words = 0; words < CLOSING_NAME_WORDS; words++) {
    const space = line.lastIndexOf(' ', at - 1);
    const code = line.charCodeAt(space + 1);
    if (space < 0 || code < 65 || code > 90) return false;
    at = space;
    while (at > 0 && ' ,'.includes(line.charAt(at - 1))) at--;
    const before = closing.slice(0, at);
    if (CLOSING_ENDS.some((word) => before.endsWith(word))) return true;
  }
  return false;
}

/** Definite articles and demonstratives: "de leerling", "the pupil", "this child". */
export const DEFINITE_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'deze',
  'dit',
  'die',
  'dat',
  'the',
  'this',
  'that',
]);

/** Whether a definite article stands right before the word at `start`. */
/** A word right after "(" or ", " (spaces allowed): a detail in a list, no sentence's subject. */
function isDescriptorInList(folded: string, start: number): boolean {
  let before = start - 1;
  while (before >= 0 && folded.charCodeAt(before) === 32) before--;
  const code = folded.charCodeAt(before);
  return code === 40 || code === 44;
}

function isAfterDefiniteArticle(folded: string, start: number): boolean {
  if (start < 2 || !isWhitespace(folded.charCodeAt(start - 1))) return false;
  return DEFINITE_WORDS.has(folded.slice(wordStartBefore(folded, start - 1), start - 1));
}

/** "Karin,\n" or "> Frank,\n": a name that opens a line and ends it with a comma. */
function isSalutationLine(original: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (original.charCodeAt(before) === 32 || original.charCodeAt(before) === 62))
    before--;
  if (before >= 0 && original.charCodeAt(before) !== 10) return false;
  if (original.charCodeAt(end) !== 44) return false;
  let after = end + 1;
  while (original.charCodeAt(after) === 32) after++;
  const next = original.charCodeAt(after);
  return Number.isNaN(next) || next === 10 || next === 13;
}

/** The end of a person word with its plural ending: "collega's", "teachers", "medewerkers". */
function afterPlural(original: string, end: number): number {
  const next = original.charCodeAt(end);
  // "'s", "’s"
  if ((next === 39 || next === 8217) && original.charCodeAt(end + 1) === 115) return end + 2;
  if (next === 115) return end + 1;
  return end;
}

/** A greeting followed by a comma or line break ("Hi,", "Beste,\n") greets nobody by name. */
function isGreetingClosed(original: string, end: number): boolean {
  const next = original.charCodeAt(end);
  return next === 44 || next === 10 || next === 13;
}
