// Decides whether a text holds sensitive information about one identifiable person, and whether
// that person is a pupil (leerlingdossier) or an adult (staff, parent). Evidence is a sensitive
// term within a short reach of a mention of a person; general mails (newsletters, trainings,
// templates) need a named person.
import {
  ADULT_RECORD_TERMS,
  GENERAL_TERMS,
  HEALTH_TERMS,
  HOME_AND_SAFETY_TERMS,
  PUPIL_RECORD_TERMS,
  RESULTS_TERMS,
  type TopicTerms,
} from '../../policy/lexicon/sensitive-topics';
import { findBookTitles, isAboutStory, isInReadingList, isReadingClubText } from './book-titles';
import { TableReader } from './table-lines';
import { fold } from './fold';
import { findLevels } from './levels';
import { findPayGrades, PAY_GRADE_TERM } from './pay-grades';
import { findPregnancyWeeks } from './pregnancy-weeks';
import { findSameSexPartners } from './same-sex-partners';
import { findParentViolence, PARENT_VIOLENCE_TERM } from './parent-violence';
import { ADMISSION_TERMS, findAdmissions } from './admissions';
import {
  findPersonMentions,
  isInSignatureBlock,
  PERSON_WORD_TERMS,
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
import { compileTerms, compileWordList, type TermHit, type TermMatcher } from './term-matcher';
import {
  type Category,
  type SensitiveEvidence,
  REACH,
  type LexiconTag,
  type WeightedHit,
  SENTENCE_REACH,
  type TextContext,
} from './sensitive-hits';
import { isWordBefore, firstAtOrAfter, isAfterArticle, isBeforeClass } from './words-around';
import {
  hasCompanionTerm,
  hasOnlyAdultCompanions,
  hasStrongNeighbour,
  hasStrongRecordNear,
} from './companion-terms';
import {
  isRoleInApposition,
  isCareTitleOfName,
  isJobOfSubject,
  isAuthorOfWriting,
  isCareOpenToAll,
  CARE_GIVERS,
} from './roles-and-titles';
import {
  GENERAL_ANSWER,
  isRoleWordsAdult,
  isProcedureForAnyReader,
  isOnlyAnyChild,
  isAnyChildsEvidence,
  isColleagueSalutation,
  isNamedOrPupils,
  isSignOffOnSomething,
  isRideAlong,
  isRuleBookOf,
  isKindOfFamily,
  isRuleBookTitled,
  isProceedingAbout,
  isRuleOfOnesMeasure,
  isInvitationToOnesTalk,
  isSomeonesWhereabouts,
  isNewsletterForSomeone,
} from './general-texts';
import {
  isFirmName,
  isInAddress,
  isCounted,
  isWordNotAcronym,
  isDocumentAlternative,
  isOrganisationName,
  isPluralOfPupilWord,
  isAllergiesInGeneral,
  isExampleOfAKind,
  isEverydayArrangement,
  isEvacuation,
  isSuitedFor,
  isModerateDrinking,
} from './impersonal-terms';
import {
  withoutQuotedTopics,
  outsideTitles,
  isCourseContent,
  isLessonTopic,
  isHistory,
  isContactPerson,
  isCharacter,
  isSpeaker,
} from './lessons-and-stories';
import {
  withoutParentsChildren,
  parentWordNear,
  parentNotedBefore,
  childOfParent,
  saysChildsSide,
  withoutParentsStoryForChild,
  writersChildAffected,
  writersOwnCounsel,
} from './parents-and-children';
import { toSubjectOfTableRows, findResultsList } from './table-subjects';
import { speaksOfAdultLife } from './adult-life';
import { staffUnderMeasure } from './staff-measures';
import { isExpertise, isSelfsTerm, isOwnInSentence, isGrandparentWriter } from './writer-own';
import { withRelativesOwn } from './relatives-own';
import { subjectOf } from './hit-subject';

export { type Subject, type SensitiveEvidence } from './sensitive-hits';
export { isRuleBookTitled } from './general-texts';

/** Enough evidence to explain a finding; stops long texts from collecting thousands. */
const MAX_EVIDENCE = 50;

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
    // Read only for attachment names: compiled on the first mail that has one, so a start of the
    // CLI or of the add-in's send check that reads no attachment does not pay for them.
    strongByCategory: compiledOnFirstUse(() =>
      compileTerms(
        topics.flatMap(([category, terms, extraStrong]) =>
          [...terms.strong, ...extraStrong].map((term) => [term, category] as const),
        ),
      ),
    ),
    general: compiledOnFirstUse(() => compileWordList(GENERAL_TERMS)),
  };
}

