// Relatives' own situations: "mijn moeder heeft kanker", "zijn broer zit vast" is about a relative
// of the writer or of a named person, so the evidence is tied to that adult, not to a pupil.
import { genderOfPronoun, SUBJECT_PRONOUNS, type PersonMention } from './person-mentions';
import {
  FIRST_PERSON_OWNERS,
  isHypotheticalSentence,
  sentenceStartOf,
  sentenceWordsBefore,
  THIRD_PERSON_OWNERS,
} from './sentences';
import { type SensitiveEvidence, type WeightedHit, type TextContext } from './sensitive-hits';
import { hasCompanionTerm } from './companion-terms';
import { ONE_PARENT_WORDS } from './parent-words';
import { speaksOfAChild, writerCue } from './parents-and-children';
import { RELATIVES, SPOUSES } from './named-adults';
import { isExpertise } from './writer-own';
import { clauseWordsBefore, isWritersOwnHealth } from './writer-as-subject';
import { CHILD_CARE_PREFIXES } from './hit-subject';
import { firstAtOrAfter, thatClauseAfter } from './words-around';
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';

/** Grown-up relatives: parents, grandparents, spouses (a pupil's "broer" may be a child). */
const ADULT_RELATIVES = new Set([...RELATIVES.keys(), ...SPOUSES, 'ouders', 'parents']);
/** The writer's siblings are adults too: "mijn broer", "my sister". */
const WRITERS_SIBLINGS = new Set(['broer', 'zus', 'brother', 'sister']);
/** A grandparent's son or daughter is a pupil's parent, an adult: "Ik ben de opa van Mats. Mijn dochter …". */
const WRITERS_GROWN_CHILDREN = new Set(['dochter', 'zoon', 'daughter', 'son']);
/**
 * Words between the relative and the situation that make it someone else's: what the relative
 * says or asks ("her mum asked whether she could be assessed for dyslexia"), or the writer
 * beside them ("zijn vader en ik gaan uit elkaar … hij huilt veel").
 */
const OTHER_SUBJECT_WORDS = new Set([
  'asked',
  'asks',
  'says',
  'said',
  'thinks',
  'thought',
  'told',
  'tells',
  'wonders',
  'worries',
  // What the relative passes on: "Noah's mum forwarded the result of the assessment", "her
  // mother reports tearfulness before school on therapy days".
  'reports',
  'reported',
  'meldt',
  'meldde',
  'forwarded',
  'sent',
  'shared',
  'stuurde',
  'mailde',
  'vraagt',
  'vroeg',
  'zegt',
  'zei',
  'denkt',
  'dacht',
  'vindt',
  'vond',
  'belde',
  'vertelde',
  'maakt',
  // What the relative consents to: "her parents agree to a dyslexia screening", "moeder geeft
  // toestemming voor een onderzoek".
  'agree',
  'agrees',
  'agreed',
  'consent',
  'consents',
  'consented',
  'permission',
  'toestemming',
  'akkoord',
  // What the relative wants for the child: "Lucas's parents want a dyscalculia screening".
  'want',
  'wants',
  'wanted',
  'willen',
  'wil',
  'wilde',
  'wilden',
  'ik',
  'i',
  'we',
  'wij',
]);
/** Verbs of telling after which a reported clause starts without "dat" or "that". */
const TELLING_WORDS = new Set([
  'says',
  'said',
  'told',
  'tells',
  'zegt',
  'zei',
  'vertelde',
  'vertelt',
]);
/** Whom it is told to, between the telling verb and the clause: "told me", "vertelde mij". */
const TOLD_TO_WORDS = new Set(['me', 'us', 'mij', 'ons']);

/** "told me", "says", "vertelde ons": a telling verb, with whom it was told to, just before. */
function isToldBefore(previous: { text: string } | undefined, beforePrevious: string | undefined) {
  if (!previous) return false;
  if (TELLING_WORDS.has(previous.text)) return true;
  return TOLD_TO_WORDS.has(previous.text) && TELLING_WORDS.has(beforePrevious ?? '');
}

/** Characters from "my mother" to the situation said of her. */
const RELATIVE_REACH = 100;
/** Words before a name that make it a place, not a person: "near Zaporizhzhia", "in Lviv". */
const PLACE_WORDS = [
  ' in ',
  ' near ',
  ' at ',
  ' from ',
  ' to ',
  ' naar ',
  ' uit ',
  ' bij ',
  ' te ',
];

