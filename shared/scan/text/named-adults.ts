// Whether a named person is an adult: introduced as a relative or a spouse ("mijn man Hamid", "de
// oma van Sem"), described by an apposition, or owning a family word or an own child.
import { isAsciiLower } from './chars';
import { type PersonMention } from './person-mentions';
import { hasSentenceEnd, sentenceStartOf } from './sentences';
import { SELF_REACH, type WeightedHit } from './sensitive-hits';
import { isWordBefore } from './words-around';
import { thirdPersonOwned } from './adult-life';

/** Possessives of a named adult before a family word: "haar zus", "zijn kinderen". */
const ADULT_OWNERS = ['haar ', 'zijn ', 'her ', 'his '];

/** "Sanne … bij haar zus": a family word owned by a pronoun that stands for a named adult. */
export function isAdultsRelative(
  near: readonly PersonMention[],
  mention: PersonMention,
  folded: string,
): boolean {
  // "… haar zus. Ze zei …": a pronoun for that relative is theirs too.
  const relative =
    mention.antecedent === undefined
      ? mention
      : near.find((other) => other.start === mention.antecedent);
  if (relative === undefined) return false;
  const owner = ADULT_OWNERS.find((word) => folded.startsWith(word, relative.start - word.length));
  if (owner === undefined) return false;
  const ownerAt = relative.start - owner.length;
  return near.some((other) => other.start === ownerAt && other.kind === 'adult' && other.isNamed);
}

/** Relatives named through a child ("de oma van Tygo"), with the gender a pronoun must agree with. */
/** What joins two children named through one relative: "de vader van Sara en Tim". */
const PAIR_JOINS = [' en ', ' and '];

export const RELATIVES = new Map<string, 'female' | 'male'>([
  ...[
    'moeder',
    'grootmoeder',
    'stiefmoeder',
    'oma',
    'mama',
    'tante',
    'mother',
    'grandmother',
    'stepmother',
    'grandma',
    'granny',
    'mum',
    'mom',
    'aunt',
  ].map((word) => [word, 'female'] as const),
  ...[
    'vader',
    'grootvader',
    'stiefvader',
    'opa',
    'papa',
    'oom',
    'father',
    'grandfather',
    'stepfather',
    'grandpa',
    'dad',
    'uncle',
  ].map((word) => [word, 'male'] as const),
]);
const PRONOUN_GENDER = new Map<string, 'female' | 'male'>([
  ['ze', 'female'],
  ['zij', 'female'],
  ['she', 'female'],
  ['hij', 'male'],
  ['he', 'male'],
]);
/** "haar zoon", "his daughter": the person spoken of before has a child, so is an adult. */
const OWN_CHILD = new Set([
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kinderen',
  'son',
  'daughter',
  'children',
  'kids',
  // "Henk … zijn leerlingen", "Inge … haar collega's", "his pupils": only staff have pupils or
  // colleagues, whatever else the mail says of children.
  'leerlingen',
  'kleuters',
  'collega',
  'pupils',
  'students',
  'colleague',
  'colleagues',
]);
/** Characters after a name in which "haar zoon" still speaks of that person. */
const OWN_CHILD_REACH = 250;

/** Spouse words that introduce a name: "mijn man Hamid", "haar vrouw Anja", "my husband Tom". */
const SPOUSE_BEFORE_NAME = [
  'man ',
  'vrouw ',
  'echtgenoot ',
  'echtgenote ',
  'partner ',
  'husband ',
  'wife ',
  'boyfriend ',
  'girlfriend ',
];

/** "mijn man Hamid", "my husband Tom": the name (or a pronoun for it) a spouse word introduces. */
export function isSpouseIntroduced(folded: string, mention: PersonMention): boolean {
  const at = mention.antecedent ?? mention.start;
  return SPOUSE_BEFORE_NAME.some((words) => isWordBefore(folded, words, at));
}