function compiledOnFirstUse<Tag>(compile: () => TermMatcher<Tag>): TermMatcher<Tag> {
  let matcher: TermMatcher<Tag> | undefined;
  return { find: (folded) => (matcher ??= compile()).find(folded) };
}

/** The cue of a mention found by the list of first names, capitalised ("Jan heeft …"). */
const GIVEN_NAME = 'given name';

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
  ...reading: Parameters<typeof readSensitiveContent>
): SensitiveEvidence[] {
  return readSensitiveContent(...reading).evidence;
}

/** A sensitive term the reading kept but tied to nobody, in a part that does not read as general. */
export interface UntiedTerm {
  term: string;
  start: number;
  category: Category;
}

/** What findSensitiveEvidence finds, and the terms it kept but could tie to nobody. */
export interface SensitiveReading {
  evidence: SensitiveEvidence[];
  untied: UntiedTerm[];
}

/**
 * findSensitiveEvidence with the terms it tied to nobody: "de scheiding" with no name close enough
 * is no finding, but the learned model may count it (model-finding.ts).
 */
export function readSensitiveContent(
  text: string,
  lexicon: SensitiveLexicon,
  correspondents?: ReadonlySet<string>,
  folded = fold(text),
  quoteStart = quotedHistoryStart(text, folded),
  /** The name the mail's subject line opens with, if any (subjectLineWords), for the other texts. */
  subjectWords?: ReadonlySet<string>,
): SensitiveReading {
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
    // "Allergieën en bijzonderheden op het formulier": allergies asked of everyone.
    else if (tag.kind === 'topic' && isAllergiesInGeneral(folded, hit)) continue;
    // "(bijvoorbeeld dyslexie of een chronische ziekte)": examples of a kind.
    else if (tag.kind === 'topic' && isExampleOfAKind(folded, hit)) continue;
    // "de klachtenregeling", "het verzuimbeleid", "the complaints procedure": a rule book.
    else if (tag.kind === 'topic' && isRuleBookOf(folded, hit)) continue;
    // "families with two mums or two dads": a kind of family, nobody's.
    else if (tag.kind === 'topic' && isKindOfFamily(folded, hit)) continue;
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
    // "Bij ontruiming: verzamelen op het grasveld" in a BHV roster: a fire drill, no eviction.
    else if (tag.kind === 'topic' && isEvacuation(folded, hit)) continue;
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
    // "dyslexia-friendly maths materials", "een autismevriendelijke klas": suited to a condition.
    else if (tag.kind === 'topic' && isSuitedFor(folded, hit)) continue;
    // "dat Daan niet te veel drinkt", "drinkt te veel limonade": moderation or a soft drink.
    else if (tag.kind === 'topic' && isModerateDrinking(folded, hit)) continue;
    // "de lesbrief van de Diabetesvereniging", "het Astmafonds", "the Epilepsy Society": a charity
    // ("de energiecoöperatie": no operation either).
    else if (tag.kind === 'topic' && tag.category === 'health' && isOrganisationName(folded, hit))
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
      if (tag.weight === 1 && (isStrongInContext(folded, hit) || isRefusedCertificate(folded, hit)))
        topic.weight = 2;
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
        !isSomeonesWhereabouts(folded, hit) &&
        !isNewsletterForSomeone(folded, hit) &&
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
      term: `${PAY_GRADE_TERM} ${grade.grade}`,
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
  // "Hij trouwt in juni met zijn vriend Tom", "she lives with a woman": whom someone loves.
  for (const partner of findSameSexPartners(folded))
    allHits.push({
      term: 'same-sex partner',
      start: partner.start,
      end: partner.end,
      category: 'adult-record',
      weight: 2,
    });
  // "mama slaat me met de riem", "beaten by his father": abuse at home and the parent's own conduct.
  for (const violence of findParentViolence(folded))
    allHits.push({
      term: PARENT_VIOLENCE_TERM,
      start: violence.start,
      end: violence.end,
      category: 'home',
      weight: 2,
    });
  // "Ze is afgelopen weekend opgenomen, …", "Mijn man is vorige week opgenomen.": admitted;
  // "Mijn man is vorige week meegenomen en …": taken away by the police.
  for (const admitted of findAdmissions(folded))
    allHits.push({
      term: ADMISSION_TERMS[admitted.kind],
      start: admitted.start,
      end: admitted.end,
      category: admitted.kind === 'admitted' ? 'health' : 'home',
      weight: 2,
    });
  allHits.sort((a, b) => a.start - b.start);
  let evidence: SensitiveEvidence[] = [];
  let isNamingNobody = false;
  let mentionsOf: readonly PersonMention[] = [];
  let peopleOf: ReadonlySet<string> | undefined;
  // "het boek 'Mijn vader zit in de gevangenis'", "'De zomer van Otto'? Otto's vader zit vast":
  // a story's title, or what is said of its character, is nobody's file.
  const titles = allHits.length > 0 ? findBookTitles(text, folded) : undefined;
  // The text's tables, read lazily once: for reading lists here, for whose row a term is in below.
  const tables = new TableReader(text);
  // "In de leesclub bespreken we de roman …": a reading club's mail is about its book's people.
  // A reading list's rows ("titel;auteur;…") are books too.
  const untold =
    allHits.length > 0 && isReadingClubText(folded)
      ? []
      : withoutQuotedTopics(allHits, folded).filter((hit) => !isInReadingList(tables, hit.start));
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
      findPersonMentions(text, folded, personHits, people, topicStarts, subjectWords),
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
    // Read once per text, and only when a parent's trouble beside a child asks.
    let childsSide: boolean | undefined;
    const isChildsSideSaid = () => (childsSide ??= saysChildsSide(folded));
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
      // "mijn zoon … ik zit in de schuldsanering … hij slaapt slecht", "his mum has cancer … he is
      // upset": a parent's health or money trouble is the child's home situation too, when a child
      // is spoken of and the mail says what it means for them.
      const child =
        found.subject === 'adult' && childOfParent(folded, found, mentions, isChildsSideSaid);
      if (child)
        evidence.push({ ...found, subject: 'pupil', tiedTo: 'pupil', cue: `parent: ${child}` });
    }
    // A professional's "I" ("I would not rule out dyslexia", signed "School psychologist") tells
    // of their work on the child, no story of their own.
    if (!writerSignsAsProfessional)
      evidence = withoutParentsStoryForChild(evidence, mentions, folded, isChildsSideSaid);
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
    ? toSubjectOfTableRows(evidence, tables, folded)
    : evidence;
  // "In algemene zin: … de medewerker …": an answer the text calls general is about any employee.
  // "Verzuimprocedure Stichting Kindante\n1. Ziekmelden\nDe medewerker meldt zich …": a rule book
  // that names nobody is about any employee as well.
  const isGeneralAnswer = GENERAL_ANSWER.test(folded);
  const isRuleBook = isRuleBookTitled(folded);
  const kept =
    isGeneralAnswer || (isNamingNobody && isRuleBook)
      ? read.filter((item) => !isRoleWordsAdult(item))
      : read;
  // "wat het kind er zelf over zegt … bel je mij", "a short page written by the child": with no
  // one named but the correspondents, "het kind" and "the child" are any child the text is about.
  const anyChild = isOnlyAnyChild(mentionsOf, folded)
    ? kept.filter((item) => !isAnyChildsEvidence(item))
    : kept;
  const found =
    isNamingNobody && isProcedureForAnyReader(anyChild, folded)
      ? anyChild.filter(isNamedOrPupils)
      : anyChild;
  // The terms tied to nobody, for the learned model. A general part, an answer "in algemene zin" or
  // a rule book is about anyone: nothing untied there. A job title or an address ("…
  // Leerplichtambtenaar") stays: left out, the held-out sets lost as many found as false alarms.
  const tied = new Set(found.map((item) => item.start));
  const untied = hits.filter(
    (hit) => !tied.has(hit.start) && !general[hit.start < quoteStart ? 'top' : 'quoted'],
  );
  return {
    evidence: found,
    untied:
      untied.length === 0 || isGeneralAnswer || isRuleBook
        ? []
        : untied.map(({ term, start, category }) => ({ term, start, category })),
  };
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

