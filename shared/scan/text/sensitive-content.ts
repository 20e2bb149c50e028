// Decides whether a text holds sensitive information about one identifiable person, and whether
// that person is a pupil (leerlingdossier) or an adult (staff, parent). Evidence is a sensitive
// term within a short reach of a mention of a person; general mails (newsletters, trainings,
// templates) need a named person.
import {
  ADULT_RECORD_TERMS,
  GENERAL_TERMS,
  HEALTH_TERMS,
  HOME_AND_SAFETY_TERMS,
  PARENT_SITUATION_TERMS,
  PUPIL_RECORD_TERMS,
  RESULTS_TERMS,
  type TopicTerms,
} from '../../policy/lexicon/sensitive-topics';
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';
import { type BookTitles, findBookTitles, isAboutStory, isInTitle } from './book-titles';
import { isAsciiLower, isWhitespace } from './chars';
import { fold } from './fold';
import { findLevels } from './levels';
import { findPayGrades } from './pay-grades';
import { findPregnancyWeeks } from './pregnancy-weeks';
import { findAdmissions } from './admissions';
import {
  findPersonMentions,
  isInSignatureBlock,
  NAME_BEFORE_CLASS,
  PERSON_WORD_TERMS,
  type MentionKind,
  type PersonMention,
  type PersonWordTag,
} from './person-mentions';
import { quotedCorrespondents, quotedHistoryStart } from './quoted-history';
import {
  hasSentenceEnd,
  isByline,
  isGeneralQuestion,
  isHypotheticalSentence,
  sentenceStartOf,
} from './sentences';
import { TableReader } from './table-lines';
import { compileTerms, compileWordList, type TermHit, type TermMatcher } from './term-matcher';

export type Subject = 'pupil' | 'adult';
type Category = 'pupil-record' | 'health' | 'home' | 'adult-record';

export interface SensitiveEvidence {
  subject: Subject;
  category: Category | 'results-list';
  term: string;
  start: number;
  end: number;
  /** Which kind of mention tied the term to a person. */
  tiedTo: MentionKind | 'list of names';
  /** How that person was recognised when no list named them: "name before a verb". */
  cue?: string;
}

/** Characters either side of a term in which a person mention counts. */
const REACH = 220;
/** In general mails (newsletters, trainings) a name must be this close to the term. */
const CLOSE_REACH = 100;
/** "mijn", "ik", "uw" this close before a term make it the writer's or reader's own. */
const SELF_REACH = 60;
/** A list of results needs this many lines with a name and a score. */
const MIN_RESULT_ROWS = 3;
/** Enough evidence to explain a finding; stops long texts from collecting thousands. */
const MAX_EVIDENCE = 50;

type LexiconTag =
  | { kind: 'topic'; category: Category; weight: 1 | 2; isPersonal?: boolean }
  | { kind: 'general' }
  | { kind: 'results' }
  | PersonWordTag;

export interface SensitiveLexicon {
  matcher: TermMatcher<LexiconTag>;
  /** Strong topic terms per category, for judging attachment names. */
  strongByCategory: TermMatcher<Category>;
  general: TermMatcher<string>;
}

/** Compiles the lexicon once; extra keywords from the config count as strong terms. */
export function compileSensitiveLexicon(extra: {
  pupil: readonly string[];
  adult: readonly string[];
}): SensitiveLexicon {
  const topics: [Category, TopicTerms, readonly string[]][] = [
    ['pupil-record', PUPIL_RECORD_TERMS, extra.pupil.map(fold)],
    ['health', HEALTH_TERMS, []],
    ['home', HOME_AND_SAFETY_TERMS, []],
    ['adult-record', ADULT_RECORD_TERMS, extra.adult.map(fold)],
  ];
  const topicTerms = topics.flatMap(([category, terms, extraStrong]) => [
    ...[...terms.strong, ...extraStrong].map(
      (term) => [term, { kind: 'topic', category, weight: 2 }] as const,
    ),
    ...terms.weak.map((term) => [term, { kind: 'topic', category, weight: 1 }] as const),
    ...(terms.personal ?? []).map(
      (term) => [term, { kind: 'topic', category, weight: 1, isPersonal: true }] as const,
    ),
  ]);
  return {
    matcher: compileTerms<LexiconTag>([
      ...topicTerms,
      ...GENERAL_TERMS.map((term) => [term, { kind: 'general' }] as const),
      ...RESULTS_TERMS.map((term) => [term, { kind: 'results' }] as const),
      ...PERSON_WORD_TERMS,
    ]),
    strongByCategory: compileTerms(
      topics.flatMap(([category, terms, extraStrong]) =>
        [...terms.strong, ...extraStrong].map((term) => [term, category] as const),
      ),
    ),
    general: compileWordList(GENERAL_TERMS),
  };
}

interface WeightedHit {
  term: string;
  start: number;
  end: number;
  category: Category;
  weight: 1 | 2;
  /** Sensitive when said of a named person in the same sentence. */
  isPersonal?: boolean;
  /** An HR word with its amount after it: "Bruto salaris: € 3.806,22". */
  isAmount?: boolean;
  /**
   * A job title in the writer's signature ("Yvonne Habets\nleerplichtambtenaar") or a word in an
   * address ("r.dohmen@leerplicht-roerdal.nl"): no finding of its own, though it still leans the
   * text and backs a weak word as a companion.
   */
  isLabelOnly?: boolean;
}

/** The cue of a mention found by the list of first names, capitalised ("Jan heeft …"). */
const GIVEN_NAME = 'given name';

/** Characters between a named person and a situation said of them ("Daan heeft … geschopt"). */
const SENTENCE_REACH = 150;

/** A named person (or a pronoun for one) in the same sentence as the term, not the writer or reader. */
function isSaidOfNamedPerson(
  hit: WeightedHit,
  mentions: readonly PersonMention[],
  folded: string,
): boolean {
  for (let m = firstAtOrAfter(mentions, hit.start - SENTENCE_REACH); m < mentions.length; m++) {
    const mention = mentions[m];
    if (!mention || mention.start > hit.end + SENTENCE_REACH) break;
    if (!mention.isNamed || mention.kind === 'self' || mention.isClass) continue;
    const from = Math.min(mention.start, hit.start);
    const to = Math.max(mention.start, hit.start);
    if (!hasSentenceEnd(folded, from, to)) return true;
  }
  return false;
}

/** "je" right before a situation: "je slaapt slecht" ("je " and the term, nothing between). */
const READER_SUBJECT = 'je ';

/**
 * "Hé Bart, … je slaapt slecht en je bent kort aangebonden": a situation said of the reader, named
 * in the greeting, with "je" as its subject right before it, is theirs as of a named person. A
 * procedure for any reader names nobody, so its "je" is no named reader.
 */
function isSaidOfNamedReader(
  hit: WeightedHit,
  mentions: readonly PersonMention[],
  folded: string,
): boolean {
  const at = hit.start - READER_SUBJECT.length;
  if (!folded.startsWith(READER_SUBJECT, at)) return false;
  const mention = mentions[firstAtOrAfter(mentions, at)];
  return (
    mention !== undefined &&
    mention.start === at &&
    mention.kind === 'self' &&
    mention.isNamedReader === true &&
    !isHypotheticalSentence(folded, sentenceStartOf(folded, hit.start))
  );
}

/**
 * "Your payslip" over a body saying it "is available in AFAS": a subject line tied only to "your"
 * or "my" is the title of a general body (a notice, template or newsletter, by the same words that
 * make a text general in findSensitiveEvidence) and stands or falls with the body. The body's own
 * words are matched again here, only in that rare case.
 */
export function isTitleOfGeneralBody(
  subject: readonly SensitiveEvidence[],
  body: readonly SensitiveEvidence[],
  bodyFolded: string,
  lexicon: SensitiveLexicon,
  bodyQuoteStart = bodyFolded.length,
): boolean {
  if (subject.length === 0 || body.length > 0) return false;
  // "vraag: vermoeden alcoholgebruik medewerker" over "Een algemene vraag, er speelt geen concrete
  // casus": a subject line tied only to a role word over a body that calls itself general.
  if (subject.every(isRoleWordsAdult))
    return GENERAL_ANSWER.test(bodyFolded.slice(0, bodyQuoteStart));
  if (subject.some((item) => item.tiedTo !== 'self')) return false;
  for (const hit of lexicon.matcher.find(bodyFolded))
    if (
      hit.start < bodyQuoteStart &&
      hit.tag.kind === 'general' &&
      !isProceedingAbout(bodyFolded, hit)
    )
      return true;
  return false;
}

/**
 * The sensitive terms of `text` tied to a person. `folded` is `fold(text)` and `quoteStart` its
 * quotedHistoryStart(), for a caller that has them already (the engine shares them with the rules).
 */
export function findSensitiveEvidence(
  text: string,
  lexicon: SensitiveLexicon,
  correspondents?: ReadonlySet<string>,
  folded = fold(text),
  quoteStart = quotedHistoryStart(text, folded),
): SensitiveEvidence[] {
  const allHits: WeightedHit[] = [];
  const personHits: TermHit<PersonWordTag>[] = [];
  // A forward's note ("zie de uitnodiging hieronder") and the quoted message are two mails: each
  // is general or personal on its own words (`quoteStart` is where the quoted message starts).
  const general = { top: false, quoted: false };
  let firstResultsTerm: TermHit<LexiconTag> | undefined;
  let writerSignsAsProfessional = false;
  for (const hit of lexicon.matcher.find(folded)) {
    const tag = hit.tag;
    // The hit itself, not a copy: person words are most of the hits in a long text.
    if (isPersonHit(hit)) personHits.push(hit);
    // "een combinatiegroep met veel zorgleerlingen": a plural describes a class, no one pupil.
    else if (tag.kind === 'topic' && isPluralOfPupilWord(folded, hit)) continue;
    // "de klachtenregeling", "het verzuimbeleid", "the complaints procedure": a rule book.
    else if (tag.kind === 'topic' && isRuleBookOf(folded, hit)) continue;
    // "het aantal langdurig zieken", "the number of pupils with ADHD": a count, nobody's.
    else if (tag.kind === 'topic' && isCounted(folded, hit.start)) continue;
    // "I've been signed off on the BHV training": "sign off on" approves, no sick note.
    else if (tag.kind === 'topic' && isSignOffOnSomething(folded, hit.end)) continue;
    // "Daan en Sem mogen met de ambulance mee op de open dag": allowed to ride along, a treat.
    else if (tag.kind === 'topic' && isRideAlong(folded, hit)) continue;
    // "I'd like HR to add the certificate": the verb, not the diagnosis, which is written ADD.
    else if (tag.kind === 'topic' && isWordNotAcronym(text, hit)) continue;
    // "the payment arrangement with the landlord", "travel arrangements": English for a plan.
    else if (tag.kind === 'topic' && isEverydayArrangement(folded, hit)) continue;
    // "EHBO voor kinderen (incl. epilepsie, allergie en astma-aanval)": what a course teaches.
    else if (tag.kind === 'topic' && isCourseContent(folded, hit.start)) continue;
    // "een les geven over wat de politie doet: … een huiszoeking": what a lesson is about.
    else if (tag.kind === 'topic' && isLessonTopic(text, folded, hit.start)) continue;
    // "his arrest in 1962, … 27 years in prison": history, nobody's file today.
    else if (tag.kind === 'topic' && isHistory(folded, hit.start, hit.end)) continue;
    // "the company doctor are available to everyone": a service open to all, nobody's own.
    else if (tag.kind === 'topic' && isCareOpenToAll(folded, hit)) continue;
    // "we need to see a valid ID or residence permit": which document to show, not one's status.
    else if (tag.kind === 'topic' && isDocumentAlternative(folded, hit)) continue;
    // "de lesbrief van de Diabetesvereniging", "het Astmafonds", "the Epilepsy Society": a charity.
    else if (tag.kind === 'topic' && tag.category === 'health' && isCharityName(folded, hit))
      continue;
    else if (tag.kind === 'topic') {
      // No conditional spread: in the transpiled add-in bundle it is a slow helper call per hit.
      const topic: WeightedHit = {
        term: hit.term,
        start: hit.start,
        end: hit.end,
        category: tag.category,
        weight: tag.weight,
      };
      if (tag.weight === 1 && isStrongInContext(folded, hit)) topic.weight = 2;
      // "Bruto salaris: € 3.806,22": an HR word with an amount after it is someone's own figure.
      if (
        tag.category === 'adult-record' &&
        tag.weight === 1 &&
        AMOUNT_AFTER.test(folded.slice(hit.end, hit.end + AMOUNT_REACH))
      ) {
        topic.weight = 2;
        topic.isAmount = true;
      }
      if (tag.isPersonal) topic.isPersonal = true;
      // "Met vriendelijke groet,\nYvonne Habets\nleerplichtambtenaar": the writer's job title.
      // "r.dohmen@leerplicht-roerdal.nl", "www.jeugdzorg-limburg.nl": an address.
      const isSignature = isInSignatureBlock(text, hit.start);
      // "Wim Gerards\nLeerplichtambtenaar": the writer signs with a care or school role.
      if (isSignature && hit.start < quoteStart) writerSignsAsProfessional = true;
      if (
        isSignature ||
        isInAddress(folded, hit.start, hit.end) ||
        isRoleInApposition(folded, hit) ||
        isCareTitleOfName(text, hit) ||
        isJobOfSubject(text, folded, hit) ||
        isAuthorOfWriting(folded, hit)
      )
        topic.isLabelOnly = true;
      allHits.push(topic);
    } else if (tag.kind === 'general') {
      // "een procedure over het gezag", "uitnodiging gesprek": one person's matter, not everyone's.
      if (
        !isProceedingAbout(folded, hit) &&
        !isInvitationToOnesTalk(folded, hit) &&
        !isRuleOfOnesMeasure(folded, hit)
      )
        general[hit.start < quoteStart ? 'top' : 'quoted'] = true;
    } else firstResultsTerm ??= hit;
  }
  // "rekenen IV -> V", "AVI M4": one pupil's test levels, written as levels.
  for (const level of findLevels(text, folded))
    allHits.push({
      term: `level ${level.level}`,
      start: level.start,
      end: level.end,
      category: 'pupil-record',
      weight: 2,
    });
  // "schaal L10 trede 3", "L10, trede 6": one employee's place in the pay table, their salary.
  for (const grade of findPayGrades(folded))
    allHits.push({
      term: `pay grade ${grade.grade}`,
      start: grade.start,
      end: grade.end,
      category: 'adult-record',
      weight: 2,
    });
  // "Ik ben nu 13 weken, dus …", "I'm 13 weeks along": the writer's pregnancy, counted in weeks.
  for (const weeks of findPregnancyWeeks(folded))
    allHits.push({
      term: 'weeks pregnant',
      start: weeks.start,
      end: weeks.end,
      category: 'adult-record',
      weight: 2,
    });
  // "Ze is afgelopen weekend opgenomen, …", "Mijn man is vorige week opgenomen.": admitted;
  // "Mijn man is vorige week meegenomen en …": taken away by the police.
  for (const admitted of findAdmissions(folded))
    allHits.push({
      term: admitted.kind === 'admitted' ? 'admitted (opgenomen)' : 'taken away (meegenomen)',
      start: admitted.start,
      end: admitted.end,
      category: admitted.kind === 'admitted' ? 'health' : 'home',
      weight: 2,
    });
  allHits.sort((a, b) => a.start - b.start);
  const evidence: SensitiveEvidence[] = [];
  let isNamingNobody = false;
  let mentionsOf: readonly PersonMention[] = [];
  let peopleOf: ReadonlySet<string> | undefined;
  // "het boek 'Mijn vader zit in de gevangenis'", "'De zomer van Otto'? Otto's vader zit vast":
  // a story's title, or what is said of its character, is nobody's file.
  const titles = allHits.length > 0 ? findBookTitles(text, folded) : undefined;
  const untold = withoutQuotedTopics(allHits, folded);
  const hits = withoutWeakerAtSameWord(
    titles && (titles.spans.length > 0 || titles.characters.size > 0)
      ? untold.filter((hit) => !isAboutStory(folded, titles, hit.start, hit.end))
      : untold,
  );
  if (hits.length > 0) {
    // A word found by its place ("Dyslexie en …", "Ramadan and Eid") that is itself a topic is no name.
    const topicStarts = new Set(allHits.map((hit) => hit.start));
    // The writers and readers named in quoted headers ("Van: Ruud Peters") are correspondents too.
    const quoted = quoteStart < text.length ? quotedCorrespondents(folded) : [];
    const people = withoutParentsChildren(
      quoted.length > 0 ? new Set([...(correspondents ?? []), ...quoted]) : correspondents,
      folded,
    );
    const mentions = outsideTitles(
      findPersonMentions(text, folded, personHits, people, topicStarts),
      titles,
      folded,
    ).filter((mention) => !isFirmName(text, folded, mention.antecedent ?? mention.start));
    mentionsOf = mentions;
    peopleOf = people;
    isNamingNobody = !mentions.some(
      (mention) =>
        (mention.isNamed && !isColleagueSalutation(folded, mention)) ||
        mention.kind === 'name' ||
        mention.isNamedReader === true,
    );
    const context = describeText(hits, mentions, general, quoteStart, folded);
    for (let index = 0; index < hits.length && evidence.length < MAX_EVIDENCE; index++) {
      if (hits[index]?.isLabelOnly === true) continue;
      const judged = judgeHit(index, hits, mentions, context, text, folded);
      // "My brother was injured … hospital", "his mother was admitted … depression": a health or
      // home situation of someone's own relative is that adult's (and a child's home as well).
      const { found, adultToo } = withRelativesOwn(judged, index, hits, mentions, context, folded);
      if (adultToo) evidence.push(adultToo);
      if (!found) continue;
      evidence.push(found);
      const parent =
        found.subject === 'pupil' &&
        (parentWordNear(folded, found, writerSignsAsProfessional) ??
          parentNotedBefore(folded, found) ??
          writersOwnCounsel(folded, found));
      if (parent)
        evidence.push({ ...found, subject: 'adult', tiedTo: 'adult', cue: `parent: ${parent}` });
      // "mijn zoon … ik zit in de schuldsanering", "his mum has cancer": a parent's health or money
      // trouble is the child's home situation too, when a child is spoken of.
      const child = found.subject === 'adult' && childOfParent(folded, found, mentions);
      if (child)
        evidence.push({ ...found, subject: 'pupil', tiedTo: 'pupil', cue: `parent: ${child}` });
    }
  }
  // "Ik heb een enkelband … Amira weet het", "I'm on sick leave … Noah was quite upset": the
  // writer's own situation told with what it means for their child is the child's file too.
  if (evidence.length > 0 && evidence.length < MAX_EVIDENCE) {
    const forChild = writersChildAffected(evidence, mentionsOf, folded, peopleOf);
    if (forChild) evidence.push(forChild);
  }
  const list = firstResultsTerm && findResultsList(text, folded, firstResultsTerm);
  if (list) evidence.push(list);
  const read = evidence.some((found) => found.tiedTo === 'name')
    ? toSubjectOfTableRows(evidence, text, folded)
    : evidence;
  // "In algemene zin: … de medewerker …": an answer the text calls general is about any employee.
  // "Verzuimprocedure Stichting Kindante\n1. Ziekmelden\nDe medewerker meldt zich …": a rule book
  // that names nobody is about any employee as well.
  const kept =
    GENERAL_ANSWER.test(folded) || (isNamingNobody && isRuleBookTitled(folded))
      ? read.filter((item) => !isRoleWordsAdult(item))
      : read;
  return isNamingNobody && isProcedureForAnyReader(kept, folded)
    ? kept.filter(isNamedOrPupils)
    : kept;
}

