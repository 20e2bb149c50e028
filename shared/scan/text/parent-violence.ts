// Finds a parent who hits, told in plain words: "mama slaat me met de riem", "his dad hits him
// with a belt", "Dad hit mum again", "wordt geslagen door zijn stiefvader", "beaten by her
// father". It is a sign of abuse in the child's home and the parent's own conduct (domestic
// violence), so it counts for both. The verb must have a person as its object ("papa slaat
// alarm", "dad hit the road" are no violence), and "niet" or "never" right after undoes it.
import { isAsciiLower } from './chars';
import { ONE_PARENT_WORDS } from './parent-words';

/** The evidence's term, also listed among a parent's own situations. */
export const PARENT_VIOLENCE_TERM = 'violence by a parent';

interface ParentViolenceHit {
  start: number;
  end: number;
}

/** Parents and step-parents, as a child calls them too. */
const PARENTS = new Set([
  ...ONE_PARENT_WORDS,
  'mam',
  'pap',
  'daddy',
  'mummy',
  'mommy',
  'stepdad',
  'stepfather',
  'stepmother',
]);
/** "Papa slaat …", "dad hits …": the verb right after the parent. */
const HITTING_VERBS = new Set([
  'slaat',
  'sloeg',
  'schopt',
  'schopte',
  'trapt',
  'trapte',
  'mishandelt',
  'mishandelde',
  'hits',
  'hit',
  'beats',
  'beat',
  'slaps',
  'slapped',
  'kicks',
  'kicked',
  'punches',
  'punched',
  'smacks',
  'smacked',
]);
/** Whom the verb hits: the child or the other parent. */
const PERSON_OBJECTS = new Set([
  'me',
  'mij',
  'hem',
  'haar',
  'ons',
  'hen',
  'him',
  'her',
  'us',
  'them',
  ...PARENTS,
]);
/** "… geslagen door zijn vader", "beaten by her father": the participle before "door" or "by". */
const HIT_PARTICIPLES = new Set([
  'geslagen',
  'geschopt',
  'getrapt',
  'mishandeld',
  'beaten',
  'hit',
  'slapped',
  'kicked',
  'punched',
  'smacked',
]);
const AGENT_WORDS = new Set(['door', 'by']);
/** Words between the agent word and the parent: "door zijn vader", "by her stepdad". */
const OWNERS = new Set(['zijn', 'haar', 'hun', 'de', 'his', 'her', 'their', 'the']);
const NEGATIONS = new Set(['niet', 'nooit', 'never', 'not']);

/** The verbs and participles above: only their neighbours are read. */
const VIOLENCE_WORDS = new Set([...HITTING_VERBS, ...HIT_PARTICIPLES]);
/** Their first letters, so most words are passed over without being cut out of the text. */
const FIRST_LETTERS = new Set([...VIOLENCE_WORDS].map((word) => word.charCodeAt(0)));

interface Word {
  text: string;
  start: number;
  end: number;
}

/** @example findParentViolence('"mama slaat me met de riem"') // [{ start: 1, end: 15 }] */
export function findParentViolence(folded: string): ParentViolenceHit[] {
  const hits: ParentViolenceHit[] = [];
  for (const verb of violenceWords(folded)) {
    const parent = wordBefore(folded, verb.start);
    const object = wordAfter(folded, verb.end);
    if (parent && object && PARENTS.has(parent.text) && HITTING_VERBS.has(verb.text)) {
      if (
        PERSON_OBJECTS.has(object.text) &&
        !NEGATIONS.has(wordAfter(folded, object.end)?.text ?? '')
      )
        hits.push({ start: parent.start, end: object.end });
      continue;
    }
    // "geslagen door zijn stiefvader", "beaten by her father".
    if (!object || !HIT_PARTICIPLES.has(verb.text) || !AGENT_WORDS.has(object.text)) continue;
    const next = wordAfter(folded, object.end);
    const agent = next && OWNERS.has(next.text) ? wordAfter(folded, next.end) : next;
    if (agent && PARENTS.has(agent.text)) hits.push({ start: verb.start, end: agent.end });
  }
  return hits;
}

/** The words of the text that are a hitting verb or participle, read in one pass. */
function* violenceWords(folded: string): Generator<Word> {
  let at = 0;
  while (at < folded.length) {
    if (!isAsciiLower(folded.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (isAsciiLower(folded.charCodeAt(at))) at++;
    if (!FIRST_LETTERS.has(folded.charCodeAt(start))) continue;
    const text = folded.slice(start, at);
    if (VIOLENCE_WORDS.has(text)) yield { text, start, end: at };
  }
}

/** Characters that may stand between two words of one phrase: spaces, quotes, a line break. */
function isGap(code: number): boolean {
  return code === 32 || code === 10 || code === 34 || code === 39 || code === 9;
}

/** The word right before `at`, across a gap of at most two characters ("papa slaat", '"mama slaat'). */
function wordBefore(folded: string, at: number): Word | undefined {
  let end = at;
  while (end > at - 2 && end > 0 && isGap(folded.charCodeAt(end - 1))) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  return start === end ? undefined : { text: folded.slice(start, end), start, end };
}

/** The word right after `at`, across a gap of at most two characters. */
function wordAfter(folded: string, at: number): Word | undefined {
  let start = at;
  while (start < at + 2 && isGap(folded.charCodeAt(start))) start++;
  if (start === at) return undefined;
  let end = start;
  while (isAsciiLower(folded.charCodeAt(end))) end++;
  return start === end ? undefined : { text: folded.slice(start, end), start, end };
}
