// General texts, procedures and rule books: a protocol written for any reader, a rule book's name
// ("Verzuimprotocol"), a rule about "one's" measure or an invitation to "one's" talk, a colleague
// salutation or an idiom ("sign off on") use a sensitive term without being about one person.
import { isWhitespace } from './chars';
import { type PersonMention } from './person-mentions';
import { sentenceStartOf, sentenceWordsBefore } from './sentences';
import { type TermHit } from './term-matcher';
import { type SensitiveEvidence, type LexiconTag } from './sensitive-hits';

/**
 * Words that say a text speaks in general: "Je vroeg hoe het gaat … In algemene zin: …", "een
 * algemene vraag: wat moet ik doen als een medewerker …", "a general question", "in general terms".
 */
export const GENERAL_ANSWER =
  /(?:^|[^a-z])(?:in algemene zin|in algemene termen|algemene vraag|algemeen gesproken|in general terms|general question|generally speaking)(?=$|[^a-z])/;

/**
 * An adult's evidence tied only to a role word ("de medewerker", "the employee"), not to a name, a
 * relative or the writer: in a text that calls itself general, that role word is anyone.
 */
export function isRoleWordsAdult(found: SensitiveEvidence): boolean {
  return (
    found.subject === 'adult' &&
    found.tiedTo === 'adult' &&
    found.cue?.startsWith('the word "') === true
  );
}

/** Words that address the reader of a procedure: "je meldt je ziek", "your contract". */
const READER_ADDRESS = /(?:^|[^a-z])(?:je|jij|jouw|u|uw|you|your)(?=$|[^a-z])/;
/** A writer speaking of themself: "ik", "mijn", "I", "my" ("we", "ons" may be the organisation). */
const PERSONAL_WORDS = /(?:^|[^a-z])(?:ik|mijn|mij|me|i|i'm|i've|my)(?=$|[^a-z])/;

/**
 * "Je meldt je vóór 07.15 uur ziek bij je directeur … alleen naar de arbodienst", "Dear colleague,
 * to set up your contract and salary we need your residence permit": a procedure addressed to
 * whoever reads it, naming nobody and with no writer speaking of themself, is nobody's record.
 * Only the evidence that rests on the reader or an unnamed role word is left out.
 */
export function isProcedureForAnyReader(
  evidence: readonly SensitiveEvidence[],
  folded: string,
): boolean {
  if (evidence.length === 0 || evidence.some(isNamedOrPupils)) return false;
  return READER_ADDRESS.test(folded) && !PERSONAL_WORDS.test(folded);
}

/** "het kind", "the child": the article before a child word of a rule ("wat het kind zelf zegt"). */
const RULE_ARTICLE = /(?:^|[^a-z])(?:het|the) $/;
/** How a pupil word tied to evidence is cited: 'the word "kind"'. */
const ANY_CHILD_CUES = new Set(['the word "kind"', 'the word "child"']);

/**
 * "Jij beschrijft wat je ziet en wat het kind er zelf over zegt", "a short 'about me' page written
 * by the child": when the only pupil the text speaks of is "het kind" or "the child" and nobody is
 * named but the correspondents, the child is whichever child a procedure is about, no one pupil.
 */
export function isOnlyAnyChild(mentions: readonly PersonMention[], folded: string): boolean {
  let hasAnyChild = false;
  for (const mention of mentions) {
    if (mention.kind === 'self' || mention.isClass === true) continue;
    if (
      mention.kind !== 'pupil' ||
      mention.isNamed ||
      mention.cue === undefined ||
      !ANY_CHILD_CUES.has(mention.cue) ||
      !RULE_ARTICLE.test(folded.slice(Math.max(0, mention.start - 5), mention.start))
    )
      return false;
    hasAnyChild = true;
  }
  return hasAnyChild;
}

/** A pupil's evidence tied only to the child word of a rule ("het kind", "the child"). */
export function isAnyChildsEvidence(found: SensitiveEvidence): boolean {
  return found.subject === 'pupil' && found.cue !== undefined && ANY_CHILD_CUES.has(found.cue);
}

/** Salutations that greet the reader as one of a group: "Beste collega", "Dear colleague". */
const COLLEAGUE_SALUTATIONS = ['collega', 'colleague'];

/**
 * "Dear colleague, … you receive 8% holiday pay … your own payslip": a union's or partner's
 * circular greets its reader as a colleague, which names nobody ("Geachte mevrouw" or "Beste
 * collega Anouk" stays one reader). Only the salutation, a reader as if named, is judged here.
 */