/** Parent words after "Oliver's": "Oliver's dad". */
const PARENTS_AFTER = ['dad', 'mum', 'mom', 'father', 'mother', 'parents', 'papa', 'mama'];
/** Parent words before "van Lieke": "moeder van Lieke". */
const PARENTS_BEFORE = ['vader', 'moeder', 'papa', 'mama', 'ouders'];

/**
 * A correspondent's name that the text calls someone's child ("Tom Grant (Oliver's dad)" from the
 * family address "Oliver Grant", "de moeder van Lieke") is that child, a person spoken of: the
 * set without such names (the same set when there are none).
 */
function withoutParentsChildren(
  people: ReadonlySet<string> | undefined,
  folded: string,
): ReadonlySet<string> | undefined {
  if (!people || people.size === 0) return people;
  const children = [...people].filter((name) => isParentsChild(folded, name));
  if (children.length === 0) return people;
  return new Set([...people].filter((name) => !children.includes(name)));
}

function isParentsChild(folded: string, name: string): boolean {
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at > 0 && isAsciiLower(folded.charCodeAt(at - 1))) continue;
    const apostrophe = folded.charCodeAt(end);
    if (
      (apostrophe === 39 || apostrophe === 0x2019) &&
      folded.startsWith('s ', end + 1) &&
      PARENTS_AFTER.some(
        (word) =>
          folded.startsWith(word, end + 3) &&
          !isAsciiLower(folded.charCodeAt(end + 3 + word.length)),
      )
    )
      return true;
    if (
      !isAsciiLower(folded.charCodeAt(end)) &&
      PARENTS_BEFORE.some((word) => {
        const from = at - word.length - 5;
        return (
          folded.startsWith(`${word} van `, from) &&
          (from === 0 || !isAsciiLower(folded.charCodeAt(from - 1)))
        );
      })
    )
      return true;
  }
  return false;
}

/**
 * Words that say a text speaks in general: "Je vroeg hoe het gaat … In algemene zin: …", "een
 * algemene vraag: wat moet ik doen als een medewerker …", "a general question", "in general terms".
 */
const GENERAL_ANSWER =
  /(?:^|[^a-z])(?:in algemene zin|in algemene termen|algemene vraag|algemeen gesproken|in general terms|general question|generally speaking)(?=$|[^a-z])/;

/**
 * An adult's evidence tied only to a role word ("de medewerker", "the employee"), not to a name, a
 * relative or the writer: in a text that calls itself general, that role word is anyone.
 */
function isRoleWordsAdult(found: SensitiveEvidence): boolean {
  return (
    found.subject === 'adult' &&
    found.tiedTo === 'adult' &&
    found.cue?.startsWith('the word "') === true
  );
}

/** Column headers that give a row's class: the row is a pupil's ("Naam;Groep;Medicatie"). */
const CLASS_HEADERS = new Set(['groep', 'klas', 'jaargroep', 'leerjaar', 'group', 'class', 'year']);
/** Column headers of a staff list ("Medewerker;Functie;Ziek sinds"), where "Groep" is where one teaches. */
const STAFF_HEADER_WORDS = ['medewerker', 'functie', 'taak', 'staff', 'employee', 'job title'];
/** A column of roles ("Rol", "Role"): staff's, in a table that has no class column. */
const ROLE_HEADERS = new Set(['rol', 'role']);
/** Cells looked at in one row, and characters of a line read as a header row. */
const MAX_ROW_CELLS = 12;
const MAX_HEADER_ROW_LENGTH = 400;
/** Cells a line needs to be a table's header row rather than prose. */
const MIN_ROW_CELLS = 3;

/**
 * "Mehmet Kaya;8a;Ventolin puffer": a name in a table row with a class column is a pupil's,
 * whatever adult word ("varkensvlees", "juf") the table holds besides; "Lotte Meulenberg;bs De
 * Wissel;IB;burn-out" in a table with a "Functie" column is a staff member's. Evidence tied to a
 * name becomes the row's subject's; a pupil-record word in a staff row is a job ("IB") and is left
 * out of the list returned.
 */
function toSubjectOfTableRows(
  evidence: readonly SensitiveEvidence[],
  text: string,
  folded: string,
): SensitiveEvidence[] {
  const reader = new TableReader(text);
  const byLine = new Map<number, Subject | undefined>();
  // Whether a row holds a parent word, read once per row.
  const parentInLine = new Map<number, boolean>();
  const read: SensitiveEvidence[] = [];
  for (const found of evidence) {
    const isOthersAdult = found.subject === 'adult' && found.tiedTo !== 'self';
    // "Joke Vullings;BHV;groep 3;epilepsie, medicatie;zoon 06-…": a family word in a staff row is
    // the emergency contact, and the row's health note the staff member's.
    const isFamilyWordsPupil = found.subject === 'pupil' && found.tiedTo === 'pupil';
    if (found.tiedTo !== 'name' && !isOthersAdult && !isFamilyWordsPupil) {
      read.push(found);
      continue;
    }
    const lineStart = folded.lastIndexOf('\n', found.start) + 1;
    let row = byLine.get(lineStart);
    if (!byLine.has(lineStart)) {
      row = subjectOfRow(reader, folded, lineStart);
      byLine.set(lineStart, row);
    }
    // "Tijn Coumans;4a;2;insuline;diabetes type 1": a term in a class list's row, tied to an adult
    // word rows away ("moeder bellen") or leaning adult by another row's word ("halal"), is the
    // row's pupil's; a parent word in the row itself ("vader in detentie") keeps it the adult's.
    if (isFamilyWordsPupil) {
      if (row === 'adult' && found.category !== 'pupil-record')
        read.push({ ...found, subject: row, tiedTo: 'adult', cue: 'row of a staff list' });
      else read.push(found);
      continue;
    }
    if (found.tiedTo !== 'name') {
      if (row === 'pupil' && !hasParentWordInRow(parentInLine, folded, lineStart))
        read.push({ ...found, subject: 'pupil', tiedTo: 'name', cue: 'row of a class list' });
      else read.push(found);
      continue;
    }
    if (row === undefined || row === found.subject) read.push(found);
    else if (row === 'pupil')
      read.push({ ...found, subject: row, tiedTo: 'name', cue: 'row of a class list' });
    else if (found.category !== 'pupil-record')
      read.push({ ...found, subject: row, tiedTo: 'adult', cue: 'row of a staff list' });
  }
  return read;
}

/** hasParentWordInLine, read once per line and kept in `cache`. */
function hasParentWordInRow(
  cache: Map<number, boolean>,
  folded: string,
  lineStart: number,
): boolean {
  let has = cache.get(lineStart);
  if (has === undefined) {
    has = hasParentWordInLine(folded, lineStart);
    cache.set(lineStart, has);
  }
  return has;
}

/** Whether the line starting at `lineStart` holds a parent word ("moeder", "vader", "ouders"). */
function hasParentWordInLine(folded: string, lineStart: number): boolean {
  const lineEnd = folded.indexOf('\n', lineStart);
  return folded
    .slice(lineStart, lineEnd < 0 ? folded.length : lineEnd)
    .split(/[^a-z]+/)
    .some((word) => PARENT_WORDS.has(word));
}

/** Whose the table row starting at `lineStart` is: a staff member's, a pupil's, or unknown. */
function subjectOfRow(reader: TableReader, folded: string, lineStart: number): Subject | undefined {
  const lineEnd = folded.indexOf('\n', lineStart);
  const end = lineEnd < 0 ? folded.length : lineEnd;
  // The header row itself ("Naam;Groep;Medicatie"): its term is the list's.
  let headers = folded
    .slice(lineStart, Math.min(end, lineStart + MAX_HEADER_ROW_LENGTH))
    .split(/[;\t|]/);
  if (
    headers.length < MIN_ROW_CELLS ||
    !headers.some(
      (cell) =>
        CLASS_HEADERS.has(cell.trim()) || ROLE_HEADERS.has(cell.trim()) || isStaffHeader(cell),
    )
  ) {
    headers = [];
    for (let i = lineStart; i < end && headers.length < MAX_ROW_CELLS; i++) {
      const code = folded.charCodeAt(i);
      // ";", "\t", "|": a cell starts after the separator (and at the line's start).
      if (i !== lineStart && code !== 59 && code !== 9 && code !== 124) continue;
      const header = reader.headerCellAt(i === lineStart ? i : i + 1);
      if (header !== undefined) headers.push(fold(header));
    }
  }
  if (headers.some(isStaffHeader)) return 'adult';
  const hasClass = headers.some((cell) => CLASS_HEADERS.has(cell.trim()));
  // "Naam;Rol;Lokaal;Medische bijzonderheden": a role column without a class column lists staff
  // ("Naam;Groep;Rol" is a class's cast for the musical).
  if (!hasClass && headers.some((cell) => ROLE_HEADERS.has(cell.trim()))) return 'adult';
  return hasClass ? 'pupil' : undefined;
}

function isStaffHeader(cell: string): boolean {
  return STAFF_HEADER_WORDS.some((word) => cell.includes(word));
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
function isProcedureForAnyReader(evidence: readonly SensitiveEvidence[], folded: string): boolean {
  if (evidence.length === 0 || evidence.some(isNamedOrPupils)) return false;
  return READER_ADDRESS.test(folded) && !PERSONAL_WORDS.test(folded);
}

/** Salutations that greet the reader as one of a group: "Beste collega", "Dear colleague". */
const COLLEAGUE_SALUTATIONS = ['collega', 'colleague'];

/**
 * "Dear colleague, … you receive 8% holiday pay … your own payslip": a union's or partner's
 * circular greets its reader as a colleague, which names nobody ("Geachte mevrouw" or "Beste
 * collega Anouk" stays one reader). Only the salutation, a reader as if named, is judged here.
 */
function isColleagueSalutation(folded: string, mention: PersonMention): boolean {
  return (
    mention.kind === 'self' &&
    mention.isNamedReader !== true &&
    COLLEAGUE_SALUTATIONS.some((word) => folded.startsWith(word, mention.start))
  );
}

/** Evidence tied to a name or a pupil word, which a procedure text does not rest on. */
function isNamedOrPupils(found: SensitiveEvidence): boolean {
  return found.subject !== 'adult' || (found.tiedTo !== 'adult' && found.tiedTo !== 'self');
}

/** What may follow "signed off on" for it still to be a sick note: "signed off on sick leave". */
const SICK_AFTER_SIGN_OFF = /^ on (?:sick|medical|stress|leave)/;

/** "been signed off on the BHV training": the idiom "sign off on" approves or certifies. */
function isSignOffOnSomething(folded: string, end: number): boolean {
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
function isRideAlong(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!AMBULANCE_RIDES.has(hit.term)) return false;
  const sentence = folded.slice(sentenceStartOf(folded, hit.start), hit.start);
  return sentence.split(/[^a-z]+/).some((word) => PERMISSION_WORDS.has(word));
}

/** Words that name a quoted word as a topic or a word: "het onderwerp 'diabetes'", "the topic 'cancer'". */
const TOPIC_NOUNS = new Set([
  'onderwerp',
  'thema',
  'woord',
  'begrip',
  'topic',
  'subject',
  'word',
  'term',
]);
/** Opening quotes: ' " ‘ “ „ */
const OPENING_QUOTES = new Set([39, 34, 0x2018, 0x201c, 0x201e]);
/** Closing quotes: ' " ’ ” */
const CLOSING_QUOTES = new Set([39, 34, 0x2019, 0x201d]);

/**
 * The hits that are not a word quoted as a topic: "Het onderwerp 'diabetes', dat hij noemde na
 * onze les", "the topic 'divorce' came up" speak of the word, not of anyone's condition. The quote
 * opens right before the term and closes within its words; a topic noun stands right before it.
 * A header "Onderwerp: 'diabetes'" has a colon between and is no such topic.
 */
function withoutQuotedTopics<T extends { start: number; end: number }>(
  hits: T[],
  folded: string,
): T[] {
  return hits.some((hit) => OPENING_QUOTES.has(folded.charCodeAt(hit.start - 1)))
    ? hits.filter((hit) => !isQuotedTopic(folded, hit.start, hit.end))
    : hits;
}

function isQuotedTopic(folded: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(folded.charCodeAt(start - 1)) || folded.charCodeAt(start - 2) !== 32)
    return false;
  let close = end;
  while (close < folded.length && close - end < 20 && isAsciiLower(folded.charCodeAt(close)))
    close++;
  if (!CLOSING_QUOTES.has(folded.charCodeAt(close))) return false;
  const wordStart = folded.lastIndexOf(' ', start - 3) + 1;
  return TOPIC_NOUNS.has(folded.slice(wordStart, start - 2));
}

/**
 * "het boek 'Mijn broer is een ster'", "'Wolf en Gazelle'": a person word or name inside a story's
 * title is the story's, nobody to tie a term to.
 */
function outsideTitles(
  mentions: PersonMention[],
  titles: BookTitles | undefined,
  folded: string,
): PersonMention[] {
  if (!titles || (titles.spans.length === 0 && titles.characters.size === 0)) return mentions;
  return mentions.filter((mention) => {
    const at = mention.antecedent ?? mention.start;
    // "Auggie Pullman is tien … Hij heeft 27 operaties gehad": the character, or a pronoun for them.
    return !isInTitle(titles, at) && !titles.characters.has(firstNameOf(folded, mention) ?? '');
  });
}

/** Character codes: ( ) , and the space. */
const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;
const COMMA = 44;
const SPACE = 32;

/** Jobs every school has, whose holder being named says nothing of anyone's situation. */
const SCHOOL_ROLES = new Set(['aandachtsfunctionaris', 'intern begeleider', 'orthopedagoog']);

/**
 * "Martijn (aandachtsfunctionaris)", "ikzelf als aandachtsfunctionaris": a school role in
 * apposition to a person is that person's job, no situation (what they deal with is said in
 * other words, which still count).
 */
function isRoleInApposition(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!SCHOOL_ROLES.has(hit.term)) return false;
  if (folded.charCodeAt(hit.start - 1) === OPEN_BRACKET) {
    const after = folded.charCodeAt(hit.end);
    return after === CLOSE_BRACKET || after === COMMA || after === SPACE;
  }
  return folded.startsWith(' als ', hit.start - 5) || folded.startsWith(' as ', hit.start - 4);
}

/** A police officer's title, which next to the officer's name is their job: "wijkagent Sander Hermans". */
const OFFICER_TITLES = new Set(['wijkagent']);

/** Care givers' titles that, next to a name, are that professional's job. */
const CARE_TITLES = new Set(['bedrijfsarts', 'company doctor', 'psychiater', 'psychiatrist']);

/**
 * "bedrijfsarts Yasmina Amrani", "with Mr J. Vos, psychologist, following …": a care giver's title
 * right before a capitalised name, or after a name and a comma, is that professional's job, no
 * one's condition (what they treat is said in other words, which still count).
 */
function isCareTitleOfName(text: string, hit: TermHit<LexiconTag>): boolean {
  const isOfficer = OFFICER_TITLES.has(hit.term);
  if (!CARE_GIVERS.has(hit.term) && !CARE_TITLES.has(hit.term) && !isOfficer) return false;
  if (text.charCodeAt(hit.end) === 32 && isUpperAscii(text.charCodeAt(hit.end + 1))) return true;
  // "De wijkagent (Sander Hermans) belde": the officer's name in brackets after the title.
  if (
    isOfficer &&
    text.charCodeAt(hit.end) === 32 &&
    text.charCodeAt(hit.end + 1) === OPEN_BRACKET &&
    isUpperAscii(text.charCodeAt(hit.end + 2))
  )
    return true;
  if (text.charCodeAt(hit.start - 1) !== 32 || text.charCodeAt(hit.start - 2) !== 44) return false;
  const after = text.charCodeAt(hit.end);
  if (after !== 44 && after !== 46 && after !== 41 && after !== 10 && !Number.isNaN(after))
    return false;
  // The word before the comma is a name: capitalised, as "Vos" in "Mr J. Vos, psychologist".
  let start = hit.start - 2;
  while (start > 0 && text.charCodeAt(start - 1) !== 32 && text.charCodeAt(start - 1) !== 10)
    start--;
  return start < hit.start - 2 && isUpperAscii(text.charCodeAt(start));
}

/** Verbs that give a person's job: "Lisa is orthopedagoog", "she works as a therapist". */
const JOB_VERBS = [
  ' is ',
  ' is een ',
  ' werkt als ',
  ' is a ',
  ' is an ',
  ' works as a ',
  ' works as an ',
];
/** Pronouns that can be the person whose job is given: "Zij is logopedist". */
const JOB_HOLDER_PRONOUNS = new Set(['zij', 'ze', 'hij', 'she', 'he']);

/**
 * "Lisa is orthopedagoog en …", "Zij werkt als logopedist", "Tom is a child psychologist": a care
 * giver's title or a school role said to be a person's job is what they do, no one's condition
 * (what they deal with is said in other words, which still count). The holder is a capitalised
 * name or a pronoun right before the verb; "Emma is bij de psycholoog" has an article between.
 */
