// Finds BSNs and onderwijsnummers in a text: digit groups in the accepted layouts, the eleven-test,
// then the number's own label, its table column and its surroundings decide. One forward pass.
import { BANK_CONTEXT_EXACT, BANK_CONTEXT_PREFIXES } from '../../policy/lexicon/number-labels';
import { isBsn, isOnderwijsnummer } from '../checksums';
import { isDigit, isLetter } from '../text/chars';
import { isInsideIban } from '../text/iban';
import {
  hasWord,
  lastLabel,
  namesOtherNumbering,
  type LabelVocabulary,
  type NumberLabel,
} from '../text/label-words';
import { TableReader } from '../text/table-lines';

export interface CitizenNumberMatch {
  digits: string;
  kind: 'bsn' | 'onderwijsnummer';
  start: number;
  end: number;
  /** Why it counts: layout, checksum, and the label or context that decided. */
  reason: string;
  /** Whether its own label names it a citizen number, rather than nothing saying otherwise. */
  isLabelled: boolean;
}

export interface CitizenNumberOptions {
  vocabulary: LabelVocabulary;
  /** The organisation's own RSIN, KvK and BRIN numbers, digits only. */
  allowedNumbers: ReadonlySet<string>;
}

/** Group layouts people write citizen numbers in: 123456782, 123 456 782, 1234.56.782, 12.34.56.782. */
const NINE_DIGIT_LAYOUTS = new Set(['9', '3-3-3', '4-2-3', '2-2-2-3', '3-2-2-2']);
/** Eight-digit numbers (leading zero dropped) only count with a keyword, so fewer layouts. */
const EIGHT_DIGIT_LAYOUTS = new Set(['8', '3-3-2', '2-3-3', '4-2-2']);
const SEPARATORS = new Set([32, 46, 45, 160]); // space, dot, dash, no-break space
const LABEL_REACH = 60;
/** Characters the search for a number's start matches: a digit and seven digits or separators. */
const LONG_RUN = 8;
const KEYWORD_REACH = 120;
/** Digits right before a number that make it a phone number: 06-…, +31 6…, 0031 6…. */
const PHONE_PREFIXES = new Set(['06', '6', '31', '0031', '0', '00316', '316']);

interface Group {
  start: number;
  end: number;
}

/** @example findCitizenNumbers('BSN: 1234.56.782', options) // [{ digits: '123456782', kind: 'bsn', … }] */
export function findCitizenNumbers(
  text: string,
  options: CitizenNumberOptions,
  /** Collects the eleven-test-valid numbers whose own label names another numbering. */
  labelledOther?: Set<string>,
): CitizenNumberMatch[] {
  const tables = new TableReader(text);
  const matches: CitizenNumberMatch[] = [];
  const lines = new LineTracker(text);
  // The search jumps to a digit with seven more digits or separators after it, the shortest way to
  // write a citizen number: dates, times and amounts, most digits in a mail, are passed over inside
  // the regex engine. A match starts where its digit groups start (an earlier digit of the same
  // groups would have matched first), and groups without a window are read and passed over.
  // `test`, not `exec`: no match object per run; every match is LONG_RUN characters long.
  const longRun = /\d[\d .\-\u00a0]{7}/g;
  const shape = new RunShape();
  while (longRun.test(text)) {
    const start = longRun.lastIndex - LONG_RUN;
    // Most runs (dates, amounts, phone numbers) cannot hold a number: passed over without objects.
    shape.read(text, start);
    if (!shape.mayHoldNumber()) {
      longRun.lastIndex = shape.end;
      continue;
    }
    const groups = readGroups(text, start);
    const windows = candidateWindows(text, groups);
    // Most runs (dates, amounts, phone numbers) have no window: their surroundings go unread.
    if (windows.length > 0) {
      const surroundings: Surroundings = {
        lineStart: lines.startOf(start),
        previousNumberEnd: endOfDigitsBefore(text, start),
        tables,
        options,
        labelledOther,
      };
      for (const window of windows) {
        const match = judge(text, window, groups, surroundings);
        if (match) matches.push(match);
      }
    }
    longRun.lastIndex = groups[groups.length - 1]?.end ?? start + 1;
  }
  return matches;
}

/**
 * The citizen numbers of one mail's texts (subject, body, attachments), a list per text. A number
 * is one thing throughout a mail: labelled an order or booking number in one text ("boekingsnummer
 * 223155810"), it is no citizen number where it stands bare in another ("Reisbevestiging
 * 223155810"), unless its own label there says it is one.
 */
export function findCitizenNumbersInTexts(
  texts: readonly string[],
  options: CitizenNumberOptions,
): CitizenNumberMatch[][] {
  const labelledOther = new Set<string>();
  const found = texts.map((text) => findCitizenNumbers(text, options, labelledOther));
  return found.map((matches) =>
    matches.filter((match) => match.isLabelled || !labelledOther.has(match.digits)),
  );
}

