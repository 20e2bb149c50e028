// The rules' own reading of a text as features for the learned model: at the word where the
// sensitive lexicon finds a topic term, a cue for its category and strength ("r:health2"), where it
// finds a general-mail word (newsletter, procedure) "r:general", a results word "r:results", and
// where it finds a person word the word's role ("r:pupil", "r:adult", "r:self", "r:pronoun" …).
// A new author's words the model never saw still carry the lexicon's knowledge this way, and the
// finding's explanation still names words: a cue's weight counts for the word it sits on.
// One cue per word (a topic before a general word before a person word), so the scan stays one
// hash probe per feature.
import type { SensitiveLexicon } from '../text/sensitive-content';
import { cueHash } from './word-features';

/** Where cues start in a text (ascending) and each cue's feature hash. */
export interface RuleCues {
  starts: Int32Array;
  hashes: Int32Array;
  count: number;
}

/** The cue names a lexicon tag can give, as the model file writes them after "r:". */
const CUE_HASHES = new Map<string, number>();

function hashOf(cue: string): number {
  let hash = CUE_HASHES.get(cue);
  if (hash === undefined) {
    hash = cueHash(cue);
    CUE_HASHES.set(cue, hash);
  }
  return hash;
}

/** Higher wins when two hits start in one word. */
function rank(kind: string): number {
  return kind === 'topic' ? 3 : kind === 'person' ? 1 : 2;
}

/** The cue name of one lexicon hit's tag. */
function cueOf(tag: ReturnType<SensitiveLexicon['matcher']['find']>[number]['tag']): string {
  if (tag.kind === 'topic') return `${tag.category}${tag.weight}`;
  if (tag.kind === 'person') return tag.role;
  return tag.kind;
}

/** Cue hash → its key as the model file writes it ("r:health2"), for the trainer. */
export function cueKeyOf(hash: number): string | undefined {
  for (const [cue, known] of CUE_HASHES) if (known === hash) return `r:${cue}`;
  return undefined;
}

export const NO_CUES: RuleCues = { starts: new Int32Array(0), hashes: new Int32Array(0), count: 0 };

/**
 * The cues of `folded` (fold(text): its offsets are the text's), one per hit start, ascending.
 * @example ruleCues(fold('Daan is ziek'), lexicon) // cues at "daan" (name) and "ziek" (health)
 */
export function ruleCues(folded: string, lexicon: SensitiveLexicon): RuleCues {
  const hits = lexicon.matcher.find(folded);
  const starts = new Int32Array(hits.length);
  const hashes = new Int32Array(hits.length);
  const ranks = new Int8Array(hits.length);
  let count = 0;
  // Hits come in word order; a compound's inner or tail hit starts inside its word, after its start.
  const order = hits.length < 2 ? hits : [...hits].sort((a, b) => a.start - b.start);
  for (const hit of order) {
    const hitRank = rank(hit.tag.kind);
    const last = count - 1;
    if (last >= 0 && starts[last] === hit.start) {
      if (hitRank > (ranks[last] ?? 0)) {
        hashes[last] = hashOf(cueOf(hit.tag));
        ranks[last] = hitRank;
      }
      continue;
    }
    starts[count] = hit.start;
    hashes[count] = hashOf(cueOf(hit.tag));
    ranks[count] = hitRank;
    count++;
  }
  return { starts, hashes, count };
}

/**
 * The cue hash of each of `words` words (starts/ends given), 0 for none: the first cue that starts
 * inside the word (a compound's own start before its inner parts). Written into `into`.
 */
export function cuesOfWords(
  cues: RuleCues,
  starts: Int32Array,
  ends: Int32Array,
  words: number,
  into: Int32Array,
  /** Added to each cue's start before comparing (a piece of the text read on its own). */
  offset = 0,
): void {
  let next = 0;
  for (let w = 0; w < words; w++) {
    const start = (starts[w] ?? 0) + offset;
    const end = (ends[w] ?? 0) + offset;
    while (next < cues.count && (cues.starts[next] ?? 0) < start) next++;
    into[w] = 0;
    // One cue per word: the first cue of the word (cues of one start are merged already).
    if (next < cues.count && (cues.starts[next] ?? 0) < end) into[w] = cues.hashes[next] ?? 0;
  }
}