function isJobOfSubject(text: string, folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!CARE_GIVERS.has(hit.term) && !SCHOOL_ROLES.has(hit.term) && !CARE_TITLES.has(hit.term))
    return false;
  // "kinderpsycholoog" is its own term; "a child psychologist" puts "child " before the title.
  const titleStart = folded.startsWith('child ', hit.start - 6) ? hit.start - 6 : hit.start;
  const verb = JOB_VERBS.find((words) => folded.startsWith(words, titleStart - words.length));
  if (!verb) return false;
  const holderEnd = titleStart - verb.length;
  let holderStart = holderEnd;
  while (holderStart > 0 && isLetterCode(folded.charCodeAt(holderStart - 1))) holderStart--;
  if (holderStart === holderEnd) return false;
  return (
    isUpperAscii(text.charCodeAt(holderStart)) ||
    JOB_HOLDER_PRONOUNS.has(folded.slice(holderStart, holderEnd))
  );
}

/** Writings a care giver may be the author of: "een artikel van een kinderpsycholoog". */
const WRITINGS = ['artikel', 'article', 'boek', 'book', 'blog', 'podcast', 'tips'];
/** Words between a writing and its indefinite author: "article from a", "boek van een". */
const AUTHOR_CUES = [' van een ', ' door een ', ' from a ', ' by a ', ' from an ', ' by an '];
/** Characters before the author cue in which the writing stands. */
const WRITING_REACH = 30;

/**
 * "this article from a child psychologist", "een boek van een orthopedagoog": a care giver who
 * wrote something is its author, no one's care giver.
 */
function isAuthorOfWriting(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!CARE_GIVERS.has(hit.term)) return false;
  const titleStart = folded.startsWith('child ', hit.start - 6) ? hit.start - 6 : hit.start;
  const cue = AUTHOR_CUES.find((words) => folded.startsWith(words, titleStart - words.length));
  if (!cue) return false;
  const cueStart = titleStart - cue.length;
  const before = folded.slice(Math.max(0, cueStart - WRITING_REACH), cueStart);
  return WRITINGS.some((word) => before.includes(word));
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
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

/** Whether the term of `hit` heads a rule book's name rather than naming a situation. */
function isRuleBookOf(folded: string, hit: TermHit<LexiconTag>): boolean {
  // A hit ends where its word ends; the term itself may be the word's first part.
  const termEnd = folded.startsWith(hit.term, hit.start) ? hit.start + hit.term.length : hit.end;
  if (hit.end > termEnd) {
    const rest = folded.slice(termEnd, hit.end);
    return RULE_BOOK_ENDS.some((tail) => rest.endsWith(tail));
  }
  return RULE_BOOK_WORDS.some((word) => folded.startsWith(word, hit.end));
}

/** What follows a firm's name: "Van Gils & Partners", "Lens BV", "Jansen Advocaten". */
const FIRM_ENDS = [
  ' & partners',
  ' & co',
  ' & zn',
  ' & zonen',
  ' & sons',
  ' bv',
  ' b.v.',
  ' nv',
  ' n.v.',
  ' advocaten',
  ' notarissen',
  ' ltd',
  ' llp',
];
/** Capitalised words a firm's name may have before its end ("Van der Berg & Partners"). */
const FIRM_NAME_WORDS = 4;

/**
 * "een brief van deurwaarderskantoor Van Gils & Partners": a name that goes on as a firm's ("&
 * Partners", "BV") is a company, no person with debts of their own.
 */
function isFirmName(text: string, folded: string, start: number): boolean {
  let at = start;
  for (let word = 0; word < FIRM_NAME_WORDS; word++) {
    while (at < text.length && isAsciiLower(folded.charCodeAt(at))) at++;
    if (
      FIRM_ENDS.some(
        (end) => folded.startsWith(end, at) && !isAsciiLower(folded.charCodeAt(at + end.length)),
      )
    )
      return true;
    if (text.charCodeAt(at) !== SPACE || !isUpperAscii(text.charCodeAt(at + 1))) return false;
    at++;
  }
  return false;
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

/** The longest e-mail address or web address looked through. */
const ADDRESS_MAX = 100;

/** Whether `[start, end)` lies inside an e-mail address or a web address. */
function isInAddress(folded: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < ADDRESS_MAX && !isAddressEdge(folded.charCodeAt(from - 1)))
    from--;
  let to = end;
  while (to < folded.length && to - end < ADDRESS_MAX && !isAddressEdge(folded.charCodeAt(to)))
    to++;
  const token = folded.slice(from, to);
  return token.includes('@') || token.includes('://') || token.startsWith('www.');
}

/** White space and the brackets around an address: "<r.dohmen@…>", "(www.…)". */
function isAddressEdge(code: number): boolean {
  return code <= 32 || code === 60 || code === 62 || code === 40 || code === 41 || code === 34;
}

/** Words right before a term that make it a count: "aantal", "number of", "percentage". */
const COUNT_WORDS = ['aantal ', 'percentage ', 'number of ', 'numbers of ', 'percentage of '];

/** Whether a count word stands right before `start`. */
function isCounted(folded: string, start: number): boolean {
  return COUNT_WORDS.some((word) => folded.startsWith(word, start - word.length));
}

/** Acronym terms that are also a common word in lower case: "ADD" the diagnosis, "add" the verb. */
const CAPITALS_ONLY = new Set(['add']);

/** "please add the dates", "Add a line": an acronym term not written in capitals is the word. */
function isWordNotAcronym(text: string, hit: TermHit<LexiconTag>): boolean {
  return (
    CAPITALS_ONLY.has(hit.term) &&
    text.slice(hit.start, hit.start + hit.term.length) !== hit.term.toUpperCase()
  );
}

/** Courses whose content a bracket lists: "EHBO voor kinderen (incl. epilepsie …)". */
const COURSE_WORDS = [
  'ehbo',
  'bhv',
  'cursus',
  'training',
  'workshop',
  'scholing',
  'first aid',
  'course',
];
/** How a bracket that lists a course's content opens. */
const CONTENT_OPENINGS = [
  '(incl',
  '(inclusief ',
  '(including ',
  '(o.a. ',
  '(onder andere ',
  '(waaronder ',
  '(e.g. ',
  '(such as ',
];
/** How far a course's content bracket may open before a term. */
const CONTENT_REACH = 80;
/** How far before its content bracket a course is named. */
const COURSE_REACH = 40;

/**
 * "EHBO voor kinderen (incl. epilepsie, allergie en astma-aanval) op 19 november: Mei Lin, …",
 * "first aid course (including asthma and epilepsy)": a course's content, listed in a bracket after
 * the course's name, is what staff learn about, no one's condition.
 */
function isCourseContent(folded: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && start - at <= CONTENT_REACH; at--) {
    const code = folded.charCodeAt(at);
    if (code === 41) return false; // ")": the term stands after the bracket, not inside it
    if (code !== 40) continue;
    if (!CONTENT_OPENINGS.some((opening) => folded.startsWith(opening, at))) return false;
    const course = folded.slice(Math.max(0, at - COURSE_REACH), at);
    return COURSE_WORDS.some((word) => course.includes(word));
  }
  return false;
}

/** What opens a lesson's topic: "een les geven over wat de politie doet: … een huiszoeking". */
const LESSON_TOPIC_CUES = [
  'les over ',
  'les geven over ',
  'lessen over ',
  'gastles over ',
  'voorlichting over ',
  'lesson about ',
  'lesson on ',
  'lessons about ',
  'lessons on ',
];
/**
 * A person between a lesson's opening and the term: then it is theirs ("over zijn vader", "les over
 * pesten kwam hij huilend bij me: hij wordt gepest").
 */
const OWNED_IN_TOPIC = new Set([
  'zijn',
  'haar',
  'mijn',
  'hun',
  'hij',
  'zij',
  'ze',
  'ik',
  'hem',
  'his',
  'her',
  'my',
  'their',
  'he',
  'she',
  'i',
  'him',
  'they',
]);

/**
 * "Hij wil in groep 6 een les geven over wat de politie doet: … een aanhouding, hoe een
 * huiszoeking gaat", "a lesson about what happens at an arrest": a lesson's topic, in the same
 * sentence, with no name or anyone's own ("zijn", "her") between, is what a class learns about.
 */
function isLessonTopic(text: string, folded: string, start: number): boolean {
  const sentenceStart = sentenceStartOf(folded, start);
  const before = folded.slice(sentenceStart, start);
  let cueEnd = -1;
  for (const cue of LESSON_TOPIC_CUES) {
    const at = before.lastIndexOf(cue);
    if (at !== -1) cueEnd = Math.max(cueEnd, at + cue.length);
  }
  if (cueEnd === -1) return false;
  const topic = before.slice(cueEnd);
  if (topic.split(/[^a-z]+/).some((word) => OWNED_IN_TOPIC.has(word))) return false;
  // A capital in the sentence after its first word may be a name: "les over wat Daan overkwam",
  // "Kenzo vertelde na de les over de politie dat er een huiszoeking was".
  for (let i = sentenceStart; i < start; i++)
    if (
      isUpperAscii(text.charCodeAt(i)) &&
      !isAsciiLower(folded.charCodeAt(i - 1)) &&
      hasWordBefore(folded, sentenceStart, i)
    )
      return false;
  let firstStart = sentenceStart;
  while (firstStart < start && !isAsciiLower(folded.charCodeAt(firstStart))) firstStart++;
  let firstEnd = firstStart;
  while (isAsciiLower(folded.charCodeAt(firstEnd))) firstEnd++;
  return !NAMES.has(folded.slice(firstStart, firstEnd));
}

/** Whether a letter stands in folded[from, at): the word at `at` is not the sentence's first. */
function hasWordBefore(folded: string, from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (isAsciiLower(folded.charCodeAt(i))) return true;
  return false;
}

/** How a service says it is there for anyone: "available to everyone", "voor iedereen". */
const OPEN_TO_ALL = [
  'available to everyone',
  'available to all',
  'open to everyone',
  'open to all',
  'there for everyone',
  'voor iedereen beschikbaar',
  'beschikbaar voor iedereen',
  'voor alle medewerkers beschikbaar',
  'beschikbaar voor alle',
  'staat voor iedereen klaar',
  'staan voor iedereen klaar',
];
/** How far after a care giver its sentence is read for "available to everyone". */
const OPEN_TO_ALL_REACH = 60;

/**
 * "the confidential adviser and the company doctor are available to everyone", "de bedrijfsarts
 * is voor iedereen beschikbaar": a care giver offered to all staff is a service, no one's care.
 */
function isCareOpenToAll(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!CARE_GIVERS.has(hit.term) && !CARE_TITLES.has(hit.term)) return false;
  const after = folded.slice(hit.end, hit.end + OPEN_TO_ALL_REACH);
  return OPEN_TO_ALL.some((words) => {
    const at = after.indexOf(words);
    return at !== -1 && !hasSentenceEnd(after, 0, at);
  });
}

/** A year this early is history: "his arrest in 1962", "in 1944 opgepakt". */
const HISTORY_BEFORE = 1970;
/** How far after a term its sentence is read for a year. */
const HISTORY_AFTER_REACH = 80;

/**
 * "Nelson Mandela: his arrest in 1962, … his 27 years in prison", "Anne Frank werd in 1944
 * gearresteerd": a year before 1970 in the term's sentence tells history, no one's file today.
 */