/**
 * The end of the digits before `start` (the previous number, where its label reach stops), or
 * LABEL_REACH before `start` when there are none that close: labelOf reads no further back.
 */
function endOfDigitsBefore(text: string, start: number): number {
  const from = Math.max(0, start - LABEL_REACH);
  for (let i = start - 1; i >= from; i--) if (isDigit(text.charCodeAt(i))) return i + 1;
  return from;
}

function isSeparatorBeforeDigit(text: string, at: number): boolean {
  return (
    at + 1 < text.length && SEPARATORS.has(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1))
  );
}

/** Finds the start of the line of increasing positions, reading each character at most once. */
class LineTracker {
  private lineStart = 0;
  private searchedUpTo = 0;
  private nextNewline = -1;

  constructor(private readonly text: string) {}

  startOf(position: number): number {
    while (this.searchedUpTo <= position) {
      if (this.nextNewline < this.searchedUpTo)
        this.nextNewline = this.text.indexOf('\n', this.searchedUpTo);
      if (this.nextNewline === -1 || this.nextNewline >= position) {
        this.searchedUpTo = position + 1;
        break;
      }
      this.lineStart = this.nextNewline + 1;
      this.searchedUpTo = this.lineStart;
    }
    return this.lineStart;
  }
}

/**
 * The digit groups of a run counted in place, as readGroups reads them, to tell whether
 * candidateWindows could find a window: a short run of eight or nine digits, or a group that long.
 */
class RunShape {
  groupCount = 0;
  digitCount = 0;
  hasLongGroup = false;
  /** The end of the run's last group. */
  end = 0;

  read(text: string, start: number): void {
    this.groupCount = 0;
    this.digitCount = 0;
    this.hasLongGroup = false;
    let i = start;
    for (;;) {
      let end = i;
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      this.groupCount++;
      this.digitCount += end - i;
      if (end - i === 8 || end - i === 9) this.hasLongGroup = true;
      this.end = end;
      if (!isSeparatorBeforeDigit(text, end)) return;
      i = end + 1;
    }
  }

  mayHoldNumber(): boolean {
    const isShortRun = this.groupCount <= 4 && (this.digitCount === 8 || this.digitCount === 9);
    return isShortRun || this.hasLongGroup;
  }
}

/** Digit groups joined by one separator each: "12.34.56.782" → four groups. */
function readGroups(text: string, start: number): Group[] {
  const groups: Group[] = [];
  let i = start;
  for (;;) {
    let end = i;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    groups.push({ start: i, end });
    if (!isSeparatorBeforeDigit(text, end)) return groups;
    i = end + 1;
  }
}

/**
 * The whole run when its layout is accepted; otherwise single 8/9-digit groups that stand apart by
 * spaces ("groep 5 123456782"). Grouped layouts are never cut out of longer runs: "12 34 56 782 11"
 * is not a BSN, and digits are never joined across a date or an account number.
 */
function candidateWindows(text: string, groups: Group[]): Group[][] {
  if (groups.length <= 4 && isAcceptedLayout(groups)) return [groups];
  const windows: Group[][] = [];
  groups.forEach((group, index) => {
    const length = group.end - group.start;
    if (length !== 8 && length !== 9) return;
    const before = index > 0 ? text.charCodeAt(group.start - 1) : 32;
    const after = index < groups.length - 1 ? text.charCodeAt(group.end) : 32;
    if ((before === 32 || before === 160) && (after === 32 || after === 160)) windows.push([group]);
  });
  return windows;
}

function isAcceptedLayout(groups: Group[]): boolean {
  let total = 0;
  for (const group of groups) total += group.end - group.start;
  // Most digit runs (dates, times, amounts) are not 8 or 9 digits: decide without building a string.
  if (total !== 8 && total !== 9) return false;
  const layout = groups.map((group) => group.end - group.start).join('-');
  return total === 9
    ? NINE_DIGIT_LAYOUTS.has(layout)
    : total === 8 && EIGHT_DIGIT_LAYOUTS.has(layout);
}

interface Surroundings {
  lineStart: number;
  previousNumberEnd: number;
  tables: TableReader;
  options: CitizenNumberOptions;
  labelledOther: Set<string> | undefined;
}

