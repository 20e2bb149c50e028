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
const SELF_WORDS = new Set(['ik', 'mijn', 'mij', 'me', 'je', 'jouw', 'jij', 'uw', 'u']);

/** What a person word is; looked up together with the sensitive terms in one pass. */
export interface PersonWordTag {
  kind: 'person';
  role: 'name' | 'pupil' | 'adult' | 'self' | 'title' | 'class';
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
): PersonMention[] {
  // A name once written with a title ("juf Petra") is that adult everywhere in the text.
  const titledNames = new Set<string>();
  let titleWord = -2;
  for (const hit of hits) {
    if (hit.tag.role === 'title') titleWord = hit.word;
    else if (hit.tag.role === 'name' && titleWord === hit.word - 1) titledNames.add(hit.term);
  }
  const mentions: PersonMention[] = [];
  let lastWord = -1;
  for (const hit of hits) {
    const { role } = hit.tag;
    if (role === 'title' || hit.word === lastWord) continue; // one mention per word
    let mention: PersonMention | undefined;
    if (role === 'name') {
      if (isCapitalised(original, hit.start)) {
        mention = {
          kind: titledNames.has(hit.term) ? 'adult' : 'name',
          start: hit.start,
          isNamed: true,
        };
      }
    } else if (role === 'class') {
      if (isClassNumber(folded, hit.end))
        mention = { kind: 'pupil', start: hit.start, isNamed: false };
    } else {
      mention = { kind: role, start: hit.start, isNamed: false };
    }
    if (mention) {
      mentions.push(mention);
      lastWord = hit.word;
    }
  }
  return mentions;
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