function isHistory(folded: string, start: number, end: number): boolean {
  const from = sentenceStartOf(folded, start);
  let to = Math.min(folded.length, end + HISTORY_AFTER_REACH);
  for (let i = end; i < to; i++)
    if (hasSentenceEnd(folded, i, i + 1)) {
      to = i;
      break;
    }
  for (let i = from; i + 4 <= to; i++) {
    if (!isDigit(folded.charCodeAt(i)) || isDigit(folded.charCodeAt(i - 1))) continue;
    if (!isDigit(folded.charCodeAt(i + 1)) || !isDigit(folded.charCodeAt(i + 2))) continue;
    if (!isDigit(folded.charCodeAt(i + 3)) || isDigit(folded.charCodeAt(i + 4))) continue;
    // Not part of an amount: "€ 1.214,50".
    if (folded.charCodeAt(i - 1) === 46) continue;
    if (folded.charCodeAt(i + 4) === 44 && isDigit(folded.charCodeAt(i + 5))) continue;
    const year = Number(folded.slice(i, i + 4));
    if (year >= 1000 && year < HISTORY_BEFORE) return true;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Residence documents, which a registration or contract asks for as one of a choice. */
const RESIDENCE_DOCUMENTS = new Set(['verblijfsvergunning', 'residence permit', 'residence card']);
/** Characters either side of a residence document in which its alternative is written. */
const DOCUMENT_REACH = 24;
/** An identity document and "or" before a residence document: "een geldig ID of …". */
const DOCUMENT_OR_BEFORE = [
  'id or ',
  'id of ',
  'id-kaart of ',
  'id card or ',
  'identity card or ',
  'identiteitsbewijs of ',
  'passport or ',
  'paspoort of ',
];
/** "or" and an identity document after a residence document: "residence permit or passport". */
const DOCUMENT_OR_AFTER = [
  ' or passport',
  ' or id',
  ' or identity',
  ' of paspoort',
  ' of id',
  ' of identiteitsbewijs',
];

/**
 * "we need to see a valid ID or residence permit for each child", "een geldig paspoort of
 * verblijfsvergunning meenemen": a choice of documents says what to show, not what anyone holds.
 */
function isDocumentAlternative(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (!RESIDENCE_DOCUMENTS.has(hit.term)) return false;
  // Plain-text mail wraps lines: "a valid ID or\nresidence permit".
  const before = folded
    .slice(Math.max(0, hit.start - DOCUMENT_REACH), hit.start)
    .replace(/\s/g, ' ');
  const after = folded.slice(hit.end, hit.end + DOCUMENT_REACH).replace(/\s/g, ' ');
  return (
    DOCUMENT_OR_BEFORE.some((words) => before.endsWith(` ${words}`)) ||
    DOCUMENT_OR_AFTER.some((words) => after.startsWith(words))
  );
}

/** The end of a compound that makes a health word a patients' charity: "Diabetesvereniging". */
const CHARITY_ENDS = ['fonds', 'vereniging', 'stichting', 'federatie'];
/** The word after a health word that makes it a charity's name: "Diabetes Association". */
const CHARITY_AFTER = [
  ' foundation',
  ' association',
  ' society',
  ' fonds',
  ' vereniging',
  ' stichting',
];

/** "het astmafonds", "de Epilepsie Vereniging": a charity named after a condition. */
function isCharityName(folded: string, hit: TermHit<LexiconTag>): boolean {
  return (
    CHARITY_ENDS.some((end) => folded.endsWith(end, hit.end) && hit.end - hit.start > end.length) ||
    CHARITY_AFTER.some((words) => folded.startsWith(words, hit.end))
  );
}

/** A pupil term written in the plural: "zorgleerlingen" (a hit ends where its word ends). */
function isPluralOfPupilWord(folded: string, hit: TermHit<LexiconTag>): boolean {
  return (
    hit.term.endsWith('leerling') &&
    hit.end - hit.start === hit.term.length + 2 &&
    folded.startsWith('en', hit.end - 2)
  );
}

/** English words for what is arranged: "payment arrangement", "travel arrangements". */
const ARRANGED_THINGS = [
  'payment ',
  'travel ',
  'childcare ',
  'parking ',
  'seating ',
  'sleeping ',
  'living ',
  'working ',
  'flexible ',
  'holiday ',
];

/**
 * "the payment arrangement with the landlord's bailiff", "travel arrangements for the trip": in
 * English an arrangement is any plan; only the Dutch "arrangement" (a support package from the
 * samenwerkingsverband) is a pupil's record.
 */
function isEverydayArrangement(folded: string, hit: TermHit<LexiconTag>): boolean {
  return (
    hit.term === 'arrangement' &&
    ARRANGED_THINGS.some((words) => isWordBefore(folded, words, hit.start))
  );
}

/** Characters after an HR word in which its amount is written: "salaris (bruto): € 3.806,22". */
const AMOUNT_REACH = 30;
/** An amount in euros right after a word, a few words and a colon allowed between. */
const AMOUNT_AFTER = /^[a-z ()]{0,16}:? {0,3}(?:€|eur |euro ) ?\d/;

/**
 * Weak terms that the words around them make one pupil's file. "IEP": in English ("Noah's IEP",
 * "his IEP goals") an individual education plan; in Dutch also a test ("de IEP-toets"), weak alone.
 */
const STRONG_IN_CONTEXT = new Map<string, { before: readonly string[]; after: readonly string[] }>([
  [
    'iep',
    {
      before: ["'s ", ' his ', ' her ', ' their ', ' an ', ' your '],
      // Not "is": Dutch has it too.
      after: [
        ' goal',
        ' meeting',
        ' review',
        ' target',
        ' plan',
        ' for ',
        ' has ',
        ' says',
        ' states',
      ],
    },
  ],
]);

function isStrongInContext(folded: string, hit: TermHit<LexiconTag>): boolean {
  const context = STRONG_IN_CONTEXT.get(hit.term);
  // A compound ("IEP-toets", "IEP-uitslag") keeps the Dutch sense.
  if (context === undefined || folded.charCodeAt(hit.end) === 45) return false;
  return (
    context.before.some((words) => folded.startsWith(words, hit.start - words.length)) ||
    context.after.some((words) => folded.startsWith(words, hit.end))
  );
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

function isProceedingAbout(folded: string, hit: TermHit<LexiconTag>): boolean {
  const objects = ONE_PERSONS_MATTER.get(folded.slice(hit.start, hit.end));
  return objects !== undefined && objects.some((object) => folded.startsWith(object, hit.end));
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
function isRuleOfOnesMeasure(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (folded.slice(hit.start, hit.end) !== 'cao') return false;
  const sentence = folded.slice(sentenceStartOf(folded, hit.start), hit.start);
  return MEASURE_STEMS.some((stem) => sentence.includes(stem));
}

/**
 * "uitnodiging functioneringsgesprek", "uitnodiging voor je verzuimgesprek": an invitation to
 * one talk (a word ending in "gesprek", not "gesprekken") is one person's matter, not a broadcast.
 */
function isInvitationToOnesTalk(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (folded.slice(hit.start, hit.end) !== 'uitnodiging') return false;
  const after = /^(?: voor)?(?: een| het| je| jouw| uw)? ([a-z-]+)/.exec(
    folded.slice(hit.end, hit.end + 60),
  );
  return after?.[1]?.endsWith('gesprek') === true;
}

function isPersonHit(hit: TermHit<LexiconTag>): hit is TermHit<PersonWordTag> {
  return hit.tag.kind === 'person';
}

const PARENT_SITUATIONS = new Set(PARENT_SITUATION_TERMS);
const PARENT_WORDS = new Set([
  'vader',
  'moeder',
  'papa',
  'mama',
  'stiefvader',
  'stiefmoeder',
  'ouders',
  'gezin',
  'familie',
  'father',
  'mother',
  'dad',
  'mum',
  'mom',
  'parents',
  'family',
  // "dhr. Vaessen … huisverbod": a titled adult next to the situation is the parent.
  'dhr',
  'mevrouw',
  'meneer',
  'mr',
  'mrs',
]);
/** The writer, who is a parent when they speak of their own situation next to a child. */
const WRITER_WORDS = new Set(['ik', 'mijn', 'i', 'my']);
/** One parent of the child: "ouders" or "parents" in a procedure text is nobody's home. */
const ONE_PARENT_WORDS = new Set([
  'vader',
  'moeder',
  'papa',
  'mama',
  'stiefvader',
  'stiefmoeder',
  'father',
  'mother',
  'dad',
  'mum',
  'mom',
]);
/** Words before a child's name: "de moeder van Lina", "the father of Kofi". */
const PARENT_OF = [
  'moeder van ',
  'vader van ',
  'ouders van ',
  'mama van ',
  'papa van ',
  'mother of ',
  'father of ',
  'parents of ',
  'mum of ',
];
/** Words for a child (not for its family): "zoon", "leerling", "daughter". */
const CHILD_WORDS = [
  'leerling',
  'zoon',
  'dochter',
  'kind',
  'kleuter',
  'jongen',
  'meisje',
  'broertje',
  'zusje',
  'pupil',
  'son',
  'daughter',
  'child',
  'kid',
  'student',
  'boy',
  'girl',
];
/** What follows a pupil's name and gives their class: "Kim (group 5)", "Lina Haddad (gr 5)". */
const CLASS_AFTER_NAME = [' (groep ', ' (group ', ' (gr ', ' (gr. ', ', groep ', ' uit groep '];

/** A name (and one surname word) right before its class: a child named by their class. */
function isBeforeClass(folded: string, start: number): boolean {
  let end = start;
  for (let words = 0; words < 2; words++) {
    while (end < folded.length && end - start < 40 && isAsciiLower(folded.charCodeAt(end))) end++;
    const at = end;
    const found = CLASS_AFTER_NAME.find((words) => folded.startsWith(words, at));
    if (found) {
      const digit = folded.charCodeAt(at + found.length);
      return digit >= 49 && digit <= 56;
    }
    if (folded.charCodeAt(end) !== 32) return false;
    end++;
  }
  return false;
}

/** Words right before a situation that say it is absent: "geen contactverbod", "no restraining order". */
const NEGATIONS = [' geen ', ' no ', ' not a ', ' not an ', ' nooit een ', ' never a '];

/** "geen diagnose", "no diagnoses": a negation right before `position`. */
function isNegated(folded: string, position: number): boolean {
  return NEGATIONS.some((word) => folded.startsWith(word, position - word.length));
}

/** Characters between a parent word and the parent's situation ("vader … aangehouden"). */
const PARENT_REACH = 120;

/**
 * Proceedings a court or the police hold over a child's care: custody, supervised contact, a
 * report for truancy. Told by the school ("de rechter heeft bepaald dat Noa alleen begeleid contact
 * heeft met vader"), they are the pupil's file, as a divorce is; a parent telling of their own case
 * ("mijn ex en ik staan voor de rechtbank") makes them that parent's data as well.
 */
const PROCEEDINGS_OVER_A_CHILD = new Set([
  'rechtbank',
  'rechter heeft',
  'over het gezag',
  'gezagsprocedure',
  'begeleid contact',
  'proces-verbaal',
]);

/**
 * "de vader van Milan is aangehouden": a parent's own situation is the parent's sensitive data as
 * well as the child's file; returns the parent word that makes it so.
 */
function parentWordNear(
  folded: string,
  found: SensitiveEvidence,
  isWriterProfessional = false,
): string | undefined {
  if (!PARENT_SITUATIONS.has(found.term)) return undefined;
  // "Er is geen contactverbod", "there is no restraining order": a measure said not to exist.
  if (NEGATIONS.some((word) => folded.startsWith(word, found.start - word.length)))
    return undefined;
  const around = folded.slice(Math.max(0, found.start - PARENT_REACH), found.end + PARENT_REACH);
  const parent = around.split(/[^a-z]+/).find((word) => PARENT_WORDS.has(word));
  if (parent && !PROCEEDINGS_OVER_A_CHILD.has(found.term)) return parent;
  // "sander en ik zijn uit elkaar … lieke": a parent writing about their own situation and child.
  // A writer who signs with a care or school role ("Leerplichtambtenaar", "jeugdarts") writes of
  // the proceeding as a professional: "zet ik het traject richting proces-verbaal on hold".
  if (isWriterProfessional) return undefined;
  const writer = around.split(/[^a-z]+/).find((word) => WRITER_WORDS.has(word));
  return writer ? `the writer (${writer})` : undefined;
}

/**
 * Words before a parent that make them the one who reports: "afgemeld door moeder (griep)",
 * "called in by his mother (asthma attack)".
 */
const REPORTED_BY = [
  ' door ',
  ' door zijn ',
  ' door haar ',
  ' by ',
  ' by his ',
  ' by her ',
  ' by their ',
  ' via ',
];
/** Pronouns in a note that point back at the child: "moeder (operatie aan zijn amandelen)". */
const CHILDS_PRONOUNS = /(?:^|[^a-z])(?:zijn|haar|hij|zij|ze|his|her|he|she)(?=$|[^a-z])/;
/** Characters of a parenthesised note read for such a pronoun. */
const NOTE_REACH = 60;

/**
 * "zorgt voor broertje tijdens ziekenhuisopnames moeder (chemo)", "while mother (cancer) is in
 * hospital": a health note in brackets right after one parent word, as in a list's reason column,
 * is that parent's condition (as well as the child's home situation); returns the parent word. A
 * parent who reports ("afgemeld door moeder (buikgriep)") or a note on the child ("moeder
 * (operatie aan zijn amandelen)") leaves it the child's.
 */
function parentNotedBefore(folded: string, found: SensitiveEvidence): string | undefined {
  if (found.category !== 'health' || !folded.startsWith(' (', found.start - 2)) return undefined;
  const end = found.start - 2;
  let start = end;
  while (start > 0 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  const word = folded.slice(start, end);
  if (!ONE_PARENT_WORDS.has(word)) return undefined;
  if (REPORTED_BY.some((words) => folded.startsWith(words, start - words.length))) return undefined;
  const note = folded.slice(found.start, found.start + NOTE_REACH);
  const close = note.indexOf(')');
  return CHILDS_PRONOUNS.test(close < 0 ? note : note.slice(0, close)) ? undefined : word;
}

/** Health or money trouble of a parent ("moeder", "mum") with a child of theirs spoken of. */
function childOfParent(
  folded: string,
  found: SensitiveEvidence,
  mentions: readonly PersonMention[],
): string | undefined {
  const isFamilyMatter =
    found.category === 'health' || found.category === 'home' || PARENT_SITUATIONS.has(found.term);
  // "zorgt voor zijn moeder" is no child, nor is "leerkracht groep 6": a child word must be there.
  const hasChild = mentions.some(
    (mention) =>
      (mention.kind === 'pupil' &&
        !mention.isClass &&
        CHILD_WORDS.some((word) => folded.startsWith(word, mention.start))) ||
      // "De moeder van Lina en Rayan": the children named after their parent.
      (mention.kind === 'name' &&
        PARENT_OF.some((words) => folded.startsWith(words, mention.start - words.length))) ||
      // "Kim (group 5) is worried about her mum": a named child by their class.
      (mention.kind === 'name' &&
        (mention.cue === NAME_BEFORE_CLASS || isBeforeClass(folded, mention.start))),
  );
  if (!isFamilyMatter || !hasChild) return undefined;
  const from = Math.max(0, found.start - PARENT_REACH);
  const around = folded.slice(from, found.end + PARENT_REACH);
  // "Mijn moeder heeft de diagnose Alzheimer": the writer's own parent, a grown-up's, is no child's.
  const parent = /[a-z]+/g;
  for (let word = parent.exec(around); word; word = parent.exec(around))
    if (
      ONE_PARENT_WORDS.has(word[0]) &&
      !WRITERS_OWN.some((owner) => isWordBefore(folded, owner, from + word.index))
    )
      return word[0];
  return undefined;
}

/**
 * What a parent's own situation does to their child, said with the child as the subject: fear
 * or distress ("Ravi is er heel bang van", "Noah was quite upset", "ze geeft zichzelf de schuld")
 * or their absence ("why Noah has not been at school"). What the child knows and who collects
 * them are left out: "Lotte weet het", "haalt oma Zeynep op" are said of adults as often.
 */
const CHILD_EFFECTS = [
  'bang',
  'angstig',
  'verdrietig',
  'overstuur',
  'huilt',
  'huilde',
  'geeft zichzelf de schuld',
  'scared',
  'frightened',
  'upset',
  'blames herself',
  'blames himself',
  'has not been at school',
  "hasn't been at school",
];

/** Characters around the writer's own situation in which the child's sentence is read. */
const CHILD_EFFECT_REACH = 600;
/** Characters from the child's name (or "mijn zoon") to the effect it is the subject of. */
const CHILD_SUBJECT_REACH = 30;

/**
 * The writer's own health, money or legal situation ("ik heb schulden", "I'm on sick leave")
 * and, near it, their child (by name, or "mijn zoon") frightened, upset or kept from school: the
 * child's home situation, a pupil's file. Returns that evidence, tied to the child, or undefined
 * when a pupil's evidence is there already or no such sentence is.
 */
function writersChildAffected(
  evidence: readonly SensitiveEvidence[],
  mentions: readonly PersonMention[],
  folded: string,
  people: ReadonlySet<string> | undefined,
): SensitiveEvidence | undefined {
  if (evidence.some((found) => found.subject === 'pupil')) return undefined;
  // "ik heb een gokprobleem gehad en daar zijn schulden uit gekomen", "I'm now on sick leave":
  // the writer ("ik", "I", "mijn", "my") in the term's sentence, within reach before it.
  const own = evidence.find(
    (found) =>
      found.subject === 'adult' &&
      (found.tiedTo === 'self' ||
        found.cue?.startsWith('the writer') === true ||
        mentions.some(
          (mention) =>
            mention.isFirstPerson === true &&
            mention.start < found.start &&
            found.start - mention.start <= SELF_REACH &&
            !hasSentenceEnd(folded, mention.start, found.start),
        )),
  );
  if (!own) return undefined;
  const from = Math.max(0, own.start - CHILD_EFFECT_REACH);
  const to = own.end + CHILD_EFFECT_REACH;
  for (const effect of CHILD_EFFECTS)
    for (
      let at = folded.indexOf(effect, from);
      at >= 0 && at <= to;
      at = folded.indexOf(effect, at + 1)
    ) {
      if (
        isAsciiLower(folded.charCodeAt(at - 1)) ||
        isAsciiLower(folded.charCodeAt(at + effect.length))
      )
        continue;
      // The person mentioned last before the effect, in its sentence, is who is affected.
      let last: PersonMention | undefined;
      for (const mention of mentions) {
        if (mention.start >= at) break;
        if (mention.kind !== 'self') last = mention;
      }
      if (
        last &&
        at - last.start <= CHILD_SUBJECT_REACH &&
        !hasSentenceEnd(folded, last.start, at) &&
        isChildMention(folded, last, people)
      )
        return {
          ...own,
          subject: 'pupil',
          tiedTo: last.kind,
          cue: `the writer's child: "${effect}"`,
        };
    }
  return undefined;
}

/** A child by name (not a correspondent's) or by one child word ("zoon", "daughter"; no plural). */
function isChildMention(
  folded: string,
  mention: PersonMention,
  people: ReadonlySet<string> | undefined,
): boolean {
  if (mention.isClass === true || mention.isTitle === true) return false;
  if (mention.kind === 'name')
    return (
      mention.antecedent === undefined &&
      !(people?.has(firstNameOf(folded, mention) ?? '') ?? false)
    );
  if (mention.kind !== 'pupil') return false;
  const word = /^[a-z]+/.exec(folded.slice(mention.start, mention.start + 16))?.[0] ?? '';
  return CHILD_WORDS.includes(word);
}

/** Words that make a lawyer a threat: "anders schakel ik mijn advocaat in", "or I'll call my lawyer". */
const THREAT_WORDS = [' anders ', 'otherwise', ' or else ', ' or i will ', " or i'll "];
/** A lawyer who acts for someone: "advocaat", "lawyer", "solicitor". */
const COUNSEL = new Set(['advocaat', 'lawyer', 'solicitor']);

/**
 * "there's a court thing pending … my solicitor said to tell the school", "mijn advocaat zegt …":
 * a parent who writes of their own lawyer next to their child has a legal case of their own, the
 * parent's data as well as the child's home; returns who. ("de advocaat van vader" is the parent
 * word's matter, for `parentWordNear`.)
 */
function writersOwnCounsel(folded: string, found: SensitiveEvidence): string | undefined {
  if (!COUNSEL.has(found.term)) return undefined;
  // "Graag een reactie, anders schakel ik mijn advocaat in": a threat, no case (yet).
  const sentence = folded.slice(sentenceStartOf(folded, found.start), found.start);
  if (THREAT_WORDS.some((word) => sentence.includes(word))) return undefined;
  const owner = WRITERS_OWN.find((words) => isWordBefore(folded, words, found.start));
  return owner ? `the writer (${owner}${found.term})` : undefined;
}

/** The writer's own: "mijn moeder", "my dad" (a parent writes "mijn zoon", not "mijn moeder"). */
const WRITERS_OWN = ['mijn ', 'my ', "m'n "];

/** "chemotherapie" is "chemo" (strong), not also "~therapie" (weak): one hit per word, the strongest
 * (hits are sorted by start). */
function withoutWeakerAtSameWord(hits: WeightedHit[]): WeightedHit[] {
  const strongStarts = new Set(hits.filter((hit) => hit.weight === 2).map((hit) => hit.start));
  // "hangende het onderzoek" is one strong phrase, not also "onderzoek" (weak) inside it.
  let strongEnd = -1;
  return hits.filter((hit) => {
    if (hit.weight === 2) {
      strongEnd = Math.max(strongEnd, hit.end);
      return true;
    }
    return !strongStarts.has(hit.start) && hit.end > strongEnd;
  });
}

function judgeHit(
  index: number,
  hits: WeightedHit[],
  mentions: PersonMention[],
  context: TextContext,
  original: string,
  folded: string,
): SensitiveEvidence | undefined {
  const hit = hits[index];
  if (!hit) return undefined;
  if (
    hit.weight === 1 &&
    !hasCompanionTerm(index, hits) &&
    !(
      hit.isPersonal &&
      (isSaidOfNamedPerson(hit, mentions, folded) || isSaidOfNamedReader(hit, mentions, folded))
    )
  )
    return undefined;
  // "Als uw kind een allergie heeft, …", "If your child has asthma": said of any child. Only a
  // person in the same sentence, and not a "kind" or "child" standing for anyone, can tie there.
  const sentenceStart = sentenceStartOf(folded, hit.start);
  const isHypothetical = isHypotheticalSentence(folded, sentenceStart);
  // "Hoe lang heb je om een plan van aanpak op te stellen?": only a name in it is someone's.
  const isQuestion = isGeneralQuestion(folded, sentenceStart, hit.start);
  const near: PersonMention[] = [];
  for (let m = firstAtOrAfter(mentions, hit.start - REACH); m < mentions.length; m++) {
    const mention = mentions[m];
    if (!mention || mention.start > hit.end + REACH) break;
    if (isHypothetical && !isInHypotheticalSentence(mention, hit, sentenceStart, folded)) continue;
    if (
      isQuestion &&
      (mention.kind === 'self' || !isInHypotheticalSentence(mention, hit, sentenceStart, folded))
    )
      continue;
    near.push(mention);
  }
  // A newsletter, agenda or training may name people; only a name in the same sentence as the
  // term, and not a speaker's or facilitator's, counts there.
  const isClose = (mention: PersonMention) =>
    Math.abs(mention.start - hit.start) <= SENTENCE_REACH &&
    !hasSentenceEnd(folded, Math.min(mention.start, hit.start), Math.max(mention.start, hit.start));
  // Speakers and authors ("drs. Maud Lenssen") are adults: only for adult records do they count.
  // "Geachte heer Schols, … ontvangt u een schriftelijke waarschuwing, die in uw
  // personeelsdossier …": the reader, by name, and two records of theirs together (a training
  // for the reader names one topic at a time).
  const isReaderRecord =
    hit.category === 'adult-record' && hit.weight === 2 && hasStrongNeighbour(index, hits);
  const isNamedClose = near.some(
    (mention) =>
      (mention.isNamed || mention.isNamedReader === true) &&
      isClose(mention) &&
      // "Uw salarisstrook over februari": the named reader's "uw" is no speaker, character or byline.
      ((mention.kind === 'self' && !mention.isNamed) ||
        // A pronoun for a speaker ("De lezing van Tijl Koenderink … ze") is that speaker.
        (!isSpeaker(folded, mention.antecedent ?? mention.start) &&
          // "De hoofdpersoon, Jelle, ontdekt …": a character in a book.
          !isCharacter(folded, mention.antecedent ?? mention.start) &&
          // "follow the meldcode and talk to Marieke": whom to go to, in a general text.
          !isContactPerson(folded, mention.start) &&
          !isByline(original, mention.antecedent ?? mention.start))) &&
      (mention.kind === 'name' ||
        (hit.category === 'adult-record' && mention.kind === 'adult') ||
        (isReaderRecord && mention.kind === 'self' && mention.isNamedReader === true)),
  );
  // "ik ben moslima", "mijn burn-out": the writer's own disclosure is never general.
  // "ik was op een congres over hoogbegaafdheid" is a topic the writer heard about, not theirs.
  // "I've made the return-to-work plan template": after an article the term is a thing the
  // writer handles, not the writer's own ("my return-to-work plan" is).
  const isOwnDisclosure = near.some(
    (mention) =>
      mention.isFirstPerson === true &&
      isSelfsTerm(folded, mention, hit) &&
      !TOPIC_WORDS.some((word) => folded.slice(mention.start, hit.start).includes(word)) &&
      !isAfterArticle(folded, hit.start),
  );
  if (isExpertise(folded, hit)) return undefined;
  if (isGroupsOwn(folded, hit)) return undefined;
  if (
    isUnnamedChildsOwn(folded, hit) &&
    !near.some((mention) => mention.kind === 'name' && mention.isNamed && isClose(mention))
  )
    return undefined;
  const isGeneral = context.isGeneral(hit.start);
  if (isGeneral && !isNamedClose && !isOwnDisclosure) return undefined;
  // In a newsletter or training a weak word ("IB", "begeleiding") is part of the topic, not a file.
  // An adult's matter said of a named person in its own sentence ("Rachid en Fatma … voor het
  // iftar"), or a weak HR word a strong record backs ("Jan heeft zich twee keer ziek gemeld … een
  // verbetertraject"), is that person's, as a strong term there is.
  if (
    isGeneral &&
    hit.weight === 1 &&
    !(
      hit.category === 'adult-record' &&
      isNamedClose &&
      (hit.isPersonal === true || hasStrongRecordNear(index, hits)) &&
      // By a given name itself: a pronoun or a capitalised word may be an organisation ("Justis
      // doet er 1 tot 4 weken over … HR registreert dat hij is ingeleverd").
      near.some((mention) => mention.cue === GIVEN_NAME && isClose(mention))
    )
  )
    return undefined;
  // "Ik was zwanger … ik moet terug naar het ziekenhuis": a weak word whose only second sign is an
  // adult's record (pregnancy, sick leave) is that adult's, whoever else ("het kindje") is near.
  // A name in the same sentence keeps the word theirs ("Lara vertelde dat mama in het ziekenhuis ligt").
  const subject =
    hit.weight === 1 &&
    hit.category === 'health' &&
    !near.some((mention) => mention.kind === 'name' && isClose(mention)) &&
    hasOnlyAdultCompanions(index, hits)
      ? 'adult'
      : subjectOf(hit, near, context, folded, hits);
  // A class ("groep 5") is no person: it leans the text towards pupils but ties nothing.
  const tie = near.find(
    (mention) =>
      !mention.isClass &&
      ((subject === 'adult' &&
        (mention.kind !== 'self' ||
          (isOwnInSentence(mention, hit, folded) && isSelfsTerm(folded, mention, hit)))) ||
        mention.kind === 'name' ||
        mention.kind === 'pupil'),
  );
  if (!subject || !tie) return undefined;
  // "de samenvatting van de psycholoog", "The doctor gave us a letter" in a mail about a pupil:
  // the professional gives care, and is no adult with a condition of their own.
  if (subject === 'adult' && isCareGiverOfNobodysOwn(folded, hit, context)) return undefined;
  return {
    subject,
    category: hit.category,
    term: hit.term,
    start: hit.start,
    end: hit.end,
    tiedTo: tie.kind,
    ...(tie.cue ? { cue: tie.cue } : {}),
  };
}

/** Articles that leave a person unnamed: "één kind" folds to "een kind". */
const INDEFINITE_ARTICLES = new Set(['een', 'one', 'a', 'an']);
/** A pupil spoken of by a plain noun: "een kind met", "a pupil with". */
const UNNAMED_CHILD_NOUNS = new Set([
  'kind',
  'kindje',
  'leerling',
  'jongen',
  'meisje',
  'child',
  'pupil',
  'student',
  'boy',
  'girl',
]);
/** Words between "met"/"with" and the term: "met een zware notenallergie". */
const WITH_GAP = 2;

/**
 * "In de klas is één kind met een notenallergie", "there is one pupil with diabetes": the term
 * belongs to a child introduced without a name, who stays unnamed ("Daan is een kind met ADHD"
 * names him in the sentence, which the caller checks).
 */
function isUnnamedChildsOwn(folded: string, hit: WeightedHit): boolean {
  const start = Math.max(sentenceStartOf(folded, hit.start), hit.start - 60);
  const words = folded
    .slice(start, hit.start)
    .split(/[^a-z]+/)
    .filter(Boolean);
  const withAt = Math.max(words.lastIndexOf('met'), words.lastIndexOf('with'));
  return (
    withAt >= 2 &&
    words.length - 1 - withAt <= WITH_GAP &&
    UNNAMED_CHILD_NOUNS.has(words[withAt - 1] ?? '') &&
    INDEFINITE_ARTICLES.has(words[withAt - 2] ?? '')
  );
}

/** Owners of a whole group: "hun eigen beheerrekening", "their own payslips". */
const GROUP_OWNERS = ['hun eigen ', 'hun ', 'their own ', 'their '];
/** Plural nouns for the clients, members or staff of an organisation, nobody in particular. */
const GROUP_NOUNS =
  /(?:^|[^a-z])(?:clienten|klanten|deelnemers|leden|medewerkers|werknemers|clients|customers|members|employees)(?=$|[^a-z])/;

/**
 * "betalingen aan onze cliënten lopen via hun eigen beheerrekening", "members receive their
 * payslips by post": a term owned by a plural group of clients, members or staff named earlier in
 * its sentence is everyone's in that group, no one person's.
 */
function isGroupsOwn(folded: string, hit: WeightedHit): boolean {
  const owner = GROUP_OWNERS.find((words) => folded.startsWith(words, hit.start - words.length));
  if (!owner) return false;
  const start = sentenceStartOf(folded, hit.start);
  return GROUP_NOUNS.test(folded.slice(start, hit.start - owner.length));
}

/** Titles of those who give care: the care is the patient's, not the professional's own. */
const CARE_GIVERS = new Set([
  'psycholoog',
  'kinderpsycholoog',
  'orthopedagoog',
  'neuroloog',
  'kinderarts',
  'therapeut',
  'logopedist',
  'huisarts',
  'jeugdarts',
  'psychologist',
  'therapist',
  'doctor',
  'gp',
]);
/** Owners that make a care giver someone's own: "mijn huisarts", "her therapist". */
const CARE_OWNERS = [
  'mijn ',
  'my ',
  'haar ',
  'her ',
  'zijn ',
  'his ',
  'je ',
  'jouw ',
  'uw ',
  'your ',
];

/**
 * Someone taken to a care giver: "ik ga met hem mee naar de neuroloog", "I'm going with her to the
 * doctor". The visit is that person's (the writer's father, a colleague), not a title of nobody's.
 */
const ACCOMPANIED_TO = [
  ' met hem mee naar de ',
  ' met haar mee naar de ',
  ' met hem naar de ',
  ' met haar naar de ',
  ' with him to the ',
  ' with her to the ',
];
/** Characters before a care giver in which an accompanying phrase is looked for. */
const ACCOMPANIED_REACH = 40;

function isAccompaniedTo(folded: string, position: number): boolean {
  // "met hem mee naar de\n> neuroloog": a quoted message's line break, with its "> ", is a space.
  const before = folded
    .slice(Math.max(0, position - ACCOMPANIED_REACH), position)
    .replace(/\n[> ]*/g, ' ');
  return ACCOMPANIED_TO.some((words) => before.endsWith(words));
}

/**
 * Whether `words` (ending in a space) stand right before `position` as whole words: "his doctor",
 * not "this doctor"; "son Sam", not "reason Sam".
 */
function isWordBefore(folded: string, words: string, position: number): boolean {
  const start = position - words.length;
  return (
    start >= 0 && folded.startsWith(words, start) && !isLetterCode(folded.charCodeAt(start - 1))
  );
}

/** A letter, ASCII or accented (a folded text keeps letters it cannot fold). */
function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

/**
 * A care giver's title ("de orthopedagoog", "the doctor") in a mail that speaks of no adult's work
 * or family life: it says who gives care, not that an adult has a condition. "mijn huisarts", "her
 * therapist" own it, and a mail about a colleague ("het team", "his wife") keeps it theirs.
 */
function isCareGiverOfNobodysOwn(folded: string, hit: WeightedHit, context: TextContext): boolean {
  return (
    CARE_GIVERS.has(hit.term) &&
    !CARE_OWNERS.some((owner) => isWordBefore(folded, owner, hit.start)) &&
    !isAccompaniedTo(folded, hit.start) &&
    !context.hasAdultLife()
  );
}

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

function isExpertise(folded: string, hit: WeightedHit): boolean {
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

/** Words for a child that stand for any child in a hypothetical sentence ("als uw kind …"). */
const ANY_CHILD_WORDS = ['kind', 'leerling', 'child', 'kid', 'pupil', 'student'];

/** A person in the hypothetical sentence of `hit` who is someone: named, or "uw zoon", not "uw kind". */
function isInHypotheticalSentence(
  mention: PersonMention,
  hit: WeightedHit,
  sentenceStart: number,
  folded: string,
): boolean {
  if (mention.start < sentenceStart) return false;
  if (
    hasSentenceEnd(folded, Math.min(mention.start, hit.start), Math.max(mention.start, hit.start))
  )
    return false;
  return mention.isNamed || !ANY_CHILD_WORDS.some((word) => folded.startsWith(word, mention.start));
}

/** Whether the text as a whole is more about pupils or about adults, for terms that fit both. */
interface TextContext {
  /** Whether the part holding `position` (the new text or the quoted history) reads as general. */
  isGeneral: (position: number) => boolean;
  /** More adult than pupil: by its topics, or else by words such as "collega" vs "leerling". */
  leansAdult: boolean;
  /** Its sensitive topics are more about adults' records (pay, HR, VOG) than about pupils. */
  isAboutAdultRecords: boolean;
  /** "leerling", "zoon", "mijn dochter": some pupil or a pupil's family is spoken of. */
  hasPupilWords: boolean;
  /** "his wife", "zijn vrouw", "collega": an adult's family or work is spoken of (looked up lazily). */
  hasAdultLife: () => boolean;
  /** First names (folded) of the people an employer's measure is said of: "Henk is op non-actief gezet". */
  measuredStaff: () => ReadonlySet<string>;
  /** "ik ben de oma van Sem": the writer introduces themself as a grandparent (looked up lazily). */
  isGrandparentWriter: () => boolean;
}

/** The writer's or reader's own: "mijn vrouw", "uw vrouw" ("met u en uw vrouw praten over Ilyas"). */
const SELF_OWNERS = ['mijn ', 'my ', 'onze ', 'our ', 'uw ', 'your ', 'je ', 'jouw '];

/** Words for an adult's spouse or work that make a bare name an adult's ("Wei … his wife"). */
const ADULT_LIFE_WORDS = [
  'vrouw',
  'echtgeno',
  'partner',
  'collega',
  'medewerker',
  'werknemer',
  'wife',
  'husband',
  'colleague',
  'employee',
  // Applicants are adults at work: "de sollicitant … heeft vastgezeten". ("de invaller" is in
  // many a mail about a pupil who struggles with change.)
  'sollicitant',
  'kandidaat',
  'stagiair',
  'applicant',
  'candidate',
];
/** Phrases of an adult's working or married life that a mail about a child lacks: "het team". */
const ADULT_LIFE_PHRASES = [
  ' het team',
  ' the team',
  ' haar man ',
  ' her husband',
  // Cover arranged for someone's class: only staff are replaced ("een invaller regelen"). (A
  // handover to the substitute names pupils, so "de invaller" or "pleinwacht" alone say nothing.)
  'invaller regel',
  'invaller zoek',
  'invaller nodig',
  'vervanging regel',
  'vervanging zoek',
  'vervanging nodig',
  'invalkracht regel',
  'cover his class',
  'cover her class',
  'cover for him',
  'cover for her',
  // "mag zes weken niet voor de klas staan", "weer voor de klas": teaching, a teacher's work.
  ' voor de klas sta',
  ' voor de klas te staan',
  ' voor de klas stond',
  ' weer voor de klas',
  ' niet voor de klas',
  ' teach her class',
  ' teach his class',
  ' back to teaching',
  ' return to teaching',
  // Time off work the writer asks for: "Zou ik die middagen vrij kunnen nemen?".
  ' vrij nemen',
  ' vrij te nemen',
  ' vrij kunnen nemen',
  ' vrij mag nemen',
  ' vrij mogen nemen',
  ' take time off',
  ' taking time off',
];
/** Conduct measures that, said of a named adult in a mail with no pupil, are an HR measure. */
const STAFF_MEASURES = new Set(['schorsing', 'geschorst', 'suspended', 'suspension']);

/**
 * Youth care and a child's guardian: services that exist for a child. "Moeder van Dewi heeft zelf
 * contact gezocht met het jeugdteam", "consulent jeugdteam gemeente": the parent who calls them
 * or the professional named by them is no adult with a situation of their own.
 */
const YOUTH_CARE_TERMS = new Set([
  'jeugdteam',
  'jeugdhulp',
  'jeugdzorg',
  'jeugdbescherming',
  'jeugdbescherm',
  'jeugdbeschermer',
  'gezinsvoogd',
  'voogd',
]);
/** Words after a suspension that make it an employer's: "hangende het onderzoek", "pending". */
const PENDING_WORDS = [
  ' hangende ',
  ' in afwachting van het onderzoek',
  ' in afwachting van een onderzoek',
  ' pending ',
];
/** Characters after the suspension word in which the investigation is named. */
const PENDING_REACH = 60;

function isPendingInvestigation(folded: string, end: number): boolean {
  const after = folded.slice(end, end + PENDING_REACH);
  return PENDING_WORDS.some((words) => {
    const at = after.indexOf(words);
    return at !== -1 && !hasSentenceEnd(after, 0, at);
  });
}
/**
 * Someone's job, pay or manager: "een voorschot op zijn salaris", "de toelichting van zijn
 * directeur", "her contract". A child has none of these, so the person spoken of is an adult.
 */
const ADULT_BELONGINGS = new Set([
  'salaris',
  'loon',
  'contract',
  'aanstelling',
  'werkgever',
  'leidinggevende',
  'directeur',
  'rijbewijs',
  'hypotheek',
  'salary',
  'wages',
  'employer',
  'manager',
  'mortgage',
  // A staff pass or the building's keys: "hij moet zijn sleutel en pasje inleveren".
  'pasje',
  'toegangspas',
  'lesrooster',
  'werkrooster',
  'dienstrooster',
  // A private address as opposed to the work one: "doorsturen naar zijn privéadres".
  'priveadres',
  // A student teacher's course, placement and college tutor: "zie wat haar opleider schrijft",
  // "her placement". A pupil has none of these, nor a job.
  'opleider',
  'opleiding',
  'stage',
  'stageplek',
  'stagebegeleider',
  'baan',
  'job',
  'placement',
  'internship',
]);
/** A third person's possessive and the word after it: "zijn salaris", "her son". */
const THIRD_PERSON_OWNED = /\b(?:zijn|haar|his|her) ([a-z]+)/g;

/** The first "zijn …", "her …" in `folded` whose word is in `words`, as its offset. */
function thirdPersonOwned(folded: string, words: ReadonlySet<string>): number | undefined {
  for (const match of folded.matchAll(THIRD_PERSON_OWNED))
    if (match[1] && words.has(match[1])) return match.index;
  return undefined;
}

function describeText(
  hits: WeightedHit[],
  mentions: PersonMention[],
  general: { top: boolean; quoted: boolean },
  quoteStart: number,
  folded: string,
): TextContext {
  const isGeneral = (position: number) => general[position < quoteStart ? 'top' : 'quoted'];
  // "Roel, leerkracht groep 7": a class alone is where an adult works, no pupil spoken of.
  const hasPupilWords = mentions.some((mention) => mention.kind === 'pupil' && !mention.isClass);
  // Looked up only when a judgement asks: the phrase search reads the whole text four times.
  // A function, not a getter: an object literal with a getter gets a hidden class of its own per
  // scan; that lives in old space and keeps the scan's text and mentions alive through the young
  // generation's collections, so every scavenge copied ~1.5 MB and paused the add-in for ms.
  let adultLife: boolean | undefined;
  const hasAdultLife = () => (adultLife ??= speaksOfAdultLife(mentions, folded));
  let staff: ReadonlySet<string> | undefined;
  const measuredStaff = () => (staff ??= staffUnderMeasure(hits, mentions, folded));
  let grandparent: boolean | undefined;
  const isGrandparent = () => (grandparent ??= isGrandparentWriter(folded));
  let pupilTopics = 0;
  let adultTopics = 0;
  for (const hit of hits) {
    // Situations ("te laat gekomen", "huilend") fit anyone; only topics lean the text. An adult's
    // matter said of a person ("heeft hij schulden", "naar de moskee") is an adult's topic still.
    if (hit.isPersonal && hit.category !== 'adult-record') continue;
    if (hit.category === 'pupil-record' || hit.category === 'home') pupilTopics += hit.weight;
    if (hit.category === 'adult-record') adultTopics += hit.weight;
  }
  if (pupilTopics !== adultTopics)
    return {
      isGeneral,
      leansAdult: adultTopics > pupilTopics,
      isAboutAdultRecords: adultTopics > pupilTopics,
      hasPupilWords,
      hasAdultLife,
      measuredStaff,
      isGrandparentWriter: isGrandparent,
    };
  // No topic decides: the people mentioned do. "juf Ellen" is in every school mail, so only
  // words like "collega" or "medewerker" lean adult.
  let pupilWords = 0;
  let adultWords = 0;
  for (const mention of mentions) {
    if (mention.kind === 'pupil') pupilWords++;
    if (mention.kind === 'adult' && !mention.isNamed) adultWords++;
  }
  return {
    isGeneral,
    leansAdult: adultWords > pupilWords,
    isAboutAdultRecords: false,
    hasPupilWords,
    hasAdultLife,
    measuredStaff,
    isGrandparentWriter: isGrandparent,
  };
}

/**
 * Measures only an employer takes, against staff: suspension from duty, summary dismissal, a
 * disciplinary measure. A child is never put "op non-actief".
 */
const EMPLOYEE_MEASURES = new Set([
  'op non-actief',
  'non-actiefstelling',
  'ontslag op staande voet',
  'disciplinaire maatregel',
  'hangende het onderzoek',
  'pending the investigation',
  'pending an investigation',
]);

/** Warnings an employer gives in writing: "de schriftelijke waarschuwing aan Ricardo Tjon-A-Fong". */
const EMPLOYER_WARNINGS = new Set([
  'officiele waarschuwing',
  'schriftelijke waarschuwing',
  'berisping',
  'written warning',
  'formal warning',
  'final warning',
  'final written warning',
]);
/** Words between a written warning and the person who gets it: "aan", "to". */
const WARNING_TO = [' aan ', ' to '];
/** Characters from the end of the warning to the name of who gets it. */
const WARNING_TO_REACH = 30;

/**
 * "Henk is tot nader order op non-actief gezet": the first names of the named people an employee
 * measure is said of in the same sentence (the last one named before it). What else the text says
 * of them ("de ouder heeft aangifte gedaan tegen Henk Schoenmakers") is an adult's, not a pupil's.
 */
function staffUnderMeasure(
  hits: readonly WeightedHit[],
  mentions: readonly PersonMention[],
  folded: string,
): ReadonlySet<string> {
  const names = new Set<string>();
  for (const hit of hits) {
    if (!EMPLOYEE_MEASURES.has(hit.term)) continue;
    let last: PersonMention | undefined;
    for (let m = firstAtOrAfter(mentions, hit.start - SENTENCE_REACH); m < mentions.length; m++) {
      const mention = mentions[m];
      if (!mention || mention.start >= hit.start) break;
      if (mention.isNamed && (mention.kind === 'name' || mention.kind === 'adult')) last = mention;
    }
    if (last && !hasSentenceEnd(folded, last.start, hit.start)) {
      const name = firstNameOf(folded, last);
      if (name) names.add(name);
    }
  }
  // "De schriftelijke waarschuwing aan Ricardo Tjon-A-Fong is verstuurd": who gets it is staff.
  for (const hit of hits) {
    if (!EMPLOYER_WARNINGS.has(hit.term)) continue;
    const to = WARNING_TO.find((words) => folded.startsWith(words, hit.end));
    if (!to) continue;
    const at = hit.end + to.length;
    for (let m = firstAtOrAfter(mentions, at); m < mentions.length; m++) {
      const mention = mentions[m];
      if (!mention || mention.start > at + WARNING_TO_REACH) break;
      // "Ricardo Tjon-A-Fong": a surname found on its own is that person too.
      if (mention.isNamed && (mention.kind === 'name' || mention.kind === 'adult')) {
        const name = firstNameOf(folded, mention);
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/** The named person nearest the term is one an employer's measure is said of. */
function isNearestNamedMeasured(
  hit: WeightedHit,
  near: readonly PersonMention[],
  context: TextContext,
  folded: string,
): boolean {
  let nearest: PersonMention | undefined;
  let distance = Infinity;
  for (const mention of near) {
    if (!mention.isNamed || (mention.kind !== 'name' && mention.kind !== 'adult')) continue;
    const from = Math.abs(mention.start - hit.start);
    if (from < distance) {
      nearest = mention;
      distance = from;
    }
  }
  return nearest !== undefined && context.measuredStaff().has(firstNameOf(folded, nearest) ?? '');
}

/** The folded first word of the name a mention is (or stands for, when a pronoun). */
function firstNameOf(folded: string, mention: PersonMention): string | undefined {
  const at = mention.antecedent ?? mention.start;
  return /^[a-z]+/.exec(folded.slice(at, at + 20))?.[0];
}

/** "his wife", "zijn vrouw", "collega", "het team": an adult's family or work is spoken of. */
function speaksOfAdultLife(mentions: PersonMention[], folded: string): boolean {
  return (
    mentions.some(
      (mention) =>
        mention.kind === 'adult' &&
        !mention.isNamed &&
        !mention.isTitle &&
        ADULT_LIFE_WORDS.some((word) => folded.startsWith(word, mention.start)) &&
        // "mijn vrouw", "uw vrouw" are as often a parent's as a colleague's.
        !SELF_OWNERS.some((owner) => isWordBefore(folded, owner, mention.start)),
    ) ||
    ADULT_LIFE_PHRASES.some((phrase) => folded.includes(phrase)) ||
    thirdPersonOwned(folded, ADULT_BELONGINGS) !== undefined
  );
}

/** Categories whose weak terms may pair up: pupil matters with pupil matters, adult with adult. */
const COMPANIONS: Record<Category, readonly Category[]> = {
  'pupil-record': ['pupil-record', 'health', 'home'],
  home: ['pupil-record', 'health', 'home'],
  health: ['pupil-record', 'health', 'home', 'adult-record'],
  'adult-record': ['adult-record', 'health'],
};

/** A weak term needs a second, different, compatible term within reach (hits are sorted by start). */
function hasCompanionTerm(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      // A second sign, in another word: "buikpijn" is not both "~pijn" and "buikpijn".
      if (
        candidate.term !== hit.term &&
        candidate.start !== hit.start &&
        COMPANIONS[hit.category].includes(candidate.category)
      )
        return true;
    }
  }
  return false;
}

/** The second signs of a weak term within reach are all adults' records ("zwanger", "ziekmelding"). */
function hasOnlyAdultCompanions(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  let hasAdult = false;
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      if (candidate.start === hit.start) continue;
      if (candidate.category !== 'adult-record') return false;
      hasAdult = true;
    }
  }
  return hasAdult;
}

/** Words before a speaker or author: "Presentatie door Linda Ramakers", "led by Dr. Emma Hughes". */
const SPEAKER_CUES = [
  ' door ',
  ' by ',
  'spreker',
  'speaker',
  'presented',
  'verzorgd',
  'trainer',
  'docent',
  'facilitator',
  'gastles',
  'begeleid door',
  'presentatie',
];
/** Characters before a name in which a speaker cue counts (room for a title: "by psychologist Dr."). */
const SPEAKER_REACH = 28;

/** Words that make what follows a topic: "een congres over …", "a talk about …". */
const TOPIC_WORDS = [' over ', ' about ', ' on the topic'];

/** Words after a speaker's name: "De lezing van Tijl Koenderink over …", "Karin … vertelde over". */
const SPEAKER_AFTER_CUES = [
  ' over ',
  ' about ',
  'vertelde over',
  'vertelt over',
  'sprak over',
  'spoke about',
  'talked about',
  'told us about',
  'presenteert',
  'presents',
];
/** Characters after a name (with its surname) in which a speaker cue counts. */
const SPEAKER_AFTER_REACH = 30;

/** Events a named person gives or leads: "Marieke Claassen geeft de training …". */
const EVENT_WORDS = [
  'training',
  'workshop',
  'presentatie',
  'lezing',
  'cursus',
  'webinar',
  'masterclass',
  'gastles',
  'voorlichting',
  'talk',
];
/** Characters after a name in which the event they lead is named. */
const EVENT_REACH = 50;

/** Words before a story's character: "De hoofdpersoon, Jelle, …", "the main character Mia". */
const CHARACTER_CUES = [
  'hoofdpersoon',
  'personage',
  'hoofdrolspeler',
  'main character',
  'protagonist',
];

/** Words before the person to go to: "talk to Marieke", "neem contact op met Sanne". */
const CONTACT_CUES = [
  'talk to ',
  'speak to ',
  'contact ',
  'contact with ',
  'get in touch with ',
  'go to ',
  'contact op met ',
  'terecht bij ',
  'melden bij ',
  'meld het bij ',
  'praat met ',
  'overleg met ',
];

/** In a general text, the person the reader should go to is no one's file: "talk to Marieke". */
function isContactPerson(folded: string, start: number): boolean {
  return CONTACT_CUES.some((cue) => folded.startsWith(cue, start - cue.length));
}

/** In a book talked about in a general mail, a named character is nobody's file. */
function isCharacter(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - SPEAKER_REACH), start);
  return CHARACTER_CUES.some((cue) => before.includes(cue));
}

/** In a newsletter or training, a named speaker is no subject of the topic they speak about. */
function isSpeaker(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - SPEAKER_REACH), start);
  if (SPEAKER_CUES.some((cue) => before.includes(cue))) return true;
  const ahead = folded.slice(start, start + EVENT_REACH);
  if (
    EVENT_WORDS.some((word) => {
      const at = ahead.indexOf(word);
      return at > 0 && !hasSentenceEnd(ahead, 0, at);
    })
  )
    return true;
  // "Tijl Koenderink over onderpresteren": the name and surname, then the topic of the talk.
  const after = folded.slice(start, start + SPEAKER_AFTER_REACH);
  return SPEAKER_AFTER_CUES.some((cue) => {
    const at = after.indexOf(cue);
    return at > 0 && !hasSentenceEnd(after, 0, at);
  });
}

/** Another strong term of the same category within close reach: "waarschuwing … personeelsdossier". */
function hasStrongNeighbour(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  return hits.some(
    (other) =>
      other !== hit &&
      other.weight === 2 &&
      other.category === hit.category &&
      other.term !== hit.term &&
      // "Uw salarisstrook … (four lines) … Bruto salaris: € 3.806,22": a figure is further down.
      Math.abs(other.start - hit.start) <= (other.isAmount === true ? REACH : CLOSE_REACH),
  );
}

/**
 * A strong term of the same category within reach, not a job title or address: the record that
 * makes a weak word next to it ("ziek gemeld") one person's, even in a text that reads as general.
 */
function hasStrongRecordNear(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  for (const step of [-1, 1])
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      if (
        candidate.weight === 2 &&
        candidate.category === hit.category &&
        candidate.start !== hit.start &&
        candidate.isLabelOnly !== true
      )
        return true;
    }
  return false;
}

/** Binary search: the first mention at or after `position` (mentions are sorted by start). */
function firstAtOrAfter(mentions: readonly PersonMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whom a sensitive term is about. Pupil files are about pupils, HR records about adults; health and
 * home situations go with the nearest person mentioned ("juf Ellen … chemo" is an adult, "Daan …
 * ADHD" a pupil), and with the text's overall lean when that person is a bare name.
 */
function subjectOf(
  hit: WeightedHit,
  near: PersonMention[],
  context: TextContext,
  folded: string,
  hits: readonly WeightedHit[],
): Subject | undefined {
  // "Ik ben nu 14 maanden clean en heb begeleiding": support the writer says they get is theirs.
  if (hit.category === 'pupil-record' && hit.weight === 1 && isWritersOwnSupport(hit, folded, near))
    return undefined;
  // "Voor het dossier van onze nieuwe onderwijsassistent Oksana": the file of the adult named
  // right after it, a personnel file.
  if (hit.term === 'dossier van' && isStaffFile(folded, hit)) return undefined;
  // "elf keer te laat gekomen" in a mail about a colleague: an incident word is a pupil's only in
  // a mail about pupils.
  // "De schriftelijke waarschuwing aan Ricardo … bij herhaling van het ongeoorloofd afwezig zijn":
  // what is said of a named employee under an employer's measure is no pupil's record.
  if (
    hit.category === 'pupil-record' &&
    !context.hasPupilWords &&
    isNearestNamedMeasured(hit, near, context, folded)
  )
    return undefined;
  if (hit.category === 'pupil-record')
    // "ontslag na klachten over zijn gedrag": a weak pupil word in a mail about an adult's record.
    // "Jasper … kunnen we een invaller regelen … begeleiding": nor in a mail about a colleague's work.
    return (hit.isPersonal || hit.weight === 1) &&
      !context.hasPupilWords &&
      (context.leansAdult || context.hasAdultLife())
      ? undefined
      : 'pupil';
  // A weak HR word ("verzuim", "salaris") is an adult's record only in a mail about adults.
  if (hit.category === 'adult-record')
    return hit.weight === 2 || context.leansAdult ? 'adult' : undefined;
  let nearest: PersonMention | undefined;
  let nearestDistance = Infinity;
  for (const mention of near) {
    if (mention.kind === 'self' || mention.isClass) continue;
    // "onze zoon Ilyas (groep 3, juf Sanne) … in het ziekenhuis": the class's teacher, said in
    // brackets after a pupil, only places the pupil.
    if (mention.kind === 'adult' && isClassTeacherInBrackets(folded, mention.start)) continue;
    // "… start the dyslexia screening. See my notes.\nDaniel Okafor\nYear 4 teacher", "- laat ze
    // in tweetallen werken": a role word or pronoun in a later sentence (a signature's job title, the
    // next list item) speaks of someone else; an owner after the term stands in its own clause.
    if (isUnnamedAdultInLaterSentence(folded, mention, hit)) continue;
    const distance =
      mention.start < hit.start ? hit.start - mention.start : (mention.start - hit.end) * 2;
    if (distance < nearestDistance) {
      nearest = mention;
      nearestDistance = distance;
    }
  }
  // "Daan Hermans; … Asthma - inhaler in teacher bag", "Sofia … the lunch dose is given by the
  // teacher": an unnamed role word after the term handles it; whom the sentence named before has it.
  // "Lotte … aanmelden voor RT bij de remedial teacher en … een onderzoek naar dyscalculie": a
  // role word after a preposition ("bij de", "with the") is whom the care goes through.
  if (
    nearest?.kind === 'adult' &&
    !nearest.isNamed &&
    (nearest.start > hit.start || isAfterPreposition(folded, nearest.start))
  ) {
    const before = lastChildOrNameBefore(near, hit.start);
    if (before && !hasSentenceEnd(folded, before.start, hit.start)) nearest = before;
  }
  // "Henk is op non-actief gezet … de politie heeft hem verhoord": a person an employer's measure
  // is said of is staff; their home or health situation is an adult's.
  if (
    nearest?.isNamed === true &&
    (nearest.kind === 'name' || nearest.kind === 'adult') &&
    context.measuredStaff().has(firstNameOf(folded, nearest) ?? '')
  )
    return 'adult';
  // Home situations in school mail are a pupil's, unless the mail is about an adult's records.
  if (hit.category === 'home') {
    if (nearest?.kind !== 'pupil' && context.isAboutAdultRecords) return 'adult';
    // "dhr. H. Claessens … geschorst" in a mail about staff: a conduct measure for an adult.
    if (nearest?.kind === 'adult' && context.leansAdult && !context.hasPupilWords) return 'adult';
    // "een klacht over M. Yıldız (BS Klimop) … schorsing": a measure against named staff;
    // "hebben wij de heer Hermans per direct geschorst": against an adult by title and surname;
    // "geschorst hangende het onderzoek": a suspension while an employer investigates.
    if (
      STAFF_MEASURES.has(hit.term) &&
      ((nearest?.kind === 'adult' &&
        (nearest.isNamed || nearest.isTitle === true) &&
        !context.hasPupilWords) ||
        isPendingInvestigation(folded, hit.end))
    )
      return 'adult';
    // "Sanne (onderwijsassistent) … Ze heeft een huurachterstand … bij haar zus": only a named
    // adult and their own family are near, so it is that adult's own home.
    if (
      nearest?.kind === 'adult' &&
      nearest.isNamed &&
      near.every(
        (mention) =>
          mention.kind === 'adult' ||
          mention.kind === 'self' ||
          // "Juf Sandra van groep 2 ruikt naar drank": a class is where she teaches, no person.
          // ("onze oud-collega Henk, meester van groep 8, is overleden" is a death notice.)
          (mention.isClass === true && !DEATH_TERMS.has(hit.term)) ||
          (mention.kind === 'pupil' && isAdultsRelative(near, mention, folded)),
      )
    )
      return 'adult';
    // "Piotr Nowak, the volunteer who helps …, was arrested": the sentence's named adult.
    const named = lastChildOrNameBefore(near, hit.start);
    if (
      named?.kind === 'name' &&
      !hasSentenceEnd(folded, named.start, hit.start) &&
      isAdultByApposition(folded, named.antecedent ?? named.start, near)
    )
      return 'adult';
    // "Maricel zit echt in de problemen … bij de schuldhulp": a word that is an adult's record
    // as well as a home situation (debt help), said of a bare name in a text with no child in it,
    // is that adult's.
    if (
      nearest?.kind === 'name' &&
      !context.hasPupilWords &&
      hits.some((other) => other.start === hit.start && other.category === 'adult-record') &&
      !isBeforeClass(folded, nearest.antecedent ?? nearest.start)
    )
      return 'adult';
    // "de families Kaya, Zielińska en Amrani … omdat ze in de schuldsanering zitten": households
    // listed by their surnames are the parents, who are in debt or on benefits.
    if (nearest?.kind === 'name' && isFamilyName(folded, nearest.antecedent ?? nearest.start))
      return 'adult';
    // "Wim … sinds het overlijden van zijn vrouw": no child spoken of, an adult's life is.
    // "Zeynep (groep 5) … blauwe plekken … Toen de collega ernaar vroeg": a name given with its
    // class is a pupil, whichever colleague asked.
    if (
      (nearest?.kind === 'name' || nearest?.kind === 'adult') &&
      context.hasAdultLife() &&
      !context.hasPupilWords &&
      !(nearest.kind === 'name' && isBeforeClass(folded, nearest.antecedent ?? nearest.start))
    )
      return 'adult';
    // "sinds zijn vrouw is vertrokken": right after "vrouw" or "collega" it is an adult's home.
    // A sentence end between ends that ("… ziet de leerkracht de concentratie afnemen.\nThuissituatie:
    // …", "… tussen ons en de directeur. Na de consultatie van Veilig Thuis").
    const before = lastBefore(near, hit.start);
    if (
      !YOUTH_CARE_TERMS.has(hit.term) &&
      before?.kind === 'adult' &&
      !before.isNamed &&
      !before.isTitle &&
      hit.start - before.start <= SELF_REACH &&
      !hasSentenceEnd(folded, before.start, hit.start)
    )
      return 'adult';
    // "Bas en ik gaan uit elkaar": the writer's own relationship, with no child spoken of.
    if (!context.hasPupilWords && RELATIONSHIP_TERMS.has(hit.term) && isWritersOwn(hit, near))
      return 'adult';
    // "I was taken in by the police", "mijn advocaat zegt": with no child and nobody else near,
    // a home or legal situation the writer says of themself is the writer's, an adult's.
    // One word the writer uses near "I" may be a lesson's or an agency's ("I'd like to … the
    // police officer's visit", "ik heb Veilig Thuis gebeld"): a second situation or record of
    // the writer's ("my salary … the debts", "my lawyer") makes it theirs.
    if (
      nearest === undefined &&
      !context.hasPupilWords &&
      isWritersOwn(hit, near) &&
      hits.some(
        (other) =>
          (other.category === 'home' || other.category === 'adult-record') &&
          other.term !== hit.term &&
          Math.abs(other.start - hit.start) <= REACH &&
          isWritersOwn(other, near),
      )
    )
      return 'adult';
    // "mijn man zit in de gevangenis", "de situatie met je man en de gevangenis": a spouse's
    // trouble is an adult's, whoever the mail names besides.
    if (nearest?.kind !== 'pupil' && isSpouseBefore(folded, hit.start)) return 'adult';
    // "de oma van Tygo … ruikt naar drank", "Gerda … haar zoon … onder bewind": the named person
    // is the child's relative, or a parent themself; the adult is the sentence's subject.
    if (
      nearest?.kind === 'name' &&
      !YOUTH_CARE_TERMS.has(hit.term) &&
      isNamedAdult(folded, nearest, near, hit)
    )
      return 'adult';
    // "Mijn man Hamid … Hij is zaterdag door de politie meegenomen": the sentence speaks of a
    // spouse, named after the spouse word ("we have the appointment at the neurologist" after
    // "my husband Tom" is a child's, in a sentence of its own).
    if (
      nearest?.kind === 'name' &&
      isSpouseIntroduced(folded, nearest) &&
      !hasSentenceEnd(
        folded,
        Math.min(nearest.start, hit.start),
        Math.max(nearest.start, hit.start),
      )
    )
      return 'adult';
    // "ik heb vorige week mijn eerste gesprek gehad bij de schuldhulp": the writer received it.
    if (isWritersReceipt(folded, near, hit)) return 'adult';
    return nearest ? 'pupil' : undefined;
  }
  // "de kinderarts", "the paediatrician": care that only a child gets.
  if (CHILD_CARE_PREFIXES.some((prefix) => hit.term.startsWith(prefix)) && near.length > 0)
    return 'pupil';
  // "Ik slaap slecht", "I have cancer": the writer says it of themself, the word right before.
  // "heb ik de medicatielijst gemaakt": after an article the term is what the writer handles.
  const self = lastSelfBefore(near, hit.start);
  if (
    hit.start - self <= SELF_ADJACENT &&
    !isAfterArticle(folded, hit.start) &&
    !isWriterSeeing(folded, self, hit.start)
  )
    return 'adult';
  // "Ik word op 2 mei aan mijn heup geopereerd", "ik ben sinds december weer onder behandeling":
  // the writer is the subject of the clause that holds the term, nobody else spoken of between.
  if (isWriterSubjectOf(folded, near, hit)) return 'adult';
  // "I had a couple of panic attacks in February", "my GP referred me to a psychologist because
  // of panic attacks": only the writer is spoken of in the term's sentence.
  // (Not in a mail that speaks of a pupil or child: a parent's "I" tells of their child there.)
  if (!context.hasPupilWords && isOnlyWriterInSentence(folded, near, hit)) return 'adult';
  // "na je operatie", "your surgery": the reader's own, whoever else the mail names.
  if (isReadersOwn(folded, near, hit)) return 'adult';
  // "Ik heb vorig jaar de diagnose MS gekregen", "I got the diagnosis in March": received by the
  // writer, with nobody else in the sentence.
  if (hit.weight === 2 && isWritersReceipt(folded, near, hit)) return 'adult';
  if (nearest?.kind === 'pupil') return 'pupil';
  // A weak health word ("therapie") near a teacher is still about the pupil unless the mail is about adults.
  // A situation ("drinkt", "trillerig") said of an adult is the adult's.
  if (nearest?.kind === 'adult')
    return hit.weight === 2 ||
      (hit.isPersonal && !nearest.isNamed) ||
      context.leansAdult ||
      context.hasAdultLife()
      ? 'adult'
      : 'pupil';
  // A bare name in school mail is most often a pupil's, unless the mail is about adults: their
  // records, or colleagues and staff rather than pupils ("Beste collega's, Marieke … hernia").
  // A name in a mail that speaks of no pupil or child but of a wife, a colleague ("Wei has
  // epilepsy … his wife's number") is an adult's.
  if (nearest?.kind === 'name')
    return !isIntroducedAsChild(folded, nearest) &&
      (context.isAboutAdultRecords ||
        (context.hasAdultLife() && !context.hasPupilWords) ||
        isNamedAdult(folded, nearest, near, hit))
      ? 'adult'
      : 'pupil';
  // "mijn burn-out": the writer themself, right before a strong term. The reader's own ("je
  // operatie") was decided above; a "je" or "you" further off is the generic you of advice ("het
  // stukje over suikerziekte kun je algemeen houden (wat doet insuline"), and "No diagnoses in the
  // file name please" says there is none.
  return hit.weight === 2 &&
    near.some((mention) => mention.isFirstPerson === true && isSelfsTerm(folded, mention, hit)) &&
    !isNegated(folded, hit.start)
    ? 'adult'
    : undefined;
}

/** An unnamed adult (a role word, a pronoun) after the term with a sentence end between them. */
function isUnnamedAdultInLaterSentence(
  folded: string,
  mention: PersonMention,
  hit: WeightedHit,
): boolean {
  return (
    mention.kind === 'adult' &&
    !mention.isNamed &&
    mention.isTitle !== true &&
    mention.start >= hit.end &&
    hasSentenceEnd(folded, hit.end, mention.start)
  );
}

/** A preposition and article before a role word that receives or gives: "bij de remedial teacher". */
const ROLE_PREPOSITIONS = [
  'bij de ',
  'met de ',
  'door de ',
  'naar de ',
  'with the ',
  'by the ',
  'to the ',
  'from the ',
];

/** Whether a role word at `start`, or one attribute before it, follows a preposition. */
function isAfterPreposition(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 32), start);
  for (const words of ROLE_PREPOSITIONS) {
    const at = before.lastIndexOf(words);
    if (at === -1 || (at > 0 && isAsciiLower(before.charCodeAt(at - 1)))) continue;
    const between = before.slice(at + words.length);
    if (between === '' || /^[a-z-]+ $/.test(between)) return true;
  }
  return false;
}

/** How a bracketed note on a pupil's class opens: "(groep 3, juf Sanne)", "(group 4, Ms Hall)". */
const CLASS_NOTE_OPENINGS = ['(groep ', '(gr ', '(gr. ', '(klas ', '(group ', '(class ', '(year '];
/** How far back the bracket's opening may lie from the teacher's name. */
const CLASS_NOTE_REACH = 24;

/** "Ilyas (groep 3, juf Sanne)": the adult named inside a bracketed note that opens with a class. */
function isClassTeacherInBrackets(folded: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && start - at <= CLASS_NOTE_REACH; at--) {
    const code = folded.charCodeAt(at);
    if (code === 41) return false; // ")": the bracket closed before the name
    if (code === 40) return CLASS_NOTE_OPENINGS.some((opening) => folded.startsWith(opening, at));
  }
  return false;
}

