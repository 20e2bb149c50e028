// Dutch verb forms the Snowball stemmer leaves apart: "bewaart", "gestuurd" and "gemaakt" do not
// stem like "bewaren", "sturen" and "maken". These are the forms to try, without the -t or -d
// ending and the ge- prefix; the analyzer keeps the first whose stem the knowledge base knows.
import { PARTICLES } from './separable-verbs';

const MIN_LENGTH = 5;

/** @example verbFormCandidates('gestuurd') // ['gestuur', 'stuurd', 'stuur'] */
export function verbFormCandidates(word: string): string[] {
  if (word.length < MIN_LENGTH) return [];
  const candidates: string[] = [];
  const endsInTd = word.endsWith('t') || word.endsWith('d');
  if (endsInTd) candidates.push(word.slice(0, -1));
  if (word.startsWith('ge') && word.length > MIN_LENGTH) {
    const bare = word.slice(2);
    candidates.push(bare);
    if (endsInTd) candidates.push(bare.slice(0, -1));
  }
  return candidates;
}

/** English endings staff's English questions inflect with, longest first, and what replaces them. */
const ENGLISH_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
];

/**
 * English inflections the Dutch stemmer leaves apart: "reported", "decides" and "sending" do not
 * stem like "report", "decide" and "send". The base forms to try, as for the Dutch ones.
 * @example englishFormCandidates('decides') // ['decid', 'decide']
 */
export function englishFormCandidates(word: string): string[] {
  if (word.length < MIN_LENGTH) return [];
  const candidates: string[] = [];
  for (const [ending, replacements] of ENGLISH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length);
    for (const replacement of replacements) candidates.push(bare + replacement);
  }
  return [...new Set(candidates)];
}

/** A root ending in one vowel and one consonant ("klag" of "klagen"): closed, Dutch doubles the vowel ("klaag"). */
const OPEN_SYLLABLE_ROOT = /^(.*[^aeiou])([aeiou])([^aeiouy])$/u;
/** Dutch writes no "z" or "v" at the end of a syllable: "lezen" is "lees-", "schaven" "schaaf-". */
const FINAL_VOICELESS: Readonly<Record<string, string>> = { z: 's', v: 'f' };

/**
 * The stem and third person of a Dutch verb whose infinitive has a long vowel in an open syllable,
 * which the stemmer leaves apart from them: "klagen" is "klaag" and "klaagt", "lezen" "leest".
 * @example longVowelForms('klagen') // ['klaag', 'klaagt']
 */
export function longVowelForms(word: string): string[] {
  if (word.length < MIN_LENGTH || !word.endsWith('en')) return [];
  const match = OPEN_SYLLABLE_ROOT.exec(word.slice(0, -2));
  if (!match) return [];
  const [, head = '', vowel = '', consonant = ''] = match;
  const root = `${head}${vowel}${vowel}${FINAL_VOICELESS[consonant] ?? consonant}`;
  return [root, `${root}t`];
}

/** The weak past tense's endings, plural first ("stuurden" before "stuurde"). */
const WEAK_PAST_ENDINGS: readonly string[] = ['den', 'ten', 'de', 'te'];
/** What is left of a verb after its particle is at least this long ("op" + "slaan"). */
const MIN_VERB_REST = 4;
/** A chat-clipped "-en" after a consonant: "meldn" (e dropped) and "hebbe" (n dropped). */
const CLIPPED_E = /[^aeiouy]n$/u;
const CLIPPED_N = /[^aeiouy]e$/u;
const MIN_CLIPPED_LENGTH = 4;
/** Plural "-s" of an abbreviation ("BSN's", "pc's"): the word is at most this long. */
const MAX_ABBREVIATION_PLURAL = 5;

/**
 * Forms of the spoken register the stemmer leaves apart, to try after verbFormCandidates: the verb
 * without its particle ("opsturen", "meesturen", "uitprinten" are "sturen" and "printen" to the
 * index, also with ge- and -t/-d: "opgestuurd"), the weak past tense ("belde", "stuurden"), also
 * as its participle ("klikte" as "geklikt"), an abbreviation's plural ("bsns" from "BSN's"), and an
 * "-en" clipped in chat ("meldn", "hebbe").
 * @example informalFormCandidates('opsturen') // ['sturen']
 */
export function informalFormCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (const particle of PARTICLES) {
    const rest = word.slice(particle.length);
    if (!word.startsWith(particle) || rest.length < MIN_VERB_REST) continue;
    candidates.push(rest, ...verbFormCandidates(rest));
    break;
  }
  if (word.length >= MIN_LENGTH) {
    const ending = WEAK_PAST_ENDINGS.find((each) => word.endsWith(each));
    if (ending !== undefined) {
      const root = word.slice(0, -ending.length);
      // "klikte" is "geklikt" to an index that has only the participle.
      candidates.push(root, `ge${root}${ending.charAt(0)}`);
    }
  }
  if (word.endsWith('s') && word.length >= 3 && word.length <= MAX_ABBREVIATION_PLURAL)
    candidates.push(word.slice(0, -1));
  candidates.push(...clippedEnForms(word));
  return [...new Set(candidates)];
}

/**
 * The word with the "-en" chat clips restored: "meldn" (e dropped), "hebbe" (n dropped).
 * @example clippedEnForms('meldn') // ['melden']
 */
export function clippedEnForms(word: string): string[] {
  if (word.length < MIN_CLIPPED_LENGTH) return [];
  if (CLIPPED_E.test(word)) return [`${word.slice(0, -1)}en`];
  if (CLIPPED_N.test(word)) return [`${word}n`];
  return [];
}