export function isColleagueSalutation(folded: string, mention: PersonMention): boolean {
  return (
    mention.kind === 'self' &&
    mention.isNamedReader !== true &&
    COLLEAGUE_SALUTATIONS.some((word) => folded.startsWith(word, mention.start))
  );
}

/** Evidence tied to a name or a pupil word, which a procedure text does not rest on. */
export function isNamedOrPupils(found: SensitiveEvidence): boolean {
  return found.subject !== 'adult' || (found.tiedTo !== 'adult' && found.tiedTo !== 'self');
}

/** What may follow "signed off on" for it still to be a sick note: "signed off on sick leave". */
const SICK_AFTER_SIGN_OFF = /^ on (?:sick|medical|stress|leave)/;

/** "been signed off on the BHV training": the idiom "sign off on" approves or certifies. */
export function isSignOffOnSomething(folded: string, end: number): boolean {
  return (
    folded.endsWith('signed off', end) &&
    folded.startsWith(' on ', end) &&
    !SICK_AFTER_SIGN_OFF.test(folded.slice(end, end + 12))
  );
}

/** Riding in an ambulance, said of a person; with a word of permission before it, a treat. */
const AMBULANCE_RIDES = new Set(['met de ambulance', 'in the ambulance', 'in an ambulance']);
/** Words of permission: "mogen met de ambulance mee", "were allowed to sit in an ambulance". */
const PERMISSION_WORDS = new Set([
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'may',
  'allowed',
  'got',
  'get',
]);

/** "Daan en Sem mogen met de ambulance mee", "they got to sit in an ambulance": no one taken away. */
export function isRideAlong(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!AMBULANCE_RIDES.has(hit.term)) return false;
  const sentence = folded.slice(sentenceStartOf(folded, hit.start), hit.start);
  return sentence.split(/[^a-z]+/).some((word) => PERMISSION_WORDS.has(word));
}

/**
 * Ends of a Dutch compound, or English words right after a term, that make it the name of a rule
 * book, a form or a body for the topic: "klachtenregeling", "verzuimbeleid", "meldcodeprotocol",
 * "ziekmeldingsformulier", "klachtencommissie", "complaints procedure", "absence policy".
 */
const RULE_BOOK_ENDS = [
  'regeling',
  'procedure',
  'beleid',
  'protocol',
  'reglement',
  'formulier',
  'commissie',
];
const RULE_BOOK_WORDS = [' policy', ' procedure', ' protocol', ' regulations', ' committee'];

/**
 * "een disciplinaire procedure", "a disciplinary procedure": one procedure, run against someone;
 * "de klachtenprocedure", "our complaints procedure" is the rule book.
 */
const ONE_OF_A_KIND = [' een ', ' a ', ' an '];

/** Whether the term of `hit` heads a rule book's name rather than naming a situation. */
export function isRuleBookOf(folded: string, hit: TermHit<LexiconTag>): boolean {
  // A hit ends where its word ends; the term itself may be the word's first part.
  const termEnd = folded.startsWith(hit.term, hit.start) ? hit.start + hit.term.length : hit.end;
  const isOneProcedure = (named: string) =>
    named.endsWith('procedure') &&
    ONE_OF_A_KIND.some((article) => folded.endsWith(article, hit.start));
  if (hit.end > termEnd) {
    const rest = folded.slice(termEnd, hit.end);
    return RULE_BOOK_ENDS.some((tail) => rest.endsWith(tail)) && !isOneProcedure(rest);
  }
  const word = RULE_BOOK_WORDS.find((each) => folded.startsWith(each, hit.end));
  return word !== undefined && !isOneProcedure(word);
}

/** The longest first line that is read as a document's title. */
const TITLE_MAX = 100;

/**
 * "Verzuimprocedure Stichting Kindante (versie", "Absence policy 2025": a text whose first line
 * names a rule book (a procedure, protocol, policy or regulation) is that rule book.
 */
export function isRuleBookTitled(folded: string): boolean {
  let start = 0;
  while (start < folded.length && isWhitespace(folded.charCodeAt(start))) start++;
  let end = folded.indexOf('\n', start);
  if (end === -1) end = folded.length;
  if (end - start > TITLE_MAX || end === folded.length) return false;
  const title = ` ${folded.slice(start, end)} `;
  for (const word of title.split(/[^a-z]+/))
    if (word.length > 0 && RULE_BOOK_ENDS.some((tail) => word.endsWith(tail))) return true;
  return RULE_BOOK_WORDS.some((word) => title.includes(`${word} `));
}

