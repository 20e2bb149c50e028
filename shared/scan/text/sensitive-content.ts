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
import { FIRST_NAMES } from '../../policy/lexicon/first-names';
import { fold } from './fold';
import {
  findPersonMentions,
  PERSON_WORD_TERMS,
  type MentionKind,
  type PersonMention,
  type PersonWordTag,
} from './person-mentions';
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
  | { kind: 'topic'; category: Category; weight: 1 | 2 }
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
}

export function findSensitiveEvidence(
  text: string,
  lexicon: SensitiveLexicon,
  correspondents?: ReadonlySet<string>,
): SensitiveEvidence[] {
  const folded = fold(text);
  const allHits: WeightedHit[] = [];
  const personHits: TermHit<PersonWordTag>[] = [];
  let isGeneral = false;
  let firstResultsTerm: TermHit<LexiconTag> | undefined;
  for (const hit of lexicon.matcher.find(folded)) {
    const tag = hit.tag;
    if (tag.kind === 'topic')
      allHits.push({
        term: hit.term,
        start: hit.start,
        end: hit.end,
        category: tag.category,
        weight: tag.weight,
      });
    else if (tag.kind === 'person')
      personHits.push({ term: hit.term, tag, start: hit.start, end: hit.end, word: hit.word });
    else if (tag.kind === 'general') isGeneral = true;
    else firstResultsTerm ??= hit;
  }
  const evidence: SensitiveEvidence[] = [];
  const hits = withoutWeakerAtSameWord(allHits);
  if (hits.length > 0) {
    const mentions = findPersonMentions(text, folded, personHits, correspondents);
    const context = describeText(hits, mentions, isGeneral);
    for (let index = 0; index < hits.length && evidence.length < MAX_EVIDENCE; index++) {
      const found = judgeHit(index, hits, mentions, context);
      if (!found) continue;
      evidence.push(found);
      const parent = found.subject === 'pupil' && parentWordNear(folded, found);
      if (parent)
        evidence.push({ ...found, subject: 'adult', tiedTo: 'adult', cue: `parent: ${parent}` });
      // "mijn zoon … ik zit in de schuldsanering", "his mum has cancer": a parent's health or money
      // trouble is the child's home situation too, when a child is spoken of.
      const child = found.subject === 'adult' && childOfParent(folded, found, mentions);
      if (child)
        evidence.push({ ...found, subject: 'pupil', tiedTo: 'pupil', cue: `parent: ${child}` });
    }
  }
  const list = firstResultsTerm && findResultsList(text, folded, firstResultsTerm);
  if (list) evidence.push(list);
  return evidence;
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
/** Characters between a parent word and the parent's situation ("vader … aangehouden"). */
const PARENT_REACH = 120;

/**
 * "de vader van Milan is aangehouden": a parent's own situation is the parent's sensitive data as
 * well as the child's file; returns the parent word that makes it so.
 */
function parentWordNear(folded: string, found: SensitiveEvidence): string | undefined {
  if (!PARENT_SITUATIONS.has(found.term)) return undefined;
  const around = folded.slice(Math.max(0, found.start - PARENT_REACH), found.end + PARENT_REACH);
  return around.split(/[^a-z]+/).find((word) => PARENT_WORDS.has(word));
}

/** Health or money trouble of a parent ("moeder", "mum") with a child of theirs spoken of. */
function childOfParent(
  folded: string,
  found: SensitiveEvidence,
  mentions: readonly PersonMention[],
): string | undefined {
  const isFamilyMatter =
    found.category === 'health' || found.category === 'home' || PARENT_SITUATIONS.has(found.term);
  if (!isFamilyMatter || !mentions.some((mention) => mention.kind === 'pupil')) return undefined;
  const around = folded.slice(Math.max(0, found.start - PARENT_REACH), found.end + PARENT_REACH);
  return around.split(/[^a-z]+/).find((word) => ONE_PARENT_WORDS.has(word));
}

/** "chemotherapie" is "chemo" (strong), not also "~therapie" (weak): one hit per word, the strongest. */
function withoutWeakerAtSameWord(hits: WeightedHit[]): WeightedHit[] {
  const strongStarts = new Set(hits.filter((hit) => hit.weight === 2).map((hit) => hit.start));
  return hits.filter((hit) => hit.weight === 2 || !strongStarts.has(hit.start));
}

function judgeHit(
  index: number,
  hits: WeightedHit[],
  mentions: PersonMention[],
  context: TextContext,
): SensitiveEvidence | undefined {
  const hit = hits[index];
  if (!hit) return undefined;
  if (hit.weight === 1 && !hasCompanionTerm(index, hits)) return undefined;
  const near: PersonMention[] = [];
  for (let m = firstAtOrAfter(mentions, hit.start - REACH); m < mentions.length; m++) {
    const mention = mentions[m];
    if (!mention || mention.start > hit.end + REACH) break;
    near.push(mention);
  }
  // A newsletter or training may name people; only a name right next to the term counts there.
  const isClose = (mention: PersonMention) => Math.abs(mention.start - hit.start) <= CLOSE_REACH;
  // Speakers and authors ("drs. Maud Lenssen") are adults: only for adult records do they count.
  const isNamedClose = near.some(
    (mention) =>
      mention.isNamed &&
      isClose(mention) &&
      (mention.kind === 'name' || (mention.kind === 'adult' && hit.category === 'adult-record')),
  );
  // "ik ben moslima", "mijn burn-out": the writer's own disclosure is never general.
  const isOwnDisclosure = near.some(
    (mention) => mention.isFirstPerson === true && isOwnedBySelf(mention, hit),
  );
  if (context.isGeneral && !isNamedClose && !isOwnDisclosure) return undefined;
  // In a newsletter or training a weak word ("IB", "begeleiding") is part of the topic, not a file.
  if (context.isGeneral && hit.weight === 1) return undefined;
  const subject = subjectOf(hit, near, context);
  // A class ("groep 5") is no person: it leans the text towards pupils but ties nothing.
  const tie = near.find(
    (mention) =>
      !mention.isClass &&
      ((subject === 'adult' && (mention.kind !== 'self' || isOwnedBySelf(mention, hit))) ||
        mention.kind === 'name' ||
        mention.kind === 'pupil'),
  );
  if (!subject || !tie) return undefined;
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

/** Whether the text as a whole is more about pupils or about adults, for terms that fit both. */
interface TextContext {
  isGeneral: boolean;
  /** More adult than pupil: by its topics, or else by words such as "collega" vs "leerling". */
  leansAdult: boolean;
  /** Its sensitive topics are more about adults' records (pay, HR, VOG) than about pupils. */
  isAboutAdultRecords: boolean;
  /** "leerling", "zoon", "mijn dochter": some pupil or a pupil's family is spoken of. */
  hasPupilWords: boolean;
}

function describeText(
  hits: WeightedHit[],
  mentions: PersonMention[],
  isGeneral: boolean,
): TextContext {
  const hasPupilWords = mentions.some((mention) => mention.kind === 'pupil');
  let pupilTopics = 0;
  let adultTopics = 0;
  for (const hit of hits) {
    if (hit.category === 'pupil-record' || hit.category === 'home') pupilTopics += hit.weight;
    if (hit.category === 'adult-record') adultTopics += hit.weight;
  }
  if (pupilTopics !== adultTopics)
    return {
      isGeneral,
      leansAdult: adultTopics > pupilTopics,
      isAboutAdultRecords: adultTopics > pupilTopics,
      hasPupilWords,
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
  };
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
      if (candidate.term !== hit.term && COMPANIONS[hit.category].includes(candidate.category))
        return true;
    }
  }
  return false;
}