/** Characters before a relative in which "met … en" is looked for. */
const CO_OBJECT_REACH = 60;

/**
 * "met Tess Kurvers en haar ", "with Sam and his ": the text before a relative ends in the second
 * of two objects of "met" or "with", in one clause.
 */
function isSecondObject(before: string): boolean {
  const at = Math.max(before.lastIndexOf(' met '), before.lastIndexOf(' with '));
  if (at < 0) return false;
  const rest = before.slice(at);
  if (/[.;:!?]/.test(rest)) return false;
  const words = rest.trim().split(/\s+/);
  const and = words.at(-2);
  return words.length >= 4 && (and === 'en' || and === 'and');
}

/** A relative and whose they are: "mijn moeder" is { owner: 'mijn', relative: 'moeder' }. */
interface OwnRelative {
  owner: string;
  relative: string;
}

/**
 * "My brother was injured", "zijn moeder is opgenomen": the owned relative who is the subject of
 * the sentence before `position`, when no other person stands between; or undefined.
 */
function ownRelativeBefore(
  folded: string,
  mentions: readonly PersonMention[],
  position: number,
  isHome: boolean,
  context: TextContext,
): OwnRelative | undefined {
  let found: (OwnRelative & { start: number; end: number }) | undefined;
  // The owner word just before, when it starts its clause.
  let owner: string | undefined;
  // Looked up only for a possessive's candidates, not built for every term.
  const names: NameStarts = {
    has: (at) => mentions.some((mention) => mention.kind === 'name' && mention.start === at),
  };
  let previous: { text: string; start: number; isClauseStart: boolean } | undefined;
  let beforePrevious: string | undefined;
  for (const { text, start, isClauseStart } of clauseWordsBefore(
    folded,
    position,
    RELATIVE_REACH,
  )) {
    if (
      owner !== undefined &&
      (ADULT_RELATIVES.has(text) ||
        (FIRST_PERSON_OWNERS.has(owner) &&
          (WRITERS_SIBLINGS.has(text) ||
            (WRITERS_GROWN_CHILDREN.has(text) && context.isGrandparentWriter()))))
    )
      found = { owner, relative: text, start, end: start + text.length };
    // A child's parent's home ("his dad is in prison") is the child's home: the writer's own only.
    const isOwner = FIRST_PERSON_OWNERS.has(text) || (!isHome && THIRD_PERSON_OWNERS.has(text));
    // "Liekes vader is opgenomen", "Emre's mum has been in hospital": a named person's parent is
    // owned as "zijn vader" is.
    const namesOwner = !isHome && isPossessiveName(folded, text, start, names, previous);
    // "Emre's mum", and in spoken Dutch "Sanne haar vader": the name starts the clause.
    const startsClause =
      text === 's'
        ? previous?.isClauseStart === true
        : isClauseStart ||
          (THIRD_PERSON_OWNERS.has(text) &&
            // "Sofia told me her mum takes pills", "he says his dad …": what is told starts a
            // clause; so does "Sanne haar vader" with the name first.
            (isToldBefore(previous, beforePrevious) ||
              (previous?.isClauseStart === true && isName(names, previous.start, previous.text))));
    // "His mother was admitted", ", my wife is seeing": the relative starts the clause, it is not
    // the object of someone else's verb ("we called his mum", "door zijn vader opgehaald").
    owner = (isOwner || namesOwner) && startsClause ? (namesOwner ? "name's" : text) : undefined;
    beforePrevious = previous?.text;
    previous = { text, start, isClauseStart };
  }
  if (!found) return undefined;
  const relative = found;
  // "Na het consult met Tess en haar moeder: geen oorzaak voor de buikpijn": a relative named
  // beside someone after "met" or "with" is who was there, not whom the situation is about.
  if (isSecondObject(folded.slice(Math.max(0, relative.start - CO_OBJECT_REACH), relative.start)))
    return undefined;
  const between = folded.slice(relative.end, position).match(/[a-z]+/g) ?? [];
  if (between.some((word) => OTHER_SUBJECT_WORDS.has(word))) return undefined;
  // "Zoë's mum stopped me at the gate: her eczema is flaring": after a clause of the relative's
  // own, a colon opens what they tell ("zijn moeder: opgenomen" notes the relative's own).
  if (isToldAfterColon(folded.slice(relative.end, position))) return undefined;
  // "his mother took Sam to hospital": someone else between is who the situation is about.
  const isOther = mentions.some(
    (mention) =>
      mention.start > relative.end &&
      mention.start < position &&
      !mention.isClass &&
      mention.kind !== 'self' &&
      mention.antecedent !== relative.start &&
      // "my sister Maria is in hospital": the relative's own name right after the family word.
      !(mention.kind === 'name' && mention.start - relative.end <= 2) &&
      !PLACE_WORDS.some((word) => folded.startsWith(word, mention.start - word.length)) &&
      // A pronoun for a place ("near Zaporizhzhia and he …") stands for the relative.
      !(
        mention.antecedent !== undefined &&
        mention.antecedent > relative.end &&
        PLACE_WORDS.some((word) => folded.startsWith(word, (mention.antecedent ?? 0) - word.length))
      ),
  );
  return isOther ? undefined : { owner: relative.owner, relative: relative.relative };
}

