// Finds a person admitted to hospital or a clinic, told with the bare verb: "Ze is afgelopen
// weekend opgenomen, …", "Mijn man is vorige week opgenomen.", "Zijn moeder is weer opgenomen,".
// "Opgenomen" ends the clause after "is", "was", "werd" or "ben", with a person (a pronoun, a
// listed first name or a family word) right before that verb. A document taken into a file ("wordt in zijn
// personeelsdossier opgenomen"), a thing recorded ("het gesprek is opgenomen") or a plan ("in de
// begroting opgenomen") has no person before the verb or a place between. The same words with
// "meegenomen" or "opgepakt" ("Mijn man is vorige week meegenomen en mag niet naar huis") tell
// that someone was taken away by the police, and "zit … vast" ("Zijn vader zit sinds september
// vast (tot de zomer)") that they are detained: the separable verb with the time between.

import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';

/** How a finding names each kind: the evidence's term. */
export const ADMISSION_TERMS = {
  admitted: 'admitted (opgenomen)',
  taken: 'taken away (meegenomen)',
} as const;

interface AdmissionHit {
  /** Admitted to hospital or a clinic ("opgenomen"), or taken away by the police ("meegenomen"). */
  kind: 'admitted' | 'taken';
  start: number;
  end: number;
}

/** The verb word (folded text); what stands around it is read word by word. */
const ADMITTED = /(?:^|[^a-z])(opgenomen|meegenomen|opgepakt|vast)(?![a-z])/g;
/** What may follow: the clause ends (or, for "vast", a note in brackets: "vast (tot de zomer)"). */
const CLAUSE_END = /^(?:$|[.,;!?)\n]| en | maar | want )/;
/** Characters before the verb word in which "ze is afgelopen weekend" is read. */
const BEFORE_REACH = 50;
/** Words between the auxiliary and "opgenomen" at most: "is afgelopen weekend", "is vorige week". */
const MAX_BETWEEN = 4;
const AUXILIARIES = new Set(['is', 'was', 'werd', 'ben']);
/** "Zit … vast": the verb of detention, split around the time ("zit sinds maart vast"). */
const DETAINED_VERBS = new Set(['zit', 'zat', 'zitten']);
/**
 * Words that put a place or an agent between: "is in het verslag opgenomen", "door de school",
 * "is naar de dierentuin meegenomen".
 */
const PLACE_WORDS = new Set(['in', 'op', 'door', 'bij', 'als', 'onder', 'per', 'tot', 'naar']);
/** Words before the person that make them an owner of the subject: "de les van Danielle". */
const OWNER_WORDS = new Set(['van', 'met']);
/** Who may be admitted: pronouns and family words, besides the listed first names. */
const PERSON_WORDS = new Set([
  'ik',
  'ze',
  'zij',
  'hij',
  'man',
  'vrouw',
  'partner',
  'moeder',
  'vader',
  'mama',
  'papa',
  'oma',
  'opa',
  'broer',
  'zus',
  'zoon',
  'dochter',
]);

/** @example findAdmissions('ze is afgelopen weekend opgenomen, …') // [{ kind: 'admitted', start: 3, end: 33 }] */
export function findAdmissions(folded: string): AdmissionHit[] {
  const hits: AdmissionHit[] = [];
  for (const match of folded.matchAll(ADMITTED)) {
    const end = match.index + match[0].length;
    const verb = match[1] ?? '';
    const isDetained = verb === 'vast';
    const after = folded.slice(end, end + 7);
    if (!CLAUSE_END.test(after) && !(isDetained && after.startsWith(' ('))) continue;
    const verbs = isDetained ? DETAINED_VERBS : AUXILIARIES;
    const verbStart = end - verb.length;
    const from = Math.max(0, verbStart - BEFORE_REACH);
    // "… mijn man is vorige week " before "opgenomen": the words, last first.
    const words = folded
      .slice(from, verbStart)
      .split(/[ \n\t]/)
      .reverse();
    if (words[0] !== '') continue;
    let at = 1;
    while (at <= MAX_BETWEEN && !verbs.has(words[at] ?? '')) {
      if (PLACE_WORDS.has(words[at] ?? '') || /[.,;:!?]$/.test(words[at] ?? '')) break;
      at++;
    }
    if (!verbs.has(words[at] ?? '')) continue;
    const subject = words[at + 1] ?? '';
    if (!PERSON_WORDS.has(subject) && !NAMES.has(subject)) continue;
    // "ik zit vandaag vast": the writer is stuck (in traffic, in the work), not detained.
    if (isDetained && subject === 'ik') continue;
    // "De les van Danielle is opgenomen": the person owns what was recorded.
    if (OWNER_WORDS.has(words[at + 2] ?? '')) continue;
    // From the auxiliary on, the person before it left out ("mijn man | is … meegenomen"): the words
    // read back from the verb word, each separator one character as written.
    const start = verbStart - words.slice(0, at + 1).join(' ').length;
    hits.push({ kind: verb === 'opgenomen' ? 'admitted' : 'taken', start, end });
  }
  return hits;
}