function judge(
  text: string,
  window: Group[],
  run: Group[],
  context: Surroundings,
): CitizenNumberMatch | undefined {
  const first = window[0];
  const last = window[window.length - 1];
  if (!first || !last) return undefined;
  const start = first.start;
  const end = last.end;
  let digits = '';
  for (const group of window) digits += text.slice(group.start, group.end);
  const kind = isOnderwijsnummer(digits) ? 'onderwijsnummer' : isBsn(digits) ? 'bsn' : undefined;
  if (!kind || context.options.allowedNumbers.has(digits)) return undefined;
  if (
    isPartOfLargerToken(text, start, end, context.options.vocabulary) ||
    isAmount(text, start) ||
    isPhoneNumber(text, start, run, first) ||
    isInsideIban(text, start, end)
  ) {
    return undefined;
  }
  const label = labelOf(text, start, end, context);
  const found = (why: string, isLabelled = false): CitizenNumberMatch => ({
    digits,
    kind,
    start,
    end,
    reason: `${kind} checksum, layout ${window.map((group) => group.end - group.start).join('-')}, ${why}`,
    isLabelled,
  });
  if (label.label === 'citizen-number') return found(`labelled (${label.source})`, true);
  if (label.label === 'other') {
    context.labelledOther?.add(digits);
    return undefined;
  }
  if (digits.length === 8) {
    const nearby = text.slice(Math.max(0, start - KEYWORD_REACH), end + KEYWORD_REACH);
    const vocabulary = context.options.vocabulary;
    // Any BSN keyword around it counts, even when another label ("tel") comes after it.
    return hasWord(nearby, vocabulary.citizenPrefixes, [...vocabulary.citizenExact])
      ? found('keyword nearby')
      : undefined;
  }
  // A BSN-valid number ending in 0 also passes the old bank eleven-test.
  if (
    digits.endsWith('0') &&
    hasWord(
      text.slice(Math.max(0, start - 80), end + 80),
      BANK_CONTEXT_PREFIXES,
      BANK_CONTEXT_EXACT,
    )
  ) {
    return undefined;
  }
  return found('no label saying otherwise');
}

/** Letters or code punctuation glued to the number: "A123456782", "id=123456782", "123456782@…". */
function isPartOfLargerToken(
  text: string,
  start: number,
  end: number,
  vocabulary: LabelVocabulary,
): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // "BSN123456782" or "?bsn=123456782" is still a BSN: the glued word is its own label.
  const isGluedToLabel =
    (isLetter(before) || before === EQUALS) &&
    lastLabel(gluedWord(text, start), vocabulary) === 'citizen-number';
  if (!isGluedToLabel && (isLetter(before) || CODE_CHARS_BEFORE.has(before))) return true;
  if (isLetter(after) || CODE_CHARS_AFTER.has(after)) return true;
  // Decimals and amounts ("1,123456782", "123.456.782,00"), but not the commas of a CSV row.
  const isDigitAfter = isDigit(text.charCodeAt(end + 1));
  if (after === DOT && isDigitAfter) return true;
  const isDigitBefore = isDigit(text.charCodeAt(start - 2));
  if (before === DOT && isDigitBefore) return true;
  // Reading the row around the number only when a comma touches it: most numbers have none.
  const isCommaDecimal = (after === COMMA && isDigitAfter) || (before === COMMA && isDigitBefore);
  return isCommaDecimal && !looksLikeCsvRow(text, start);
}

const COMMA = 44;
const DOT = 46;
const EQUALS = 61;
const charCodes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
const CODE_CHARS_BEFORE = charCodes('/=_@&?+#\\');
const CODE_CHARS_AFTER = charCodes('/=_@%\\');