/** Child words that introduce a name: "mijn dochter Sara", "our son Sam", "leerling Daan". */
const CHILD_BEFORE_NAME = [
  'dochter ',
  'dochtertje ',
  'zoon ',
  'zoontje ',
  'leerling ',
  'daughter ',
  'son ',
  'pupil ',
];

/**
 * "Ik maak me zorgen over mijn dochter Sara. … heeft ze buikpijn": a name (or a pronoun for it)
 * that a child word introduces is a child, whatever adult's record (a headscarf, a pay slip) the
 * mail holds besides.
 */
function isIntroducedAsChild(folded: string, mention: PersonMention): boolean {
  const at = mention.antecedent ?? mention.start;
  return CHILD_BEFORE_NAME.some((words) => isWordBefore(folded, words, at));
}

/**
 * Words that list households by their surnames: "de families Kaya, Zielińska en Amrani". (One
 * family, "het gezin Geurts", "pleegouders (familie Janssen)", is the home of the child spoken of.)
 */
const HOUSEHOLD_WORDS = ['families ', 'gezinnen '];
/** Characters from the household word to the last surname of its list. */
const HOUSEHOLD_REACH = 80;

/**
 * "de families Kaya, Zielińska en Amrani": whether the name at `at` is a surname in a list right
 * after a household word (only names, commas and "en"/"and" between).
 */