/** Binary search: the first mention at or after `position` (mentions are sorted by start). */
function firstAtOrAfter(mentions: PersonMention[], position: number): number {
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
): Subject | undefined {
  if (hit.category === 'pupil-record') return 'pupil';
  // A weak HR word ("verzuim", "salaris") is an adult's record only in a mail about adults.
  if (hit.category === 'adult-record')
    return hit.weight === 2 || context.leansAdult ? 'adult' : undefined;
  let nearest: PersonMention | undefined;
  let nearestDistance = Infinity;
  for (const mention of near) {
    if (mention.kind === 'self' || mention.isClass) continue;
    const distance =
      mention.start < hit.start ? hit.start - mention.start : (mention.start - hit.end) * 2;
    if (distance < nearestDistance) {
      nearest = mention;
      nearestDistance = distance;
    }
  }
  // Home situations in school mail are a pupil's, unless the mail is about an adult's records.
  if (hit.category === 'home') {
    if (nearest?.kind !== 'pupil' && context.isAboutAdultRecords) return 'adult';
    // "dhr. H. Claessens … geschorst" in a mail about staff: a conduct measure for an adult.
    if (nearest?.kind === 'adult' && context.leansAdult && !context.hasPupilWords) return 'adult';
    // "sinds zijn vrouw is vertrokken": right after "vrouw" or "collega" it is an adult's home.
    const before = lastBefore(near, hit.start);
    if (
      before?.kind === 'adult' &&
      !before.isNamed &&
      !before.isTitle &&
      hit.start - before.start <= SELF_REACH
    )
      return 'adult';
    return nearest ? 'pupil' : undefined;
  }
  if (nearest?.kind === 'pupil') return 'pupil';
  // A weak health word ("therapie") near a teacher is still about the pupil unless the mail is about adults.
  if (nearest?.kind === 'adult') return hit.weight === 2 || context.leansAdult ? 'adult' : 'pupil';
  // A bare name in school mail is most often a pupil's, unless the mail is about adults: their
  // records, or colleagues and staff rather than pupils ("Beste collega's, Marieke … hernia").
  if (nearest?.kind === 'name') return context.isAboutAdultRecords ? 'adult' : 'pupil';
  // "mijn burn-out", "uw salarisstrook": the writer or reader themself, right before a strong term.
  return hit.weight === 2 && near.some((mention) => isOwnedBySelf(mention, hit))
    ? 'adult'
    : undefined;
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

/** "ik", "mijn", "uw" just before the term: the sensitive fact is the writer's or reader's own. */
function isOwnedBySelf(mention: PersonMention, hit: WeightedHit): boolean {
  return (
    mention.kind === 'self' &&
    !mention.isNamed &&
    mention.start < hit.start &&
    hit.start - mention.start <= SELF_REACH
  );
}

const NAMES = new Set(FIRST_NAMES.map((name) => name.toLowerCase()));
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
    else if (folded.slice(lineStart, lineEnd).trim() === '') isRoster = false;
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
  const line = folded.slice(start, Math.min(end, start + 20)).trim();
  return /^>? ?groep [1-8][a-c]?:$/.test(line);
}

function isResultRow(
  text: string,
  folded: string,
  start: number,
  end: number,
  isRoster: boolean,
): boolean {
  const line = folded.slice(start, end);
  const name = /^[\s>*•-]{0,4}([a-z]{2,15})\b/.exec(line);
  if (!name?.[1] || !(NAMES.has(name[1]) || (isRoster && !NOT_ROSTER_NAMES.has(name[1]))))
    return false;
  const nameStart = start + line.indexOf(name[1]);
  const code = text.charCodeAt(nameStart);
  if (code < 65 || code > 90) return false;
  const rest = line.slice(line.indexOf(name[1]) + name[1].length);
  return SCORE_PATTERN.test(rest) || READING_LEVEL_PATTERN.test(rest);
}