/** The letters (and an "=") right before a number: "BSN" in "BSN123456782", "bsn" in "?bsn=…". */
function gluedWord(text: string, start: number): string {
  let i = start - 1;
  if (text[i] === '=') i--;
  const end = i + 1;
  while (i >= 0 && start - i <= 24 && isLetter(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end);
}

/** Characters looked at either side of a number to tell a CSV row from prose. */
const CSV_REACH = 200;

/** Two or more commas without a space after them around the number: "Daan,123456782,5". */
function looksLikeCsvRow(text: string, position: number): boolean {
  let commas = 0;
  const from = Math.max(0, position - CSV_REACH);
  for (let i = position - 1; i >= from && text.charCodeAt(i) !== NEWLINE; i--)
    if (isCsvComma(text, i)) commas++;
  const to = Math.min(text.length - 1, position + CSV_REACH);
  for (let i = position; i <= to && text.charCodeAt(i) !== NEWLINE; i++)
    if (isCsvComma(text, i)) commas++;
  return commas >= 2;
}

const NEWLINE = 10;
const SPACE = 32;

function isCsvComma(text: string, i: number): boolean {
  return text.charCodeAt(i) === COMMA && text.charCodeAt(i + 1) !== SPACE;
}

/** "€ 123456782", "EUR 123456782", "$123456782": a currency sign or "eur" in the five characters before. */
function isAmount(text: string, start: number): boolean {
  for (let i = Math.max(0, start - 5); i < start; i++) {
    const code = text.charCodeAt(i);
    if (code === EURO || code === DOLLAR) return true;
    if (
      i + 3 <= start &&
      (code | 32) === 101 && // e
      (text.charCodeAt(i + 1) | 32) === 117 && // u
      (text.charCodeAt(i + 2) | 32) === 114 // r
    )
      return true;
  }
  return false;
}

const EURO = 0x20ac;
const DOLLAR = 36;

/** "06-12345678", "+31 6 12345678", "0031 612345678", "(0)6 12345678". */
function isPhoneNumber(text: string, start: number, run: Group[], first: Group): boolean {
  const index = run.indexOf(first);
  const previous = index > 0 ? run[index - 1] : precedingDigits(text, start);
  if (!previous)
    return text[start - 1] === '+' || (text[start - 1] === ' ' && text[start - 2] === '+');
  const digits = text.slice(previous.start, previous.end);
  return PHONE_PREFIXES.has(digits) || text[previous.start - 1] === '+';
}

/** Digits just before a number across a short gap of spaces, dashes or brackets. */
function precedingDigits(text: string, start: number): Group | undefined {
  let i = start - 1;
  while (i >= 0 && start - i <= 4 && ' -()'.includes(text[i] ?? 'x')) i--;
  if (i === start - 1 || !isDigit(text.charCodeAt(i))) return undefined;
  const end = i + 1;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  return { start: i + 1, end };
}

interface FoundLabel {
  label: NumberLabel;
  source: string;
}

/** The number's own label: in its cell or line before it, in brackets after it, or its column header. */
function labelOf(text: string, start: number, end: number, context: Surroundings): FoundLabel {
  const vocabulary = context.options.vocabulary;
  const cellStart = context.tables.cellStartAt(start, context.lineStart);
  const reach = Math.max(cellStart, context.previousNumberEnd, start - LABEL_REACH);
  const before = text.slice(reach, start);
  const inFront = lastLabel(before, vocabulary);
  if (inFront !== 'none') return { label: inFront, source: 'label before it' };
  const after = /^\s{0,2}\(([^)\n]{1,30})\)/.exec(text.slice(end, end + 34));
  if (after?.[1]) {
    const behind = lastLabel(after[1], vocabulary);
    if (behind !== 'none') return { label: behind, source: 'label after it' };
  }
  // "Omschrijving | Bedrag\nBSN | 3990.98.483": a row whose first cell names a citizen number is a
  // label and its value, whatever the value column's header says.
  const previousCell = context.tables.previousCellAt(start);
  const key =
    previousCell !== undefined && before.trim() === ''
      ? lastLabel(previousCell, vocabulary)
      : 'none';
  if (key === 'citizen-number') return { label: key, source: 'cell before it' };
  const header = context.tables.headerCellAt(start);
  if (header !== undefined) {
    const column = columnLabel(header, vocabulary);
    if (column !== 'none') return { label: column, source: 'column header' };
  }
  const aligned = context.tables.alignedHeaderAt(start, context.lineStart);
  if (aligned !== undefined) {
    const column = columnLabel(aligned, vocabulary);
    if (column !== 'none') return { label: column, source: 'column header above it' };
  }
  if (key !== 'none') return { label: key, source: 'cell before it' };
  if (before.trim() === '' && reach === context.lineStart && context.lineStart > 0) {
    const previousLine = lineBefore(text, context.lineStart);
    // "Debiteurnumme\n159511896": a label alone on its line above a number alone on its own, as
    // a narrow PDF table cell wraps it, is that number's label as much as "Debiteurnummer:" is.
    if (
      previousLine.trimEnd().endsWith(':') ||
      isLoneWordAboveLoneNumber(text, previousLine, end)
    ) {
      const heading = lastLabel(previousLine, vocabulary);
      if (heading !== 'none') return { label: heading, source: 'line above it' };
    }
  }
  return { label: 'none', source: '' };
}

/** The longest single word read as a label on the line above a number. */
const MAX_LONE_LABEL = 24;

function isLoneWordAboveLoneNumber(text: string, previousLine: string, end: number): boolean {
  const word = previousLine.trim();
  if (word === '' || word.length > MAX_LONE_LABEL || /\s/.test(word)) return false;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === '';
}

/** A column header's label: a listed label word, or else a numbering it names ("Badge #"). */
function columnLabel(header: string, vocabulary: LabelVocabulary): NumberLabel {
  const label = lastLabel(header, vocabulary);
  if (label !== 'none') return label;
  return namesOtherNumbering(header, vocabulary) ? 'other' : 'none';
}

function lineBefore(text: string, lineStart: number): string {
  const start = Math.max(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 200);
  return text.slice(start, lineStart - 1);
}