function isFamilyName(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - HOUSEHOLD_REACH), at);
  let best = -1;
  let length = 0;
  for (const word of HOUSEHOLD_WORDS) {
    const found = before.lastIndexOf(word);
    if (found > best && (found === 0 || !isAsciiLower(before.charCodeAt(found - 1)))) {
      best = found;
      length = word.length;
    }
  }
  if (best < 0) return false;
  const between = before.slice(best + length);
  if (between === '') return true;
  return between
    .split(/, | en | and /)
    .every((part, index, parts) =>
      index === parts.length - 1 ? part === '' : /^[a-z'-]+$/.test(part),
    );
}

/**
 * Words between "dossier van" and the staff word: "onze nieuwe". Dutch only: the caller asks only
 * after the Dutch term.
 */
const FILE_OWNER_WORDS = new Set(['onze', 'de', 'haar', 'zijn', 'mijn', 'uw', 'nieuwe']);
/** Staff words (and their starts) after "dossier van": "medewerk" is "medewerker", "medewerkster". */
const STAFF_FILE_WORDS = [
  'collega',
  'medewerk',
  'werknemer',
  'leerkracht',
  'onderwijsassistent',
  'klassenassistent',
  'stagiair',
  'invaller',
  'invalkracht',
  'concierge',
  'directeur',
  'directrice',
  'sollicitant',
];

