// Finds where a text points at one person: a given name, "uw zoon", "de leerling", "collega",
// "mijn". Sensitive words only matter next to such a mention (Bijlage 7 is about identifiable
// people; a newsletter about dyslexia is not a pupil file).
import { FIRST_NAMES } from '../../policy/lexicon/first-names';

export type MentionKind = 'name' | 'pupil' | 'adult' | 'self';

export interface PersonMention {
  kind: MentionKind;
  start: number;
  /** A given name ("Daan", "juf Ellen"), as opposed to a word such as "leerling". */
  isNamed: boolean;
  /** "groep 5": points at pupils, but is no person to tie a term to. */
  isClass?: boolean;
  /** "ik", "mijn": the writer speaking of themself. */
  isFirstPerson?: boolean;
}

const NAMES = new Set(FIRST_NAMES.map((name) => name.toLowerCase()));

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
]);
/** Words before the name of the person written to or writing: "Beste Sanne", "Groet, Harm". */
const GREETINGS = new Set([
  'beste',
  'hoi',
  'hallo',
  'hi',
  'hey',
  'dag',
  'lieve',
  'geachte',
  'groet',
  'groeten',
  'gr',
  'groetjes',
]);
/** "hij", "haar": the person last named, so "Gerard … hij meldt zich bij de bedrijfsarts" ties. */
const PRONOUNS = new Set(['hij', 'hem', 'zij', 'ze', 'haar']);
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 600;
/**
 * Verbs after which a capitalised unknown word is most likely a name: "Sep heeft ADHD", "Quirijn
 * woont bij zijn oma". Names are too many to list; this catches the ones the list misses.
 */
const PERSON_VERBS = new Set(['heeft', 'krijgt', 'kreeg', 'gebruikt', 'woont', 'slikt', 'huilt']);
/** Capitalised words that start sentences and are no names. */
const NOT_NAMES = new Set([
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
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
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
]);
const FIRST_PERSON = new Set(['ik', 'mijn', 'mij', 'me']);
const SELF_WORDS = new Set(['ik', 'mijn', 'mij', 'me', 'je', 'jouw', 'jij', 'uw', 'u']);

/** What a person word is; looked up together with the sensitive terms in one pass. */
export interface PersonWordTag {
  kind: 'person';
  role: 'name' | 'pupil' | 'adult' | 'self' | 'title' | 'class' | 'greeting' | 'pronoun' | 'verb';
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
  ...tagged(GREETINGS, 'greeting'),
  ...tagged(PRONOUNS, 'pronoun'),
  ...tagged(PERSON_VERBS, 'verb'),
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
): PersonMention[] {
  // A name once written with a title ("juf Petra") is that adult everywhere in the text.
  const titledNames = new Set<string>();
  let previousTitle = -2;
  for (const hit of hits) {
    if (hit.tag.role === 'title') previousTitle = hit.word;
    else if (hit.tag.role === 'name' && previousTitle === hit.word - 1) titledNames.add(hit.term);
  }
  const mentions: PersonMention[] = [];
  let lastWord = -1;
  let lastPerson: PersonMention | undefined;
  let greetingWord = -3;
  let titleWord = -2;
  for (const hit of hits) {
    const { role } = hit.tag;
    if (role === 'greeting') greetingWord = hit.word;
    if (role === 'title') titleWord = hit.word;
    if (role === 'title' || role === 'greeting' || hit.word === lastWord) continue; // one mention per word
    let mention: PersonMention | undefined;
    if (role === 'verb') {
      const name =
        hit.word - 1 === lastWord ? undefined : unknownNameBefore(original, folded, hit.start);
      if (name !== undefined) {
        mentions.push({ kind: 'name', start: name, isNamed: true });
        lastPerson = mentions[mentions.length - 1];
      }
      continue;
    }
    if (role === 'pronoun') {
      if (lastPerson && hit.start - lastPerson.start <= PRONOUN_REACH)
        mention = { kind: lastPerson.kind, start: hit.start, isNamed: lastPerson.isNamed };
    } else if (role === 'name') {
      if (isCapitalised(original, hit.start))
        mention = {
          kind: nameKind(hit, titledNames, correspondents, greetingWord, titleWord),
          start: hit.start,
          isNamed: true,
        };
    } else if (role === 'class') {
      if (isClassNumber(folded, hit.end))
        mention = { kind: 'pupil', start: hit.start, isNamed: false, isClass: true };
    } else if (role === 'adult' && hit.word - greetingWord === 1) {
      // "Geachte mevrouw", "Beste collega": the person written to, as if named.
      mention = { kind: 'self', start: hit.start, isNamed: true };
    } else {
      mention = {
        kind: role,
        start: hit.start,
        isNamed: false,
        isFirstPerson: FIRST_PERSON.has(hit.term),
      };
    }
    if (mention) {
      mentions.push(mention);
      lastWord = hit.word;
      if (role !== 'pronoun' && mention.kind !== 'self' && !mention.isClass) lastPerson = mention;
    }
  }
  return mentions;
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

/** The start of a capitalised, otherwise lower-case word right before `verbStart`, if it may be a name. */
function unknownNameBefore(
  original: string,
  folded: string,
  verbStart: number,
): number | undefined {
  const end = verbStart - 1;
  if (original[end] !== ' ') return undefined;
  let start = end;
  while (
    start > 0 &&
    start > verbStart - 17 &&
    folded.charCodeAt(start - 1) >= 97 &&
    folded.charCodeAt(start - 1) <= 122
  )
    start--;
  const word = folded.slice(start, end);
  if (word.length < 2 || NOT_NAMES.has(word) || !isCapitalised(original, start)) return undefined;
  const before = original.charCodeAt(start - 1);
  // A letter glued before it means we are inside a word.
  if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) return undefined;
  return start;
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