/**
 * "Lars's mum just called. She has a severe eating disorder": a sentence that opens with a pronoun
 * goes on about the previous sentence's subject, when that subject is an owned relative of the
 * pronoun's gender ("Ella's dad …. He's on an alcohol programme"); or undefined.
 */
function relativeContinuedBefore(
  folded: string,
  mentions: readonly PersonMention[],
  position: number,
): OwnRelative | undefined {
  const start = sentenceStartOf(folded, position);
  const said = folded.slice(start, position).match(/[a-z]+/g) ?? [];
  const opening = said[0] ?? '';
  const gender = SUBJECT_PRONOUNS.has(opening) ? genderOfPronoun(opening) : undefined;
  if (!gender || start < 2 || said.some((word) => OTHER_SUBJECT_WORDS.has(word))) return undefined;
  // Nobody else named between the pronoun and the situation: "She said Noah has asthma".
  const pronounEnd = start + folded.slice(start).indexOf(opening) + opening.length;
  if (mentions.some((mention) => mention.start >= pronounEnd && mention.start < position))
    return undefined;
  const previous = folded.slice(sentenceStartOf(folded, start - 2), start).match(/[a-z]+/g) ?? [];
  const [first = '', second = '', third = ''] = previous;
  // "his mum …", "Lars's mum …" ("lars", "s", "mum"), "Liekes vader …".
  const owned = THIRD_PERSON_OWNERS.has(first)
    ? { owner: first, relative: second }
    : second === 's'
      ? { owner: "name's", relative: third }
      : first.endsWith('s') && NAMES.has(first.slice(0, -1))
        ? { owner: "name's", relative: second }
        : undefined;
  if (!owned || RELATIVES.get(owned.relative) !== gender) return undefined;
  return ONE_PARENT_WORDS.has(owned.relative) ? owned : undefined;
}

/** Words between a relative and a colon that make it a clause of theirs: "mum stopped me:". */
const MIN_CLAUSE_BEFORE_COLON = 2;

/** A colon after a clause of the relative's own: what follows it is what they told. */
function isToldAfterColon(between: string): boolean {
  const colon = between.indexOf(':');
  if (colon < 0) return false;
  return (between.slice(0, colon).match(/[a-z]+/g) ?? []).length >= MIN_CLAUSE_BEFORE_COLON;
}

/** Where the text's name mentions start. */
type NameStarts = Pick<ReadonlySet<number>, 'has'>;

/**
 * "Liekes" or the "s" of "Emre's", right after a name: that name as an owner. A line may open
 * with "Liekes", where no capital marks a name: a listed first name with an "s" is one.
 */
function isPossessiveName(
  folded: string,
  word: string,
  start: number,
  names: NameStarts,
  previous: { text: string; start: number } | undefined,
): boolean {
  if (word === 's') {
    const mark = folded.charCodeAt(start - 1);
    return (
      (mark === 39 || mark === 0x2019) && !!previous && isName(names, previous.start, previous.text)
    );
  }
  return word.length > 3 && word.endsWith('s') && isName(names, start, word.slice(0, -1));
}

/** A name mention at `start`, or a listed first name where a line's capital marks none. */
function isName(names: NameStarts, start: number, word: string): boolean {
  return NAMES.has(word) || names.has(start);
}