/** "Voor het dossier van onze nieuwe onderwijsassistent Oksana": a personnel file, no pupil's. */
function isStaffFile(folded: string, hit: WeightedHit): boolean {
  const words = folded.slice(hit.end, hit.end + 40).split(' ');
  // words[0] is the empty piece before the space right after the term.
  let at = 1;
  while (at < 3 && FILE_OWNER_WORDS.has(words[at] ?? '')) at++;
  const word = words[at] ?? '';
  return words[0] === '' && STAFF_FILE_WORDS.some((staff) => word.startsWith(staff));
}

/** A death said of a named adult themself is a notice, no record of theirs. */
const DEATH_TERMS = new Set(['overleden', 'overlijden']);

/** Possessives of a named adult before a family word: "haar zus", "zijn kinderen". */
const ADULT_OWNERS = ['haar ', 'zijn ', 'her ', 'his '];

/** "Sanne … bij haar zus": a family word owned by a pronoun that stands for a named adult. */
function isAdultsRelative(
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

const RELATIVES = new Map<string, 'female' | 'male'>([
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
function isSpouseIntroduced(folded: string, mention: PersonMention): boolean {
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
function isAdultByApposition(folded: string, at: number, near: readonly PersonMention[]): boolean {
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
function isNamedAdult(
  folded: string,
  mention: PersonMention,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  const at = mention.antecedent ?? mention.start;
  // "Piotr Nowak, the volunteer who helps …", "Henk, onze conciërge,": an adult by apposition.
  if (isAdultByApposition(folded, at, near)) return true;
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

/** Words of the reader that own the term right after them: "je operatie", "your surgery". */
const READER_OWNERS = ['je ', 'jouw ', 'uw ', 'your '];

/** Words before "je huisarts", "your GP" that make the care giver a route, not a condition. */
const ROUTE_WORDS = ['via ', 'through '];

/**
 * The reader's own: a reader's possessive right before the term ("na je operatie"). "a referral
 * via your GP" names the way to someone else's care, not the reader's own.
 */
function isReadersOwn(folded: string, near: readonly PersonMention[], hit: WeightedHit): boolean {
  return near.some(
    (mention) =>
      mention.kind === 'self' &&
      !mention.isFirstPerson &&
      READER_OWNERS.some(
        (owner) =>
          mention.start + owner.length === hit.start && folded.startsWith(owner, mention.start),
      ) &&
      !(
        CARE_GIVERS.has(hit.term) &&
        ROUTE_WORDS.some((word) => isWordBefore(folded, word, mention.start))
      ),
  );
}

/** Home terms that are the writer's own when "ik" or "my" says them: "Bas en ik gaan uit elkaar". */
const RELATIONSHIP_TERMS = new Set([
  'uit elkaar',
  'scheiding',
  'echtscheiding',
  'gescheiden',
  'het huis uit',
  'separating',
  'separated',
  'divorce',
]);

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
const SPOUSES = new Set(['man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'husband', 'wife']);

/** A spouse named in the sentence just before `position`: "de situatie met je man en de gevangenis". */
function isSpouseBefore(folded: string, position: number): boolean {
  const from = Math.max(sentenceStartOf(folded, position), position - SELF_REACH);
  const words = folded.slice(from, position).split(/[^a-z-]+/);
  // The first word may be cut off by the reach; it still counts as an owner only when whole.
  return words.some((word, index) => {
    const owner = words[index - 1];
    const spouse = word.startsWith('ex-') ? word.slice(3) : word;
    return owner !== undefined && SPOUSE_OWNERS.has(owner) && SPOUSES.has(spouse);
  });
}

/** Verbs of seeing or finding: what the writer saw ("zag ik krassen op haar arm") is no state of theirs. */
const SEEING_VERBS = new Set([
  'zag',
  'zie',
  'hoorde',
  'hoor',
  // Not "merk ik", "merkte ik": "sinds januari merk ik paniekaanvallen" is the writer's own.
  'ontdekte',
  'vond',
  'saw',
  'see',
  'noticed',
  'heard',
  'found',
  'spotted',
]);

/**
 * "gisteren zag ik krassen op haar onderarmen", "I saw bruises on his arm": the writer right
 * before the term sees or finds it, with the verb before "ik" or between "I" and the term.
 */
function isWriterSeeing(folded: string, self: number, termStart: number): boolean {
  const before = folded.slice(Math.max(0, self - 16), self).trimEnd();
  if (SEEING_VERBS.has(before.slice(before.lastIndexOf(' ') + 1))) return true;
  return folded
    .slice(self, termStart)
    .split(/[^a-z]+/)
    .some((word) => SEEING_VERBS.has(word));
}

/** Characters from "ik" to a term it says of the writer: "ik slaap", "i have". */
const SELF_ADJACENT = 7;

/** Where "ik", "my" (the writer) last stands before `position`, owning it; -Infinity when nowhere. */
function lastSelfBefore(near: PersonMention[], position: number): number {
  let last = -Infinity;
  for (const mention of near) {
    if (mention.start >= position) break;
    if (
      mention.kind === 'self' &&
      mention.isFirstPerson === true &&
      position - mention.start <= SELF_REACH
    )
      last = mention.start;
  }
  return last;
}

/** "ik" or "I" with a verb of being or undergoing: the writer is the subject of what follows. */
const WRITER_SUBJECT_STARTS = [
  'ik ben ',
  'ik word ',
  'ik werd ',
  'ik was ',
  'ik lig ',
  'i am ',
  "i'm ",
  'i was ',
  'i will be ',
  "i'll be ",
  'i have been ',
  "i've been ",
];
/** "ik word\nop 2 mei": a line break is a space between the writer and the verb. */
function isWriterSubjectStart(folded: string, start: number): boolean {
  const words = folded.slice(start, start + 16).replace(/\s+/g, ' ');
  return WRITER_SUBJECT_STARTS.some((subject) => words.startsWith(subject));
}

/** The verb of a Dutch subordinate clause after the term: "dat ik … onder behandeling ben". */
const VERB_AFTER_TERM = /^[a-z]* (?:ben|word|lig|moet worden)(?![a-z])/;
/** Characters after the term (the rest of its word included) in which that verb stands. */
const VERB_AFTER_REACH = 24;
/**
 * Words between the writer and the term that bring in another person, start another clause or
 * make the term a thing: "ik ben bezorgd over zijn behandeling", "ik ben blij dat de behandeling …".
 */
const OTHER_THAN_WRITER = new Set([
  'zijn',
  'haar',
  'hun',
  'je',
  'jouw',
  'uw',
  'his',
  'her',
  'their',
  'your',
  'hij',
  'zij',
  'ze',
  'he',
  'she',
  'they',
  'dat',
  'omdat',
  'want',
  'en',
  'maar',
  'of',
  'die',
  'als',
  'that',
  'because',
  'and',
  'but',
  'who',
  'if',
  'with',
  'met',
  'about',
  'over',
  'voor',
  'for',
  // "ik ben geschrokken van de diagnose ADHD bij Sem": an article or "van" makes the term part of
  // a thing spoken of, not the writer's state.
  'de',
  'het',
  'een',
  'van',
  'the',
  'a',
  'an',
  'of',
]);

/**
 * The writer as the subject of a state or a passive in the term's own clause: "Ik word op 2 mei
 * aan mijn heup geopereerd", "I'm still in treatment". Nobody else may be spoken of between, and
 * an article before the term makes it a thing the writer handles ("ik ben de medicatielijst …").
 */
function isWriterSubjectOf(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  if (isAfterArticle(folded, hit.start)) return false;
  // The last "ik" or "I" before the term, within reach ("mijn", "me" are no subject).
  let writer: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= hit.start) break;
    if (
      mention.kind === 'self' &&
      mention.isFirstPerson === true &&
      hit.start - mention.start <= SELF_REACH &&
      /^(?:ik|i)(?![a-z])/.test(folded.slice(mention.start, mention.start + 3))
    )
      writer = mention;
  }
  if (
    writer === undefined ||
    !(
      isWriterSubjectStart(folded, writer.start) ||
      // "dat ik sinds december weer onder behandeling ben": the verb after the term.
      VERB_AFTER_TERM.test(folded.slice(hit.end, hit.end + VERB_AFTER_REACH))
    ) ||
    hasSentenceEnd(folded, writer.start, hit.start)
  )
    return false;
  const from = writer.start;
  if (
    near.some(
      (mention) => mention.kind !== 'self' && mention.start > from && mention.start < hit.start,
    )
  )
    return false;
  const words = folded.slice(from, hit.start).split(/[^a-z']+/);
  return !words.some((word) => OTHER_THAN_WRITER.has(word));
}

/** Verbs of receiving: "de diagnose … gekregen", "een gesprek gehad bij de schuldhulp", "I got". */
const RECEIPT_VERBS = new Set(['gekregen', 'gehad', 'kreeg', 'got', 'received', 'receive']);
/** Words between the writer and the term that bring in someone else or another clause. */
const OTHER_OWNER_OR_CLAUSE = new Set([
  'zijn',
  'haar',
  'hun',
  'je',
  'jouw',
  'uw',
  'his',
  'her',
  'their',
  'your',
  'hij',
  'zij',
  'ze',
  'he',
  'she',
  'they',
  'dat',
  'omdat',
  'als',
  'that',
  'because',
  'if',
  'over',
  'about',
  'voor',
  'for',
]);
/** Characters after the term read for the verb of receiving ("… de diagnose MS gekregen"). */
const RECEIPT_AFTER_REACH = 40;

/**
 * The writer ("ik", "I", within reach before the term) received what the term names, and the
 * sentence speaks of nobody else: "Ik heb vorig jaar de diagnose MS gekregen", "ik heb vorige
 * week mijn eerste gesprek gehad bij de schuldhulp", "I got the diagnosis last spring". Unlike
 * isWriterSubjectOf an article is allowed: the verb of receiving makes the thing the writer's.
 * A child, a name or a pronoun in the sentence ("ik heb de diagnose van Sem gekregen", "I got
 * his report") leaves it open.
 */
function isWritersReceipt(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  let writer: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= hit.start) break;
    if (
      mention.kind === 'self' &&
      mention.isFirstPerson === true &&
      hit.start - mention.start <= SELF_REACH &&
      /^(?:ik|i)(?![a-z'])/.test(folded.slice(mention.start, mention.start + 3))
    )
      writer = mention;
  }
  if (!writer || hasSentenceEnd(folded, writer.start, hit.start)) return false;
  const from = sentenceStartOf(folded, hit.start);
  for (const mention of near) {
    if (mention.start < from) continue;
    if (mention.start >= hit.end && hasSentenceEnd(folded, hit.end, mention.start)) break;
    if (mention.kind !== 'self' || mention.isFirstPerson !== true) return false;
  }
  const between = folded.slice(writer.start, hit.start).split(/[^a-z']+/);
  if (between.some((word) => OTHER_OWNER_OR_CLAUSE.has(word))) return false;
  let after = folded.slice(hit.end, hit.end + RECEIPT_AFTER_REACH);
  const stop = after.search(/[.!?;\n]/);
  if (stop >= 0) after = after.slice(0, stop);
  return [...between, ...after.split(/[^a-z']+/)].some((word) => RECEIPT_VERBS.has(word));
}

/** Words of advice before a term: the writer advises on someone else's care. */
const ADVICE_WORDS = ['advi', 'recommend', 'suggest', 'aanbevel', 'aanraden', 'raad ik'];

/**
 * A health term in a sentence that speaks of the writer ("ik", "mijn", "I", "me", within reach
 * before the term) and of nobody else but the reader, before or after it: "I had a couple of panic attacks in
 * February", "mijn huisarts heeft me doorverwezen vanwege paniekaanvallen". A child, a name or a
 * pronoun anywhere in the sentence ("I took him to the GP for his asthma") leaves it open, and an
 * article before the term makes it a thing spoken of ("I had a talk about the therapy").
 */
function isOnlyWriterInSentence(
  folded: string,
  near: readonly PersonMention[],
  hit: WeightedHit,
): boolean {
  if (isAfterArticle(folded, hit.start)) return false;
  const start = sentenceStartOf(folded, hit.start);
  // "I would recommend a dyslexia screening", "ik heb ouders geadviseerd om logopedie te starten":
  // a professional's advice is for someone else's care.
  const sentence = folded.slice(start, hit.start);
  if (ADVICE_WORDS.some((word) => sentence.includes(word))) return false;
  let hasWriter = false;
  for (const mention of near) {
    if (mention.start < start) continue;
    if (mention.start >= hit.end && hasSentenceEnd(folded, hit.end, mention.start)) break;
    // The reader may be spoken to: "I wanted to tell you myself: my GP referred me …".
    if (mention.kind !== 'self') return false;
    if (
      mention.isFirstPerson === true &&
      mention.start < hit.start &&
      hit.start - mention.start <= SELF_REACH
    )
      hasWriter = true;
  }
  return hasWriter;
}

/** Health words for a child's care: the child is who it is about, whoever else is named. */
const CHILD_CARE_PREFIXES = ['kinder', 'jeugd', 'paediatr', 'pediatr'];
const ARTICLES = [' de ', ' het ', ' the ', '(de ', '(het ', '(the '];

/**
 * "ik de medicatielijst", "I can bring the report (the dyslexieverklaring)": an article right
 * before the term, in brackets too, makes it a thing, not the writer's own.
 */
function isAfterArticle(folded: string, position: number): boolean {
  return ARTICLES.some((article) => folded.startsWith(article, position - article.length));
}

/** "the school doctor", "de eigen huisarts": one word between an article and `position`. */
function isOneWordAfterArticle(folded: string, position: number): boolean {
  if (folded.charCodeAt(position - 1) !== 32) return false;
  let start = position - 1;
  while (start > 0 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  return start < position - 1 && isAfterArticle(folded, start);
}

/** The person mentioned last before `position`, leaving out the writer and classes. */
function lastBefore(near: PersonMention[], position: number): PersonMention | undefined {
  let last: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= position) break;
    if (mention.kind !== 'self' && !mention.isClass) last = mention;
  }
  return last;
}

/** "I", "my", "mijn" (the writer, not the reader) just before the term: the writer's own. */
function isWritersOwn(hit: WeightedHit, near: readonly PersonMention[]): boolean {
  return near.some((mention) => mention.isFirstPerson === true && isOwnedBySelf(mention, hit));
}

/** The last name or pupil word before `position` (a pronoun for one included). */
function lastChildOrNameBefore(near: PersonMention[], position: number): PersonMention | undefined {
  let last: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= position) break;
    if ((mention.kind === 'name' || mention.kind === 'pupil') && !mention.isClass) last = mention;
  }
  return last;
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
function isSelfsTerm(folded: string, mention: PersonMention, hit: WeightedHit): boolean {
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
function isOwnInSentence(mention: PersonMention, hit: WeightedHit, folded: string): boolean {
  return (
    isOwnedBySelf(mention, hit) &&
    // The writer's "De operatie is goed gegaan" after "Het doet me goed" is still theirs.
    (mention.isFirstPerson === true ||
      mention.start >= hit.start ||
      !hasSentenceEnd(folded, mention.start, hit.start))
  );
}

/** Owners that make a family word one's own: the writer's ("my mother") or a third person's. */
const FIRST_PERSON_OWNERS = new Set(['mijn', 'my', 'onze', 'our']);
const THIRD_PERSON_OWNERS = new Set(['zijn', 'haar', 'his', 'her', 'hun', 'their']);
/** Grown-up relatives: parents, grandparents, spouses (a pupil's "broer" may be a child). */
const ADULT_RELATIVES = new Set([...RELATIVES.keys(), ...SPOUSES, 'ouders', 'parents']);
/** The writer's siblings are adults too: "mijn broer", "my sister". */
const WRITERS_SIBLINGS = new Set(['broer', 'zus', 'brother', 'sister']);
/** A grandparent's son or daughter is a pupil's parent, an adult: "Ik ben de opa van Mats. Mijn dochter …". */
const WRITERS_GROWN_CHILDREN = new Set(['dochter', 'zoon', 'daughter', 'son']);
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
function isGrandparentWriter(folded: string): boolean {
  for (const word of GRANDPARENT_WORDS)
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const before = folded.slice(Math.max(0, at - WRITER_IS_REACH), at);
      if (WRITER_IS.some((words) => before.includes(words))) return true;
    }
  return false;
}
/** Words after which a clause starts: "…, my wife is seeing a counsellor", "omdat mijn man …". */
const CLAUSE_WORDS = new Set([
  'and',
  'en',
  'but',
  'maar',
  'because',
  'omdat',
  'want',
  'that',
  'dat',
  'since',
  'sinds',
  'now',
  'nu',
  'also',
  'ook',
]);
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
  'ik',
  'i',
  'we',
  'wij',
]);
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
    // "His mother was admitted", ", my wife is seeing": the relative starts the clause, it is not
    // the object of someone else's verb ("we called his mum", "door zijn vader opgehaald").
    owner = isOwner && isClauseStart ? text : undefined;
  }
  if (!found) return undefined;
  const relative = found;
  const between = folded.slice(relative.end, position).match(/[a-z]+/g) ?? [];
  if (between.some((word) => OTHER_SUBJECT_WORDS.has(word))) return undefined;
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

/** A word of the sentence before a position, and whether a clause starts at it. */
interface ClauseWord {
  text: string;
  start: number;
  /** After a clause word ("omdat", "and") or a clause mark, or first in the sentence. */
  isClauseStart: boolean;
}

/**
 * The words of the sentence that ends at `position`, at most `reach` characters back: "…, omdat
 * mijn man" gives omdat, mijn (a clause start, after "omdat"), man.
 */
function* clauseWordsBefore(
  folded: string,
  position: number,
  reach: number,
): Generator<ClauseWord, void, undefined> {
  const sentenceStart = sentenceStartOf(folded, position);
  const from = Math.max(sentenceStart, position - reach);
  let previous = '';
  for (const word of folded.slice(from, position).matchAll(/[a-z]+/g)) {
    const text = word[0];
    const start = from + word.index;
    const isClauseStart =
      CLAUSE_WORDS.has(previous) || isAfterClauseMark(folded, sentenceStart, start);
    yield { text, start, isClauseStart };
    previous = text;
  }
}

/** Whether only spaces, or a comma, semicolon or colon, stand between the sentence start and `start`. */
function isAfterClauseMark(folded: string, sentenceStart: number, start: number): boolean {
  let at = start;
  while (at > sentenceStart && isWhitespace(folded.charCodeAt(at - 1))) at--;
  if (at <= sentenceStart) return true;
  const mark = folded.charCodeAt(at - 1);
  return mark === 44 || mark === 59 || mark === 58;
}

/** The writer as the clause's subject: "ik lig 's nachts wakker", "I keep seeing the psychologist". */
const WRITER_SUBJECTS = new Set(['i', 'ik']);
/**
 * Words between the writer and the term that make it someone else's or a topic: another person's
 * pronoun, what the writer sees, hears, thinks or tells ("I noticed she …"), a topic word.
 */
const NOT_WRITERS_WORDS = new Set([
  ...['he', 'she', 'they', 'him', 'her', 'his', 'their', 'hij', 'ze', 'zij', 'hem', 'haar', 'hun'],
  ...['noticed', 'saw', 'see', 'heard', 'read', 'know', 'think', 'told', 'asked', 'about', 'on'],
  ...[
    'merk',
    'merkte',
    'zie',
    'zag',
    'hoorde',
    'weet',
    'denk',
    'dacht',
    'vertelde',
    'vroeg',
    'over',
  ],
]);
/** Characters from "ik" to the health word it says of the writer. */
const WRITER_REACH = 60;

/**
 * Where the writer's subject word ("ik", "I") ends when it opens a clause within WRITER_REACH
 * before `position` with no seeing or telling word ("zag", "vertelde") after it; -1 otherwise.
 */
function writersClauseEnd(folded: string, position: number): number {
  let writerEnd = -1;
  for (const { text, start, isClauseStart } of clauseWordsBefore(folded, position, WRITER_REACH)) {
    if (writerEnd < 0) {
      if (WRITER_SUBJECTS.has(text) && isClauseStart) writerEnd = start + text.length;
    } else if (NOT_WRITERS_WORDS.has(text)) return -1;
  }
  return writerEnd;
}

/**
 * "Het gaat thuis niet zo lekker met me, ik lig 's nachts wakker": a health word nobody else is
 * tied to, with the writer starting its clause and no one else, no other person's pronoun and no
 * seeing or telling between, in a mail that speaks of no child, is the writer's own.
 */
function isWritersOwnHealth(
  hit: WeightedHit,
  context: TextContext,
  folded: string,
  mentions: readonly PersonMention[],
): boolean {
  if (hit.category !== 'health' || context.hasPupilWords || context.isGeneral(hit.start))
    return false;
  if (isAfterArticle(folded, hit.start) || speaksOfAChild(folded, mentions)) return false;
  // "when it's time to involve the school doctor": a care giver by their kind, one word after an
  // article, is whom the writer might turn to, no condition of theirs.
  if (CARE_GIVERS.has(hit.term) && isOneWordAfterArticle(folded, hit.start)) return false;
  const writerEnd = writersClauseEnd(folded, hit.start);
  if (writerEnd < 0) return false;
  return !mentions.some(
    (mention) =>
      mention.start >= writerEnd &&
      mention.start < hit.start &&
      !(mention.kind === 'self' && mention.isFirstPerson === true),
  );
}

/**
 * "Ik ben nu 14 maanden clean en heb begeleiding", "I still get support": a weak pupil word whose
 * clause the writer opens, with no one else, no other person's pronoun and no seeing or telling
 * between, and nobody named after it in the sentence ("ik heb begeleiding gevraagd voor Daan").
 */
function isWritersOwnSupport(
  hit: WeightedHit,
  folded: string,
  near: readonly PersonMention[],
): boolean {
  const writerEnd = writersClauseEnd(folded, hit.start);
  if (writerEnd < 0) return false;
  return !near.some(
    (mention) =>
      mention.start >= writerEnd &&
      !(mention.kind === 'self' && mention.isFirstPerson === true) &&
      (mention.start < hit.start || !hasSentenceEnd(folded, hit.end, mention.start)),
  );
}

/** "zoon", "leerling", or a child named by their class ("Kim (group 5)"): a child is spoken of. */
function speaksOfAChild(folded: string, mentions: readonly PersonMention[]): boolean {
  return mentions.some(
    (mention) =>
      !mention.isClass &&
      ((mention.kind === 'pupil' &&
        CHILD_WORDS.some((word) => folded.startsWith(word, mention.start))) ||
        (mention.kind === 'name' &&
          (mention.cue === NAME_BEFORE_CLASS ||
            isBeforeClass(folded, mention.start) ||
            PARENT_OF.some((words) => folded.startsWith(words, mention.start - words.length))))),
  );
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
function withRelativesOwn(
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
    parentsOwnBefore(folded, hit);
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
      cue: relative ? relativeCue(relative) : 'the writer (I)',
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
function parentsOwnBefore(folded: string, hit: WeightedHit): OwnRelative | undefined {
  // A parent's home or detention is the child's home only, as elsewhere.
  if (hit.category !== 'health') return undefined;
  const from = Math.max(sentenceStartOf(folded, hit.start), hit.start - PARENT_SELF_REACH);
  const words = folded.slice(from, hit.start).split(/[^a-z]+/);
  const isEnglishSelf = / (?:herself|himself)\b/.test(folded.slice(hit.end, hit.end + 20));
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!ONE_PARENT_WORDS.has(word)) continue;
    // "Moeder zegt zelf dat Noah epilepsie heeft": a clause of someone else's after "zelf".
    const rest = words.slice(i + 1);
    if (rest.some((other) => SELF_CLAUSE_WORDS.has(other))) continue;
    const gap = rest.slice(0, PARENT_SELF_GAP);
    if (isEnglishSelf || gap.includes('zelf')) return { owner: 'zelf', relative: word };
  }
  return undefined;
}

function relativeCue({ owner, relative }: OwnRelative): string {
  return `own relative: ${owner} ${relative}`;
}

/** Scores and levels in a results row: numbers, A–E, I–V, 1F/2F/1S, school advice levels. */
const SCORE_PATTERN =
  /(?:^|[\s;:|(])(?:\d{1,3}(?:[.,]\d)?|[a-ev]|i{1,3}|iv|[12][fs]|vwo|havo|vmbo(?:-[a-z]{1,2})?|pro|kader|basis|voldoende|onvoldoende|goed)(?=$|[\s;|),.])/;

/** Capitalised first words of timetable rows under "Groep 5:" that are no pupils. */
const NOT_ROSTER_NAMES = new Set([
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'week',
  'les',
  'pauze',
  'gym',
  'toets',
  'rekenen',
  'taal',
  'lezen',
  'spelling',
  'totaal',
  'gemiddelde',
]);
/** AVI reading levels ("E4", "M5", "Plus"), kept apart so each pattern stays small and linear. */
const READING_LEVEL_PATTERN = /(?:^|[\s;:|(])(?:[em][3-8]|plus)(?=$|[\s;|),.])/;

/** Three or more lines that each pair a given name with a score: a results overview of named pupils. */
function findResultsList(
  text: string,
  folded: string,
  first: TermHit<unknown>,
): SensitiveEvidence | undefined {
  let rows = 0;
  let lineStart = 0;
  // Under a roster header ("Groep 5:") any capitalised first word is a pupil's name, listed or not.
  let isRoster = false;
  while (lineStart < folded.length && rows < MIN_RESULT_ROWS) {
    const newline = folded.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? folded.length : newline;
    if (lineEnd - lineStart < 200 && isResultRow(text, folded, lineStart, lineEnd, isRoster))
      rows++;
    if (isRosterHeader(folded, lineStart, lineEnd)) isRoster = true;
    else if (isBlankLine(folded, lineStart, lineEnd)) isRoster = false;
    lineStart = lineEnd + 1;
  }
  if (rows < MIN_RESULT_ROWS) return undefined;
  return {
    subject: 'pupil',
    category: 'results-list',
    term: first.term,
    start: first.start,
    end: first.end,
    tiedTo: 'list of names',
  };
}

/** "Groep 5:", "groep 7b:", "> Groep 6:": the header of a list of one class's pupils. */
function isRosterHeader(folded: string, start: number, end: number): boolean {
  const to = Math.min(end, start + 20);
  let first = start;
  while (first < to && isWhitespace(folded.charCodeAt(first))) first++;
  // Most lines start with neither: decided without cutting the line out.
  const code = folded.charCodeAt(first);
  if (first === to || (code !== 62 && code !== 103)) return false; // > g
  const line = folded.slice(start, to).trim();
  return /^>? ?groep [1-8][a-c]?:$/.test(line);
}

function isBlankLine(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhitespace(folded.charCodeAt(i))) return false;
  return true;
}

function isResultRow(
  text: string,
  folded: string,
  start: number,
  end: number,
  isRoster: boolean,
): boolean {
  // The line's first word after at most four list marks or spaces (as /^[\s>*•-]{0,4}([a-z]{2,15})\b/
  // would find it), read in place: most lines are no result row and cost no string.
  let nameStart = start;
  while (nameStart < end && nameStart - start <= 4 && isListLead(folded.charCodeAt(nameStart)))
    nameStart++;
  if (nameStart - start > 4) return false;
  let nameEnd = nameStart;
  while (nameEnd < end && nameEnd - nameStart < 15 && isAsciiLower(folded.charCodeAt(nameEnd)))
    nameEnd++;
  if (nameEnd - nameStart < 2 || (nameEnd < end && isRegexWordChar(folded.charCodeAt(nameEnd))))
    return false;
  const code = text.charCodeAt(nameStart);
  if (code < 65 || code > 90) return false;
  const name = folded.slice(nameStart, nameEnd);
  if (!(NAMES.has(name) || (isRoster && !NOT_ROSTER_NAMES.has(name)))) return false;
  const rest = folded.slice(nameEnd, end);
  return SCORE_PATTERN.test(rest) || READING_LEVEL_PATTERN.test(rest);
}

/** White space or a list mark before a result row's name: > * • - */
function isListLead(code: number): boolean {
  return isWhitespace(code) || code === 62 || code === 42 || code === 0x2022 || code === 45;
}

/** A character of regex `\w`, which `\b` tells from others. */
function isRegexWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}
