// Questions about what the privacy policy does not cover — pay, leave, sick leave, timetables,
// fees, broken devices, first aid, teaching methods, the building — are declined unless an entry
// fits the whole question, so no entry answers them for sharing a word ("mail", "laptop"). The
// domains are roots, not phrases, so a new question about the same domain is recognised too. The
// word lists are policy-pack data (shared/policy/lexicon/informal-words.ts).
import {
  OUT_OF_SCOPE_FRAME_ROOTS,
  OUT_OF_SCOPE_ROOTS,
  OUT_OF_SCOPE_WORDS,
  PRIVACY_CORE_WORDS,
  PRIVACY_WORDS,
} from '../../shared/policy/lexicon/informal-words';
import { stemDutch } from './stem';
import { canonicalWord } from './synonyms';

/** A root this long also counts as the head or tail of a compound ("zomervakantierooster"). */
const MIN_COMPOUND_PART = 5;
/** A compound is at least this much longer than its listed part: "gymles", not "gyms". */
const MIN_OTHER_PART = 3;

interface RootSet {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  parts: readonly string[];
}

function rootSet(roots: readonly string[], words: readonly string[] = []): RootSet {
  return {
    words: new Set([...roots, ...words]),
    stems: new Set(roots.map(stemDutch)),
    parts: [...roots, ...words].filter((root) => root.length >= MIN_COMPOUND_PART),
  };
}

const TOPICS = rootSet(Object.values(OUT_OF_SCOPE_ROOTS).flat(), OUT_OF_SCOPE_WORDS);
const FRAMES = rootSet(Object.values(OUT_OF_SCOPE_FRAME_ROOTS).flat());

/**
 * A word of a domain: one of its roots in any form, or a compound with a root as head or tail.
 * A word the knowledge base itself uses is never off-topic by being a compound ("versleutel" is
 * not "sleutel"); only a root itself is.
 */
function isInDomain(word: string, roots: RootSet, isKnownWord: (word: string) => boolean): boolean {
  if (roots.words.has(word) || roots.stems.has(stemDutch(word))) return true;
  if (isKnownWord(word)) return false;
  return roots.parts.some(
    (part) =>
      word.length >= part.length + MIN_OTHER_PART && (word.startsWith(part) || word.endsWith(part)),
  );
}

const MIN_PRIVACY_TAIL = 6;

interface PrivacyStems {
  stems: ReadonlySet<string>;
  /** Stems long enough to name the topic as a compound's tail ("salarisgegevens"). */
  tails: readonly string[];
}

/** By stem, so "leerlingdossiers" and "foto's" count as "leerlingdossier" and "foto". */
function privacyStems(words: readonly string[]): PrivacyStems {
  const stems = new Set(words.map(stemDutch));
  return { stems, tails: [...stems].filter((stem) => stem.length >= MIN_PRIVACY_TAIL) };
}

const PRIVACY = privacyStems(PRIVACY_WORDS);
const PRIVACY_CORE = privacyStems(PRIVACY_CORE_WORDS);

/** A privacy word: itself, by its index word, or as a compound's tail ("salarisgegevens"). */
function isPrivacyWord(word: string, { stems, tails }: PrivacyStems): boolean {
  const stem = stemDutch(word);
  const canonical = canonicalWord(word);
  if (stems.has(stem) || (canonical !== undefined && stems.has(stemDutch(canonical)))) return true;
  return stem.length > MIN_PRIVACY_TAIL && tails.some((tail) => stem.endsWith(tail));
}

/** Words that open a time adjunct: "tijdens de lunchpauze" says when, not what is asked. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['tijdens', 'gedurende', 'during', 'onder']);
/** How many words after such a word still belong to the adjunct ("tijdens mijn lange verlof"). */
const WHEN_REACH = 3;

/** The words outside time adjuncts. */
function withoutWhen(words: readonly string[]): string[] {
  let skip = 0;
  return words.filter((word) => {
    if (WHEN_WORDS.has(word)) {
      skip = WHEN_REACH;
      return false;
    }
    if (skip === 0) return true;
    skip--;
    return false;
  });
}

/**
 * The words of a question that name a topic outside the policy. A privacy word ("foto", "dossier")
 * keeps a topic in scope ("ziekteverzuim van een leerling in het dossier" is about the dossier); a
 * money or camera question stays out of scope unless a core privacy word is named.
 * @param isKnownWord Whether the knowledge base uses the (folded) word.
 * @example offTopicWords(['hoeveel', 'vakantiedagen']) // ['vakantiedagen']
 * @example offTopicWords(['fotos', 'ouderavond']) // []
 */
export function offTopicWords(
  words: readonly string[],
  isKnownWord: (word: string) => boolean = () => false,
): string[] {
  const asked = withoutWhen(words);
  const topics = asked.filter((word) => isInDomain(word, TOPICS, isKnownWord));
  const frames = asked.filter((word) => isInDomain(word, FRAMES, isKnownWord));
  if (topics.length === 0 && frames.length === 0) return [];
  if (words.some((word) => isPrivacyWord(word, PRIVACY_CORE))) return [];
  const isPrivacy = words.some((word) => isPrivacyWord(word, PRIVACY));
  return [...new Set(isPrivacy ? frames : [...topics, ...frames])];
}