/** What withRelativesOwn makes of a hit: its evidence, and the relative's beside a child's. */
interface RelativesOwn {
  found: SensitiveEvidence | undefined;
  /** The grown-up relative's evidence, kept before `found`, when the situation is a child's too. */
  adultToo?: SensitiveEvidence;
}

/**
 * A health or home situation said of one's own grown-up relative is that adult's: the judged
 * evidence becomes the adult's (and stays the child's too when a child is spoken of: "his mother
 * is in a psychiatric ward" of a pupil's absence, then the adult's is `adultToo`). A term judged
 * to be nobody's becomes the relative's, or the writer's own, when it is strong or has a second
 * sign near, in a mail that is not general.
 */
export function withRelativesOwn(
  judged: SensitiveEvidence | undefined,
  index: number,
  hits: WeightedHit[],
  mentions: readonly PersonMention[],
  context: TextContext,
  folded: string,
): RelativesOwn {
  const hit = hits[index];
  if (!hit || (hit.category !== 'health' && hit.category !== 'home')) return { found: judged };
  if (judged?.subject === 'adult') return { found: judged };
  const relative =
    ownRelativeBefore(folded, mentions, hit.start, hit.category === 'home', context) ??
    (hit.category === 'home' ? undefined : relativeContinuedBefore(folded, mentions, hit.start)) ??
    parentsOwnBefore(folded, hit, mentions) ??
    parentTellsOwnBefore(folded, hit) ??
    parentSubjectBefore(folded, hit, mentions);
  if (judged) {
    if (!relative) return { found: judged };
    const cue = relativeCue(relative);
    const adult: SensitiveEvidence = { ...judged, subject: 'adult', tiedTo: 'adult', cue };
    // "My brother was injured" in a teacher's leave request: no child is spoken of, only the
    // writer's own family.
    const isWritersFamily = FIRST_PERSON_OWNERS.has(relative.owner);
    if (isWritersFamily && !speaksOfAChild(folded, mentions)) return { found: adult };
    return { found: judged, adultToo: adult };
  }
  if (!relative && !isWritersOwnHealth(hit, context, folded, mentions)) return { found: undefined };
  // "Mijn man is met de ambulance weggehaald": a situation said of the relative who is the
  // clause's subject is theirs without a second sign, as it is of a named person.
  if (hit.weight === 1 && !hasCompanionTerm(index, hits) && !(hit.isPersonal && relative))
    return { found: undefined };
  if (context.isGeneral(hit.start) || isExpertise(folded, hit)) return { found: undefined };
  if (isHypotheticalSentence(folded, sentenceStartOf(folded, hit.start)))
    return { found: undefined };
  return {
    found: {
      subject: 'adult',
      category: hit.category,
      term: hit.term,
      start: hit.start,
      end: hit.end,
      tiedTo: 'adult',
      cue: relative ? relativeCue(relative) : writerCue('I'),
    },
  };
}

/** Characters before a term in which "moeder heeft zelf" is looked for. */
const PARENT_SELF_REACH = 50;
/** Words that open another clause between a parent and the term: "moeder zegt zelf dat …". */
const SELF_CLAUSE_WORDS = new Set(['dat', 'die', 'of', 'omdat', 'want', 'that', 'who', 'because']);
/** Words a parent word and "zelf" may have between them: "moeder heeft (ook) zelf". */
const PARENT_SELF_GAP = 3;

/**
 * "Moeder heeft zelf een licht verstandelijke beperking", "vader is zelf ook dyslectisch", "his
 * mum has autism herself": "zelf" (or "herself", "himself" right after the term) says the
 * condition is the parent's own, not the child's the mail is about.
 */
