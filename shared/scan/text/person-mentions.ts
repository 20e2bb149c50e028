// Finds where a text points at one person: a given name, "uw zoon", "de leerling", "collega",
// "mijn". Sensitive words only matter next to such a mention (Bijlage 7 is about identifiable
// people; a newsletter about dyslexia is not a pupil file).
import { FIRST_NAMES } from '../../policy/lexicon/first-names';
import { forEachWord } from './term-matcher';

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
  'juf', 'juffrouw', 'meester', 'mevrouw', 'meneer', 'mw', 'mevr', 'dhr', 'heer', 'collega', 'directeur',
  'directrice', 'ib-er', "ib'er", 'moeder', 'vader', 'mama', 'papa', 'oma', 'opa', 'dokter', 'dr',
]);
const SELF_WORDS = new Set(['ik', 'mijn', 'mij', 'me', 'je', 'jouw', 'jij', 'uw', 'u']);

/** @example findPersonMentions('Daan (groep 5) heeft ADHD', folded) // [{ kind: 'name', … }, { kind: 'pupil', … }] */
export function findPersonMentions(original: string, folded: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  let previousWord = '';
  forEachWord(folded, (start, end) => {
    const word = folded.slice(start, end);
    const add = (kind: MentionKind, isNamed = false) => mentions.push({ kind, start, isNamed });
    if (NAMES.has(word) && isCapitalised(original, start)) add(ADULT_TITLES.has(previousWord) ? 'adult' : 'name', true);
    else if (PUPIL_WORDS.has(word)) add('pupil');
    else if (word === 'groep' && isClassNumber(folded, end)) add('pupil');
    else if (ADULT_WORDS.has(word)) add('adult');
    else if (SELF_WORDS.has(word)) add('self');
    previousWord = word;
  });
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
