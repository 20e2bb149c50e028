// The writer's own situation, told by the writer ("mijn burn-out", "ik ben ervaringsdeskundige",
// "ik ben de oma van Sem"): self-disclosure owns a term unless an anonymous child stands between.
import { type PersonMention } from './person-mentions';
import { hasSentenceEnd, sentenceStartOf } from './sentences';
import { SELF_REACH, type WeightedHit } from './sensitive-hits';

/**
 * Words that make the term a field someone works in: "zij heeft veel ervaring met dyslexie", "a
 * specialist in autism". The writer's own "ik heb ervaring met depressie" may be a disclosure.
 */
const EXPERTISE_CUES = [
  'ervaring met ',
  'ervaring in ',
  'expertise in ',
  'expertise op ',
  'gespecialiseerd in ',
  'specialist in ',
  'specialist op ',
  'kennis van ',
  'kennis over ',
  'experience with ',
  'experience in ',
  'expertise with ',
  'specialised in ',
  'specialized in ',
  'expert in ',
  'expert on ',
  'knowledge of ',
];
/** Any of EXPERTISE_CUES: one search tells most terms, which have none before them, apart. */
const ANY_EXPERTISE_CUE = new RegExp(EXPERTISE_CUES.join('|'));
/** Characters from an expertise cue to the term: "ervaring met kinderen met ADHD". */
const EXPERTISE_REACH = 40;
const WRITER_IN_SENTENCE = /(?:^|[^a-z])(?:ik|mijn|i|my|me|mij)(?=$|[^a-z])/;

export function isExpertise(folded: string, hit: WeightedHit): boolean {
  if (hit.category !== 'health' && hit.category !== 'pupil-record') return false;
  const from = Math.max(0, hit.start - EXPERTISE_REACH);
  const before = folded.slice(from, hit.start);
  if (!ANY_EXPERTISE_CUE.test(before)) return false;
  for (const cue of EXPERTISE_CUES) {
    const at = before.lastIndexOf(cue);
    if (at === -1 || hasSentenceEnd(before, at, before.length)) continue;
    const sentence = folded.slice(sentenceStartOf(folded, from + at), from + at);
    if (!WRITER_IN_SENTENCE.test(sentence)) return true;
  }
  return false;
}

/** "I", "my", "mijn" (the writer, not the reader) just before the term: the writer's own. */
export function isWritersOwn(hit: WeightedHit, near: readonly PersonMention[]): boolean {
  return near.some((mention) => mention.isFirstPerson === true && isOwnedBySelf(mention, hit));
}

/** "ik", "mijn", "uw" just before the term: the sensitive fact is the writer's or reader's own. */
/**
 * A child spoken of as anyone between the writer and the term: "als ik bij een kleuter blauwe
 * plekken zie", "if I see a child with bruises". The term is that child's, who is nobody.
 */
const ANY_ONE = new Set(['een', 'elke', 'iedere', 'a', 'an', 'any', 'every']);
const CHILD_NOUNS = new Set([
  'kind',
  'kindje',
  'kleuter',
  'leerling',
  'leerlinge',
  'jongen',
  'meisje',
  'child',
  'kid',
  'pupil',
  'student',
  'toddler',
]);

/** "een kleuter", "a toddler", "elke andere leerling": an indefinite, maybe one word, a child. */
function hasAnonymousChild(piece: string): boolean {
  const words = piece.split(/[^a-z]+/);
  for (let i = 0; i < words.length - 1; i++)
    if (
      ANY_ONE.has(words[i] ?? '') &&
      (CHILD_NOUNS.has(words[i + 1] ?? '') || CHILD_NOUNS.has(words[i + 2] ?? ''))
    )
      return true;
  return false;
}

/** The writer's own term ("mijn burn-out"), unless an anonymous child stands between them. */
export function isSelfsTerm(folded: string, mention: PersonMention, hit: WeightedHit): boolean {
  return (
    isOwnedBySelf(mention, hit) &&
    !(mention.start < hit.start && hasAnonymousChild(folded.slice(mention.start, hit.start))) &&
    !isWritersJudgement(folded, mention)
  );
}

/** The writer's judgement of someone else's case: "mijn vermoeden is", "my impression is". */
const WRITERS_JUDGEMENTS = [
  'mijn vermoeden',
  'mijn indruk',
  'mijn inschatting',
  'mijn conclusie',
  'mijn advies',
  'my suspicion',
  'my impression',
  'my assessment',
  'my conclusion',
  'my advice',
];

/**
 * "Mijn vermoeden is dyscalculie", "my impression is that it is anxiety": a professional's view of
 * a case owns the term by "mijn" or "my", but the condition is the case's, not the writer's.
 */
function isWritersJudgement(folded: string, mention: PersonMention): boolean {
  return WRITERS_JUDGEMENTS.some((words) => folded.startsWith(words, mention.start));
}

function isOwnedBySelf(mention: PersonMention, hit: WeightedHit): boolean {
  return (
    mention.kind === 'self' &&
    !mention.isNamed &&
    // Before the term, or inside it: "scan of my passport".
    mention.start < hit.end &&
    hit.start - mention.start <= SELF_REACH
  );
}

/**
 * "ik", "je" owning the term; the reader only in the term's own sentence: "dan hoef je niet alles
 * te zoeken. - Het intelligentieonderzoek …" is a pupil's test, not the reader's.
 */
export function isOwnInSentence(mention: PersonMention, hit: WeightedHit, folded: string): boolean {
  return (
    isOwnedBySelf(mention, hit) &&
    // The writer's "De operatie is goed gegaan" after "Het doet me goed" is still theirs.
    (mention.isFirstPerson === true ||
      mention.start >= hit.start ||
      !hasSentenceEnd(folded, mention.start, hit.start))
  );
}
/** Words for a grandparent a writer introduces themself by: "ik ben de opa van Mats", "I am Ava's grandmother". */
const GRANDPARENT_WORDS = [
  ' opa ',
  ' oma ',
  ' grootvader ',
  ' grootmoeder ',
  ' grandfather',
  ' grandmother',
  ' grandad',
  ' granddad',
  ' grandpa',
  ' grandma',
];
/** How the writer says who they are, in the characters before the grandparent word. */
const WRITER_IS = ['ik ben', 'i am', "i'm"];
/** Characters between "ik ben" and the grandparent word: "I am Ava's grandmother". */
const WRITER_IS_REACH = 24;

/** Whether the writer introduces themself as a grandparent somewhere in the text. */
export function isGrandparentWriter(folded: string): boolean {
  for (const word of GRANDPARENT_WORDS)
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const before = folded.slice(Math.max(0, at - WRITER_IS_REACH), at);
      if (WRITER_IS.some((words) => before.includes(words))) return true;
    }
  return false;
}
