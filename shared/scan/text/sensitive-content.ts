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
import { FIRST_NAMES } from '../../policy/lexicon/first-names';
import { fold } from './fold';
import { findPersonMentions, type MentionKind, type PersonMention } from './person-mentions';
import { compileTerms, type TermHit, type TermMatcher } from './term-matcher';

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
}

/** Characters either side of a term in which a person mention counts. */
const REACH = 220;
/** A list of results needs this many lines with a name and a score. */
const MIN_RESULT_ROWS = 3;
/** Enough evidence to explain a finding; stops long texts from collecting thousands. */
const MAX_EVIDENCE = 50;

interface WeightedMatcher {
  category: Category;
  strong: TermMatcher;
  weak: TermMatcher;
}

export interface SensitiveLexicon {
  topics: WeightedMatcher[];
  general: TermMatcher;
  results: TermMatcher;
}

/** Compiles the lexicon once; extra keywords from the config count as strong terms. */
export function compileSensitiveLexicon(extra: {
  pupil: readonly string[];
  adult: readonly string[];
}): SensitiveLexicon {
  const weighted = (
    category: Category,
    terms: TopicTerms,
    extraStrong: readonly string[] = [],
  ): WeightedMatcher => ({
    category,
    strong: compileTerms([...terms.strong, ...extraStrong.map(fold)]),
    weak: compileTerms(terms.weak),
  });
  return {
    topics: [
      weighted('pupil-record', PUPIL_RECORD_TERMS, extra.pupil),
      weighted('health', HEALTH_TERMS),
      weighted('home', HOME_AND_SAFETY_TERMS),
      weighted('adult-record', ADULT_RECORD_TERMS, extra.adult),
    ],
    general: compileTerms(GENERAL_TERMS),
    results: compileTerms(RESULTS_TERMS),
  };
}

interface WeightedHit extends TermHit {
  category: Category;
  weight: 1 | 2;
}

export function findSensitiveEvidence(text: string, lexicon: SensitiveLexicon): SensitiveEvidence[] {
  const folded = fold(text);
  const hits = lexicon.topics
    .flatMap((topic) => [
      ...topic.strong.find(folded).map((hit): WeightedHit => ({ ...hit, category: topic.category, weight: 2 })),
      ...topic.weak.find(folded).map((hit): WeightedHit => ({ ...hit, category: topic.category, weight: 1 })),
    ])
    .sort((a, b) => a.start - b.start);
  const evidence: SensitiveEvidence[] = [];
  if (hits.length > 0) {
    const mentions = findPersonMentions(text, folded);
    const isGeneral = lexicon.general.find(folded).length > 0;
    for (let index = 0; index < hits.length && evidence.length < MAX_EVIDENCE; index++) {
      const found = judgeHit(index, hits, mentions, isGeneral);
      if (found) evidence.push(found);
    }
  }
  const list = findResultsList(text, folded, lexicon);
  if (list) evidence.push(list);
  return evidence;
}

function judgeHit(index: number, hits: WeightedHit[], mentions: PersonMention[], isGeneral: boolean): SensitiveEvidence | undefined {
  const hit = hits[index];
  if (!hit) return undefined;
  if (hit.weight === 1 && !hasOtherTermNear(index, hits)) return undefined;
  const kinds = new Set<MentionKind>();
  for (let m = firstAtOrAfter(mentions, hit.start - REACH); m < mentions.length; m++) {
    const mention = mentions[m];
    if (!mention || mention.start > hit.end + REACH) break;
    kinds.add(mention.kind);
  }
  const has = (kind: MentionKind) => kinds.has(kind);
  if (isGeneral && !has('name')) return undefined;
  const subject = subjectOf(hit.category, has);
  if (!subject) return undefined;
  const tiedTo: MentionKind | undefined = (['name', 'pupil', 'adult', 'self'] as const).find(
    (kind) => has(kind) && (subject === 'adult' || kind === 'name' || kind === 'pupil'),
  );
  if (!tiedTo) return undefined;
  return { subject, category: hit.category, term: hit.term, start: hit.start, end: hit.end, tiedTo };
}

/** A weak term needs a second, different sensitive term within reach (hits are sorted by start). */
function hasOtherTermNear(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      if (candidate.term !== hit.term) return true;
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

/** Whom a sensitive term is about, from its category and the people mentioned near it. */
function subjectOf(category: Category, has: (kind: MentionKind) => boolean): Subject | undefined {
  switch (category) {
    case 'pupil-record':
    case 'home':
      return 'pupil';
    case 'adult-record':
      return 'adult';
    case 'health':
      if (has('pupil')) return 'pupil';
      if (has('adult') || (has('self') && !has('name'))) return 'adult';
      return has('name') ? 'pupil' : undefined;
  }
}

const NAMES = new Set(FIRST_NAMES.map((name) => name.toLowerCase()));
/** Scores and levels in a results row: numbers, A–E, I–V, 1F/2F/1S, school advice levels. */
const SCORE_PATTERN =
  /(?:^|[\s;:|(])(?:\d{1,3}(?:[.,]\d)?|[a-ev]|i{1,3}|iv|[12][fs]|vwo|havo|vmbo(?:-[a-z]{1,2})?|pro|kader|basis|voldoende|onvoldoende|goed)(?=$|[\s;|),.])/;

/** Three or more lines that each pair a given name with a score: a results overview of named pupils. */
function findResultsList(
  text: string,
  folded: string,
  lexicon: SensitiveLexicon,
): SensitiveEvidence | undefined {
  const terms = lexicon.results.find(folded);
  const first = terms[0];
  if (!first) return undefined;
  let rows = 0;
  let lineStart = 0;
  while (lineStart < folded.length && rows < MIN_RESULT_ROWS) {
    const newline = folded.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? folded.length : newline;
    if (lineEnd - lineStart < 200 && isResultRow(text, folded, lineStart, lineEnd)) rows++;
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

function isResultRow(text: string, folded: string, start: number, end: number): boolean {
  const line = folded.slice(start, end);
  const name = /^[\s>*•-]{0,4}([a-z]{2,15})\b/.exec(line);
  if (!name?.[1] || !NAMES.has(name[1])) return false;
  const nameStart = start + line.indexOf(name[1]);
  const code = text.charCodeAt(nameStart);
  if (code < 65 || code > 90) return false;
  return SCORE_PATTERN.test(line.slice(line.indexOf(name[1]) + name[1].length));
}
