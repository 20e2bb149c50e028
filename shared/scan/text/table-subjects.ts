// Tables and lists in a mail: whose the rows of a table are (a class list, a staff roster, a row
// with a parent word) and a results list that pairs pupils' given names with scores.
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';
import { isAsciiLower, isWhitespace } from './chars';
import { DUTCH_WEEKDAYS } from '../../policy/lexicon/day-names';
import { fold } from './fold';
import { type TableReader } from './table-lines';
import { type TermHit } from './term-matcher';
import { type Subject, type SensitiveEvidence } from './sensitive-hits';
import { PARENT_WORDS } from './parents-and-children';

/** A list of results needs this many lines with a name and a score. */
const MIN_RESULT_ROWS = 3;

/** Column headers that give a row's class: the row is a pupil's ("Naam;Groep;Medicatie"). */
const CLASS_HEADERS = new Set(['groep', 'klas', 'jaargroep', 'leerjaar', 'group', 'class', 'year']);
/** Column headers of a staff list ("Medewerker;Functie;Ziek sinds"), where "Groep" is where one teaches. */
const STAFF_HEADER_WORDS = ['medewerker', 'functie', 'taak', 'staff', 'employee', 'job title'];
/**
 * Whole cells that head a staffing plan ("Groep;Leerkracht(en);FTE;Bijzonderheden"): who teaches
 * each class and for how many hours, so "Groep" is where they teach. A single "Leerkracht" column
 * may be a pupil's teacher in a class list; the plural and the hours are staff's.
 */
const STAFF_HEADER_CELLS = new Set([
  'fte',
  'wtf',
  'werktijdfactor',
  'leerkracht(en)',
  'leerkrachten',
  'teachers',
]);
/**
 * A first column that names the pupil ("Pupil;Class;Need;Provision;Staff"): each row is a pupil's,
 * and a staff column says who helps them.
 */
const PUPIL_FIRST_HEADERS = new Set(['leerling', 'naam leerling', 'kind', 'pupil', 'child']);
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
export function toSubjectOfTableRows(
  evidence: readonly SensitiveEvidence[],
  reader: TableReader,
  folded: string,
): SensitiveEvidence[] {
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
  if (PUPIL_FIRST_HEADERS.has(headers[0]?.trim() ?? '')) return 'pupil';
  if (headers.some(isStaffHeader)) return 'adult';
  const hasClass = headers.some((cell) => CLASS_HEADERS.has(cell.trim()));
  // "Naam;Rol;Lokaal;Medische bijzonderheden": a role column without a class column lists staff
  // ("Naam;Groep;Rol" is a class's cast for the musical).
  if (!hasClass && headers.some((cell) => ROLE_HEADERS.has(cell.trim()))) return 'adult';
  return hasClass ? 'pupil' : undefined;
}

function isStaffHeader(cell: string): boolean {
  return (
    STAFF_HEADER_CELLS.has(cell.trim()) || STAFF_HEADER_WORDS.some((word) => cell.includes(word))
  );
}

/** Scores and levels in a results row: numbers, A–E, I–V, 1F/2F/1S, school advice levels. */
const SCORE_PATTERN =
  /(?:^|[\s;:|(])(?:\d{1,3}(?:[.,]\d)?|[a-ev]|i{1,3}|iv|[12][fs]|vwo|havo|vmbo(?:-[a-z]{1,2})?|pro|kader|basis|voldoende|onvoldoende|goed)(?=$|[\s;|),.])/;

/** Capitalised first words of timetable rows under "Groep 5:" that are no pupils. */
const NOT_ROSTER_NAMES = new Set([
  ...DUTCH_WEEKDAYS,
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
export function findResultsList(
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
