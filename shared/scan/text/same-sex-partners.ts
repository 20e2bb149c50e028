// Finds a partner of the same gender told without the words for it: "Hij trouwt in juni met zijn
// vriend Tom", "wist je dat Chantal omgaat met een vrouw? Ze heeft het me verteld", "he is
// married to a man". Whom someone loves is sensitive; a friend met for coffee is not, so the
// sentence must also speak of a relationship (marrying, living together, going out).
import { isAsciiLower } from './chars';
import { genderOfPronoun, genderOfTitleWord, type Gender } from './person-mentions';
import { sentenceEndOf, sentenceStartOf } from './sentences';

interface SameSexPartnerHit {
  start: number;
  end: number;
}

/** The word before the partner: "met zijn vriend", "with a woman", "married to a man". */
const PARTNER_INTRO = /(?:^|[^a-z])(?:met|with|to)\s/g;
interface Partner {
  gender: Gender;
  /** "zijn vriend", "her girlfriend": the possessive says the other's gender too. */
  isPossessive: boolean;
}
/** The partner, two words after one of those. */
const PARTNERS = new Map<string, Partner>([
  ['zijn vriend', { gender: 'male', isPossessive: true }],
  ['his boyfriend', { gender: 'male', isPossessive: true }],
  ['haar vriendin', { gender: 'female', isPossessive: true }],
  ['her girlfriend', { gender: 'female', isPossessive: true }],
  ['een man', { gender: 'male', isPossessive: false }],
  ['a man', { gender: 'male', isPossessive: false }],
  ['een vrouw', { gender: 'female', isPossessive: false }],
  ['a woman', { gender: 'female', isPossessive: false }],
]);
const PARTNER_FIRST_WORD_MAX = 4;
/** Words of a relationship in the partner's sentence: marrying, living together, going out. */
const RELATIONSHIP_WORDS = new Set(
  'getrouwd bruiloft woont wonen relatie verkering omgaat verloofd married marry marrying wedding lives living relationship dating engaged'.split(
    ' ',
  ),
);
/** Word starts of the same: "trouwt", "trouwen"; "samenwonen", "samenwoont". */
const RELATIONSHIP_STARTS = ['trouw', 'samenwo'];
/** "samen is", "samen zijn": two words that say the same. */
const TOGETHER = 'samen';
const TOGETHER_VERBS = new Set(['is', 'zijn']);
/** Characters after the sentence in which a pronoun may still say whom it spoke of. */
const NEXT_SENTENCE_REACH = 60;

export function findSameSexPartners(folded: string): SameSexPartnerHit[] {
  const hits: SameSexPartnerHit[] = [];
  for (const intro of folded.matchAll(PARTNER_INTRO)) {
    const start = (intro.index ?? 0) + intro[0].length;
    // The partner's two words right after it ("met zijn\nvriend" wraps a line).
    const firstEnd = wordEnd(folded, start);
    // "zijn", "haar", "een", "a": a longer first word names no partner (no string is cut then).
    if (firstEnd - start > PARTNER_FIRST_WORD_MAX) continue;
    const end = wordEnd(folded, firstEnd + 1);
    if (!isSpace(folded.charCodeAt(firstEnd)) || end === firstEnd + 1) continue;
    const partner = PARTNERS.get(
      `${folded.slice(start, firstEnd)} ${folded.slice(firstEnd + 1, end)}`,
    );
    if (!partner) continue;
    const from = sentenceStartOf(folded, start);
    const to = sentenceEndOf(folded, end);
    if (!speaksOfRelationship(folded.slice(from, to))) continue;
    if (partner.isPossessive || subjectGender(folded, from, { start, end }, to) === partner.gender)
      hits.push({ start, end });
  }
  return hits;
}

function wordEnd(folded: string, from: number): number {
  let at = from;
  while (isAsciiLower(folded.charCodeAt(at))) at++;
  return at;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10;
}

function speaksOfRelationship(sentence: string): boolean {
  const words = sentence.match(/[a-z]+/g) ?? [];
  return words.some(
    (word, i) =>
      RELATIONSHIP_WORDS.has(word) ||
      RELATIONSHIP_STARTS.some((start) => word.startsWith(start)) ||
      (word === TOGETHER && TOGETHER_VERBS.has(words[i + 1] ?? '')),
  );
}

/**
 * The gender of whom the sentence speaks: the last gendered word before the partner, or else the
 * first after it, in its sentence or the next ("Chantal omgaat met een vrouw? Ze heeft het …").
 */
function subjectGender(
  folded: string,
  from: number,
  partner: { start: number; end: number },
  sentenceTo: number,
): Gender | undefined {
  let gender: Gender | undefined;
  for (const word of folded.slice(from, partner.start).match(/[a-z]+/g) ?? [])
    gender = genderOfWord(word) ?? gender;
  if (gender) return gender;
  const after = folded.slice(partner.end, sentenceTo + NEXT_SENTENCE_REACH);
  for (const word of after.match(/[a-z]+/g) ?? []) {
    const next = genderOfWord(word);
    if (next) return next;
  }
  return undefined;
}

/** The gender a pronoun or a title says ("she", "hij", "juf"); "zijn" is as often "to be". */
function genderOfWord(word: string): Gender | undefined {
  return word === 'zijn' ? undefined : (genderOfPronoun(word) ?? genderOfTitleWord(word));
}