/** Words that refuse a certificate: "de VOG-aanvraag … is afgewezen", "his VOG was refused". */
const REFUSAL_REACH = 160;
const REFUSAL_WORDS: ReadonlySet<string> = new Set([
  'geweigerd',
  'afgewezen',
  'afgekeurd',
  'weigering',
  'refused',
  'denied',
  'rejected',
]);
/** "niet goedgekeurd", "not approved": a negation and the word it refuses. */
const REFUSAL_PAIRS: ReadonlySet<string> = new Set([
  'niet afgegeven',
  'niet goedgekeurd',
  'niet verleend',
  'niet gekregen',
  'not approved',
  'not granted',
]);

/**
 * "de VOG van Wim Bosch (opa van Fenne) is geweigerd": a certificate of conduct refused in its own
 * sentence says there is a record, whatever stands between the two words.
 */
function isRefusedCertificate(folded: string, hit: TermHit<LexiconTag>): boolean {
  if (hit.term !== 'vog') return false;
  let end = Math.min(folded.length, hit.end + REFUSAL_REACH);
  for (let i = hit.end; i < end; i++) if (hasSentenceEnd(folded, i, i + 1)) end = i;
  const words = folded.slice(hit.end, end).split(/[^a-z]+/);
  return words.some(
    (word, at) =>
      REFUSAL_WORDS.has(word) || (at > 0 && REFUSAL_PAIRS.has(`${words[at - 1]} ${word}`)),
  );
}