/**
 * General words used for one person's matter by the words after them: "een procedure over de
 * omgang" is someone's court case, "uitnodiging gesprek" one person's invitation to a talk.
 */
const ONE_PERSONS_MATTER = new Map<string, readonly string[]>([
  ['procedure', [' over de ', ' over het ', ' tegen ', ' about the ', ' against ']],
  ['procedures', [' over de ', ' over het ', ' tegen ']],
  ['uitnodiging', [' gesprek', ' voor een gesprek', ' voor het gesprek']],
]);

export function isProceedingAbout(folded: string, hit: TermHit<LexiconTag>): boolean {
  const objects = ONE_PERSONS_MATTER.get(folded.slice(hit.start, hit.end));
  return (
    (objects !== undefined && objects.some((object) => folded.startsWith(object, hit.end))) ||
    isOnesMeasureProcedure(folded, hit)
  );
}

/** Words before "disciplinary procedure" that make it one person's: one of a kind, or someone's. */
const ONES_PROCEDURE = [...ONE_OF_A_KIND, ' his ', ' her ', ' zijn ', ' haar ', ' mijn ', ' my '];

/**
 * "Mr Knops was subject to a disciplinary procedure", "zijn disciplinaire procedure": one
 * employee's case, named by an employer's measure (MEASURE_STEMS). "De disciplinaire procedure
 * staat in de cao" stays a rule book.
 */
function isOnesMeasureProcedure(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (folded.slice(hit.start, hit.end) !== 'procedure') return false;
  const before = folded.lastIndexOf(' ', hit.start - 2);
  if (before === -1 || !MEASURE_STEMS.some((stem) => folded.startsWith(stem, before + 1)))
    return false;
  return ONES_PROCEDURE.some((word) => folded.endsWith(word, before + 1));
}

/** Stems of an employer's measure against one employee: "disciplinary measure", "berisping". */
const MEASURE_STEMS = [
  'disciplin',
  'maatregel',
  'berisping',
  'waarschuwing',
  'warning',
  'schorsing',
  'suspension',
];

/**
 * "a disciplinary measure in the form of a written warning, as described in the CAO", "disciplinaire
 * maatregelen conform de cao": the collective agreement cited, in the same sentence, as the ground
 * of one employee's measure is that employee's matter, not a text about the agreement for everyone.
 */
export function isRuleOfOnesMeasure(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (folded.slice(hit.start, hit.end) !== 'cao') return false;
  const sentence = folded.slice(sentenceStartOf(folded, hit.start), hit.start);
  return MEASURE_STEMS.some((stem) => sentence.includes(stem));
}

/**
 * "uitnodiging functioneringsgesprek", "uitnodiging voor je verzuimgesprek": an invitation to
 * one talk (a word ending in "gesprek", not "gesprekken") is one person's matter, not a broadcast.
 */
export function isInvitationToOnesTalk(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (folded.slice(hit.start, hit.end) !== 'uitnodiging') return false;
  const after = /^(?: voor)?(?: een| het| je| jouw| uw)? ([a-z-]+)/.exec(
    folded.slice(hit.end, hit.end + 60),
  );
  return after?.[1]?.endsWith('gesprek') === true;
}

/** Events a person is away at: "jij bent morgen op de cursus", "she is at a training". */
const ATTENDED_EVENTS = new Set([
  'cursus',
  'training',
  'workshop',
  'webinar',
  'scholing',
  'studiedag',
  'studiemiddag',
  'masterclass',
  'lezing',
]);
/** Verbs of being or going somewhere, said of someone before the event. */
const ATTENDING_VERBS = new Set([
  'ben',
  'bent',
  'is',
  'zit',
  'zat',
  'ga',
  'gaat',
  'ging',
  'am',
  'are',
  'was',
  'were',
  'goes',
  'went',
]);
/** The same verbs at the end of a Dutch clause: "nu ik op cursus ben", "omdat ze op training zit". */
const CLAUSE_END_ATTENDING_VERBS = new Set([
  'ben',
  'bent',
  'is',
  'zijn',
  'zit',
  'zitten',
  'zat',
  'was',
  'waren',
]);
/** Where the event is: "op de cursus", "naar een training", "at a workshop". */
const AT_WORDS = new Set(['op', 'naar', 'at', 'on', 'to']);
/** What may stand between that word and the event: "op de", "naar haar", "at a". */
const EVENT_DETERMINERS = new Set([
  'de',
  'het',
  'een',
  'the',
  'a',
  'an',
  'haar',
  'zijn',
  'her',
  'his',
]);
/** Words that make it an invitation to all: "u bent van harte welkom op de cursus". */
const WELCOME_WORDS = new Set(['welkom', 'welcome']);
/** How many words before the event the verb may stand: "jij bent morgen op de cursus". */
const ATTENDING_REACH = 5;