/** "de oma van " before a name: the relative's gender; undefined when no relative stands there. */
function relativeBefore(folded: string, at: number): 'female' | 'male' | undefined {
  // "de vader van Sara en Tim": the second child of a pair is named through the same relative.
  const pair = PAIR_JOINS.find((join) => folded.endsWith(join, at));
  if (pair !== undefined) {
    let start = at - pair.length;
    while (start > 0 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
    if (start < at - pair.length) at = start;
  }
  const before = folded.slice(Math.max(0, at - 20), at);
  if (!before.endsWith(' van ') && !before.endsWith(' of ')) return undefined;
  const words = before.split(/[^a-z]+/);
  return RELATIVES.get(words[words.length - 3] ?? '');
}

/** Words between a name's comma and the adult role in apposition: "Henk, onze conciërge". */
const APPOSITION_WORDS = new Set(['de', 'het', 'onze', 'ons', 'een', 'the', 'our', 'a', 'an']);
/** The longest name (given name and surname) read before an apposition's comma. */
const APPOSITION_NAME_REACH = 30;

/**
 * "Piotr Nowak, the volunteer who helps with reading", "Henk, onze conciërge, …": an unnamed
 * adult role word right after the name's comma, with at most an article or "our" between.
 */
export function isAdultByApposition(
  folded: string,
  at: number,
  near: readonly PersonMention[],
): boolean {
  const comma = folded.indexOf(', ', at);
  if (comma === -1 || comma - at > APPOSITION_NAME_REACH) return false;
  if (hasSentenceEnd(folded, at, comma)) return false;
  let start = comma + 2;
  const word = folded.slice(start, folded.indexOf(' ', start));
  if (APPOSITION_WORDS.has(word)) start += word.length + 1;
  return near.some(
    (other) => other.start === start && other.kind === 'adult' && !other.isNamed && !other.isClass,
  );
}

/**
 * A name that is an adult by its place in the sentence: after "de oma van" the name is the child
 * the adult is named through ("de oma van Tygo … ze ruikt naar drank"), and a name followed by
 * "haar zoon" with no other name between is a parent ("Gerda … haar zoon heeft schulden").
 */
export function isNamedAdult(
  folded: string,
  mention: PersonMention,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  const at = mention.antecedent ?? mention.start;
  // "Piotr Nowak, the volunteer who helps …", "Henk, onze conciërge,": an adult by apposition.
  if (isAdultByApposition(folded, at, near)) return true;
  if (ownsSpouse(folded, at)) return true;
  const relative = relativeBefore(folded, at);
  if (relative) {
    // The relative is the subject only in the same sentence, with no pronoun for the child between:
    // "Moeder van Yusuf belde: hij is opgenomen" is about Yusuf.
    const from = Math.min(mention.start, hit.start);
    const to = Math.max(mention.start, hit.start);
    const pronouns = folded.slice(from, to).split(/[^a-z]+/);
    return (
      !hasSentenceEnd(folded, from, to) &&
      !pronouns.some((word) => {
        const gender = PRONOUN_GENDER.get(word);
        return gender !== undefined && gender !== relative;
      })
    );
  }
  const child = thirdPersonOwned(folded.slice(at, at + OWN_CHILD_REACH), OWN_CHILD);
  if (child === undefined) return false;
  const childAt = at + child;
  // "Gerda … Daan … zijn zoon": another name between may own the child.
  return !near.some(
    (other) =>
      other.kind === 'name' &&
      (other.antecedent ?? other.start) !== at &&
      other.start > at &&
      other.start < childAt,
  );
}

/** Characters from a name's start that hold the name, "'s" and the spouse word. */
const OWNED_SPOUSE_REACH = 40;

/** "Lieve's husband", "Tom's wife", "Sanne's ex-partner": a name that owns a spouse is an adult. */
function ownsSpouse(folded: string, at: number): boolean {
  const owned = /^[a-z-]+'s ([a-z-]+)/.exec(folded.slice(at, at + OWNED_SPOUSE_REACH))?.[1];
  return owned !== undefined && isSpouseWord(owned);
}

/**
 * Someone's spouse, by a possessive: "mijn man", "je vrouw", "haar ex-man", "my husband". A bare
 * "man" or "vrouw" is anyone ("een man stond bij het hek"); after "mijn", "je", "haar" it is a partner.
 */
const SPOUSE_OWNERS = new Set([
  'mijn',
  'je',
  'jouw',
  'uw',
  'haar',
  'zijn',
  'my',
  'your',
  'her',
  'his',
]);
export const SPOUSES = new Set([
  'man',
  'vrouw',
  'partner',
  'echtgenoot',
  'echtgenote',
  'husband',
  'wife',
]);

/** A spouse word, also a former one: "man", "ex-vrouw", "ex-husband". */
function isSpouseWord(word: string): boolean {
  return SPOUSES.has(word.startsWith('ex-') ? word.slice(3) : word);
}

/** A spouse named in the sentence just before `position`: "de situatie met je man en de gevangenis". */
export function isSpouseBefore(folded: string, position: number): boolean {
  const from = Math.max(sentenceStartOf(folded, position), position - SELF_REACH);
  const words = folded.slice(from, position).split(/[^a-z-]+/);
  // The first word may be cut off by the reach; it still counts as an owner only when whole.
  return words.some((word, index) => {
    const owner = words[index - 1];
    return owner !== undefined && SPOUSE_OWNERS.has(owner) && isSpouseWord(word);
  });
}