function isPersonHit(hit: TermHit<LexiconTag>): hit is TermHit<PersonWordTag> {
  return hit.tag.kind === 'person';
}

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
    isUnnamedChildsOwn(folded, hit, sentenceStart) &&
    !near.some((mention) => mention.kind === 'name' && mention.isNamed && isClose(mention))
  )
    return undefined;
  const isGeneral = context.isGeneral(hit.start);
  if (isGeneral && !isNamedClose && !isOwnDisclosure) return undefined;
  // In a newsletter or training a weak word ("IB", "begeleiding") is part of the topic, not a file.
  // An adult's matter said of a named person in its own sentence ("Rachid en Fatma … voor het
  // iftar"), or a weak HR word a strong record backs ("Jan heeft zich twee keer ziek gemeld … een
  // verbetertraject"), is that person's, as a strong term there is. So is a pupil's incident told
  // to a group of parents ("Beste ouders, … waarop Daan Tijn een duw gaf").
  if (
    isGeneral &&
    hit.weight === 1 &&
    !(
      isNamedClose &&
      (hit.category === 'adult-record'
        ? hit.isPersonal === true || hasStrongRecordNear(index, hits)
        : hit.category === 'pupil-record' && hit.isPersonal === true) &&
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
function isUnnamedChildsOwn(folded: string, hit: WeightedHit, sentenceStart: number): boolean {
  const before = folded.slice(Math.max(sentenceStart, hit.start - 60), hit.start);
  // Most terms have no "met" or "with" before them: no need to split the words.
  if (!before.includes('met') && !before.includes('with')) return false;
  const words = before.split(/[^a-z]+/).filter(Boolean);
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

function describeText(
  hits: WeightedHit[],
  mentions: PersonMention[],
  general: { top: boolean; quoted: boolean },
  quoteStart: number,
  folded: string,
): TextContext {
  const isGeneral = (position: number) => general[position < quoteStart ? 'top' : 'quoted'];
  // "Roel, leerkracht groep 7": a class alone is where an adult works, no pupil spoken of.
  // "Jesse (groep 8)", "Zeynep uit groep 5": a name given with its class is a pupil spoken of.
  const hasPupilWords = mentions.some(
    (mention) =>
      (mention.kind === 'pupil' && !mention.isClass) ||
      (mention.kind === 'name' && mention.isNamed && isBeforeClass(folded, mention.start)),
  );
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

/** Words that make what follows a topic: "een congres over …", "a talk about …". */
const TOPIC_WORDS = [' over ', ' about ', ' on the topic'];