/**
 * "Paul, jij bent morgen op de cursus voor schoolleiders", "she was at a training", "nu ik op
 * cursus ben": where someone is, as a reason they are away, not a text about the course for everyone.
 */
export function isSomeonesWhereabouts(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!ATTENDED_EVENTS.has(folded.slice(hit.start, hit.end))) return false;
  const words = sentenceWordsBefore(folded, hit.start);
  let at = words.length - 1;
  if (EVENT_DETERMINERS.has(words[at] ?? '')) at--;
  if (!AT_WORDS.has(words[at] ?? '')) return false;
  const before = words.slice(Math.max(0, at - ATTENDING_REACH), at);
  if (before.some((word) => WELCOME_WORDS.has(word))) return false;
  const next = /^ ([a-z]+)/.exec(folded.slice(hit.end, hit.end + 12))?.[1] ?? '';
  return before.some((word) => ATTENDING_VERBS.has(word)) || CLAUSE_END_ATTENDING_VERBS.has(next);
}

/** A newsletter, as a thing someone gets rather than the text itself. */
const NEWSLETTERS = new Set(['nieuwsbrief', 'newsletter']);
/** Verbs of getting or sending: "krijgt alleen haar moeder alles", "send me the newsletter". */
const RECEIVING_VERBS = new Set(
  'krijg krijgt krijgen kreeg ontvang ontvangt ontvangen sturen stuurt toesturen doorsturen mailen receive receives received get gets send sent forward'.split(
    ' ',
  ),
);
/** Who gets it: the writer, a parent, both parents. */
const RECIPIENT_WORDS = new Set(
  'mij me ons us beide allebei both vader moeder dad mum mom father mother'.split(' '),
);
/** Where the sentence after a newsletter ends: ".", "!", "?" or a line break. */
const SENTENCE_ENDS = new Set([46, 33, 63, 10]);
/** The text itself: "deze nieuwsbrief", "this newsletter". */
const THIS_WORDS = new Set(['deze', 'this']);

/**
 * "Kunt u de nieuwsbrief ook naar mij sturen?", "beide ouders krijgen … de nieuwsbrief": a parent
 * asking for the newsletter, or a school saying who gets it, is no newsletter.
 */
export function isNewsletterForSomeone(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!NEWSLETTERS.has(folded.slice(hit.start, hit.end))) return false;
  const before = sentenceWordsBefore(folded, hit.start);
  if (THIS_WORDS.has(before[before.length - 1] ?? '')) return false;
  let end = hit.end;
  while (end < folded.length && !SENTENCE_ENDS.has(folded.charCodeAt(end))) end++;
  const words = [...before, ...folded.slice(hit.end, end).split(/[^a-z]+/)];
  return (
    words.some((word) => RECEIVING_VERBS.has(word)) &&
    words.some((word) => RECIPIENT_WORDS.has(word))
  );
}

/** Families told by their two parents: "Noah has two mums" says who his parents are. */
const TWO_PARENT_FAMILIES = new Set([
  'two mums',
  'two moms',
  'two mothers',
  'two dads',
  'two fathers',
  'twee moeders',
  "twee mama's",
  'twee vaders',
  "twee papa's",
]);
/** Plurals that make such a family a kind: "families with two mums", "kinderen met twee mama's". */
const KINDS_OF_FAMILY =
  /(?:^|[^a-z])(?:families|gezinnen|kinderen|children|kids|soorten)(?=$|[^a-z])/;
/** Characters before the term in which such a plural still heads it. */
const KIND_REACH = 60;

/**
 * "a lesson plan: families with two mums or two dads", "de kinderen … met twee mama's": a kind of
 * family in a lesson or a plan, nobody's own.
 */
export function isKindOfFamily(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!TWO_PARENT_FAMILIES.has(hit.term)) return false;
  const from = Math.max(sentenceStartOf(folded, hit.start), hit.start - KIND_REACH);
  return KINDS_OF_FAMILY.test(folded.slice(from, hit.start));
}