function parentsOwnBefore(
  folded: string,
  hit: WeightedHit,
  mentions: readonly PersonMention[],
): OwnRelative | undefined {
  // A parent's home or detention is the child's home only, as elsewhere.
  if (hit.category !== 'health') return undefined;
  const from = Math.max(sentenceStartOf(folded, hit.start), hit.start - PARENT_SELF_REACH);
  const found = [...folded.slice(from, hit.start).matchAll(/[a-z]+/g)];
  const words = found.map((match) => match[0]);
  const isEnglishSelf = / (?:herself|himself)\b/.test(folded.slice(hit.end, hit.end + 20));
  // "Ik heb moeder gesproken: ze vertelde dat ze zelf verslaafd is geweest": a pronoun standing
  // for a parent word is that parent.
  const parentOfPronoun = (at: number) => {
    const mention = mentions[firstAtOrAfter(mentions, at)];
    const antecedent = mention?.start === at ? mention.antecedent : undefined;
    return parentWordAt(folded, antecedent);
  };
  for (let i = 0; i < words.length; i++) {
    const word = SUBJECT_PRONOUNS.has(words[i] ?? '')
      ? parentOfPronoun(from + (found[i]?.index ?? 0))
      : words[i];
    if (word === undefined || !ONE_PARENT_WORDS.has(word)) continue;
    // "Moeder zegt zelf dat Noah epilepsie heeft": a clause of someone else's after "zelf".
    const rest = words.slice(i + 1);
    if (rest.some((other) => SELF_CLAUSE_WORDS.has(other))) continue;
    const gap = rest.slice(0, PARENT_SELF_GAP);
    if (isEnglishSelf || gap.includes('zelf')) return { owner: 'zelf', relative: word };
  }
  return undefined;
}

/** A parent word and the pronoun that a parent uses of themself: "moeder … dat ze", "dad … that he". */
const PARENTS_PRONOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ['moeder', 'mama', 'stiefmoeder', 'mum', 'mom', 'mother'].map(
      (word) => [word, new Set(['ze', 'zij', 'she'])] as const,
    ),
    ['vader', 'papa', 'stiefvader', 'dad', 'father'].map(
      (word) => [word, new Set(['hij', 'he'])] as const,
    ),
  ].flat(),
);
/** Verbs a parent tells with, before "dat" or "that": "moeder vertelde (me) dat", "dad said that". */
const TELLING_VERBS = new Set(
  'vertelde vertelt verteld zei zegt gezegd aan told tells said says mentioned explained'.split(
    ' ',
  ),
);
/** Words between a parent and the telling verb: "Moeder heeft in het gesprek op school verteld". */
const TELLING_GAP = 8;

/**
 * "Moeder vertelde dat ze een zware depressie heeft", "his dad told me that he is in rehab": what a
 * parent tells of a "ze" or "hij" of their own gender, in the same sentence, is the parent's own
 * too (a child of the other gender would be "hij" after "moeder"). The child's finding stands.
 */
function parentTellsOwnBefore(folded: string, hit: WeightedHit): OwnRelative | undefined {
  if (hit.category !== 'health') return undefined;
  const words = sentenceWordsBefore(folded, hit.start);
  for (let i = 0; i < words.length; i++) {
    const pronouns = PARENTS_PRONOUNS.get(words[i] ?? '');
    if (pronouns === undefined) continue;
    const verb = words
      .slice(i + 1, i + 2 + TELLING_GAP)
      .findIndex((word) => TELLING_VERBS.has(word));
    if (verb === -1) continue;
    const clause = thatClauseAfter(words, i + 1 + verb);
    if (clause === -1 || !pronouns.has(words[clause] ?? '')) continue;
    // "… dat ze zegt dat hij …": another clause after the pronoun is someone else's.
    if (words.slice(clause + 1).some((word) => SELF_CLAUSE_WORDS.has(word))) continue;
    return { owner: 'told by', relative: words[i] ?? '' };
  }
  return undefined;
}

/**
 * Words that open the clause a parent may be the subject of: "… dat moeder is opgenomen". (Not
 * clauseWordsBefore's set: its "sinds", "nu" and "ook" would cut "dat moeder sinds oktober is
 * opgenomen" after "sinds", away from the parent.)
 */
const CLAUSE_OPENERS = new Set('dat omdat want en maar that because and but'.split(' '));
/** Words before a parent word in its clause: "dat zijn vader", "because her mum". */
const PARENT_DETERMINERS = new Set('de zijn haar hun the his her their'.split(' '));
/** Verbs after a parent that make the clause's situation theirs: "moeder is opgenomen", "mum has". */
const PARENT_STATE_VERBS = new Set(
  'is was heeft had zit zat ligt lag wordt werd neemt nam slikt gebruikt has gets got takes took suffers'.split(
    ' ',
  ),
);
/** Words after a parent in which that verb is looked for. */
const STATE_VERB_REACH = 4;
const HAVE_VERBS = new Set(['heeft', 'had', 'has']);
const DEFINITE_ARTICLES = new Set(['de', 'het', 'the']);
/** Prepositions before what a parent arranges or attends for a child: "contact met", "bij het". */
const CARE_FOR_PREPOSITIONS = new Set('met bij voor over naar aan with for about at'.split(' '));
/** Characters read for a parent word: "stiefmoeder" is the longest. */
const PARENT_WORD_MAX = 16;
/** Words a parent and the term may have between them: "moeder is sinds oktober opgenomen op". */
const PARENT_SUBJECT_GAP = 8;

/**
 * "Vader vertelde dat moeder sinds oktober is opgenomen", "en dat mama pillen neemt voor haar
 * hoofd": a parent word that opens a health term's clause, with a verb of being or having, is
 * whom the condition is about; the parent's own data as well as the child's home. Care for a
 * child ("de kinderarts") and what a parent does for the child ("belt af met buikpijn", "heeft
 * de huisarts gebeld") stay the child's.
 */
function parentSubjectBefore(
  folded: string,
  hit: WeightedHit,
  mentions: readonly PersonMention[],
): OwnRelative | undefined {
  if (
    hit.category !== 'health' ||
    CHILD_CARE_PREFIXES.some((prefix) => hit.term.startsWith(prefix))
  )
    return undefined;
  const from = sentenceStartOf(folded, hit.start);
  const words = [...folded.slice(from, hit.start).matchAll(/[a-z]+/g)];
  let at = 0;
  for (let i = words.length - 1; i >= 0; i--)
    if (CLAUSE_OPENERS.has(words[i]?.[0] ?? '')) {
      at = i + 1;
      break;
    }
  while (PARENT_DETERMINERS.has(words[at]?.[0] ?? '')) at++;
  const parent = words[at]?.[0] ?? '';
  if (!ONE_PARENT_WORDS.has(parent) || words.length - at - 1 > PARENT_SUBJECT_GAP) return undefined;
  // "moeder belt af met buikpijn", "moeder brengt het medicijnformulier": what a parent does for
  // the child. The parent has or is it: a verb of being or having follows ("moeder is sinds
  // oktober opgenomen"), or the term itself ("vader drinkt").
  const after = words.slice(at + 1, at + 1 + STATE_VERB_REACH).map((word) => word[0]);
  const verb = after.find((word) => PARENT_STATE_VERBS.has(word));
  if (after.length > 0 && verb === undefined) return undefined;
  // "moeder heeft de huisarts gebeld over de slaapklachten", "vader was bij het onderzoek": care
  // the parent arranges or attends for the child, after a preposition.
  if (words.slice(at + 2).some((word) => CARE_FOR_PREPOSITIONS.has(word[0]))) return undefined;
  // "Moeder heeft de huisarts bezocht": a definite thing had is handled; a condition comes bare
  // or with "een" ("vader heeft PTSS-klachten", "moeder heeft een depressie").
  if (
    verb !== undefined &&
    HAVE_VERBS.has(verb) &&
    DEFINITE_ARTICLES.has(after[after.indexOf(verb) + 1] ?? '')
  )
    return undefined;
  const parentEnd = from + (words[at]?.index ?? 0) + parent.length;
  // "moeder heeft hem naar de huisarts gebracht": someone else between is whom it is about.
  const isOther = mentions.some(
    (mention) =>
      mention.start >= parentEnd &&
      mention.start < hit.start &&
      !mention.isClass &&
      mention.kind !== 'self' &&
      // "vader … omdat hij weer drinkt": a pronoun for a parent is that parent.
      parentWordAt(folded, mention.antecedent) === undefined,
  );
  return isOther ? undefined : { owner: 'clause subject', relative: parent };
}

/** The parent word ("moeder", "dad") at `at`, where a pronoun's antecedent stands; or undefined. */
function parentWordAt(folded: string, at: number | undefined): string | undefined {
  if (at === undefined) return undefined;
  const word = /^[a-z]+/.exec(folded.slice(at, at + PARENT_WORD_MAX))?.[0] ?? '';
  return ONE_PARENT_WORDS.has(word) ? word : undefined;
}

function relativeCue({ owner, relative }: OwnRelative): string {
  return `own relative: ${owner} ${relative}`;
}
