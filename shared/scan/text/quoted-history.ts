// Finds where the quoted history of a reply or forward starts: "> " lines, Outlook's "Van: …
// Verzonden: …" header block, Gmail's "Op … schreef …:", "-----Original Message-----". Findings
// there still leave with the mail; the explanation says so, because the writer often forgot it.

/** Lines that open a quoted or forwarded message on their own. */
const SEPARATORS = [
  '-----original message-----',
  '----- original message -----',
  '-----oorspronkelijk bericht-----',
  '----- oorspronkelijk bericht -----',
  '---------- forwarded message',
  '---------- doorgestuurd bericht',
  'begin forwarded message',
  'begin doorgestuurd bericht',
];
/** Header lines of a quoted Outlook message: "Van:" followed within a few lines by "Verzonden:". */
const FROM_LINES = ['van:', 'from:'];
const SENT_LINES = ['verzonden:', 'sent:', 'datum:', 'date:'];
/** The first characters of SEPARATORS, FROM_LINES and the attributions ("op …", "on …"). */
const QUOTE_LEADS = new Set(
  [...SEPARATORS, ...FROM_LINES, 'op ', 'on '].map((opening) => opening.charCodeAt(0)),
);
/** How many lines after "Van:" the "Verzonden:" line may come. */
const HEADER_LINES = 3;

/**
 * The index where the quoted history starts, or `text.length` when the text quotes nothing.
 * `lower` is the text in lower case, when the caller has it already (a folded text will do).
 * @example quotedHistoryStart('Prima!\n\n> Sem heeft ADHD') // 8
 */
export function quotedHistoryStart(text: string, lower = text.toLowerCase()): number {
  return quoteStartIn(text, lower);
}

function quoteStartIn(text: string, lower: string): number {
  let lineStart = 0;
  while (lineStart < lower.length) {
    const newline = lower.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? lower.length : newline;
    if (isQuoteOpening(lower, lineStart, lineEnd)) return lineStart;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

function isQuoteOpening(lower: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && (lower.charCodeAt(first) === 32 || lower.charCodeAt(first) === 9)) first++;
  if (lower.charCodeAt(first) === 62) return true; // ">"
  return isHeaderFrom(lower, first, end);
}

/**
 * Whether the line `[start, end)` of `lower` opens a quoted message by its header or separator
 * ("Op … schreef …:", "Van: … Verzonden:", "-----Original Message-----"), also when the line is
 * itself quoted ("> On … wrote:"): where the message above it, and its signature, ends.
 */
export function isMessageHeaderLine(lower: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && ' \t>'.includes(lower.charAt(first))) first++;
  return isHeaderFrom(lower, first, end);
}

function isHeaderFrom(lower: string, first: number, end: number): boolean {
  const lead = lower.charCodeAt(first);
  // Every other opening starts with one of a few letters (or a dash): most lines are decided here.
  if (!QUOTE_LEADS.has(lead)) return false;
  const line = lower.slice(first, Math.min(end, first + 200)).trimEnd();
  if (SEPARATORS.some((separator) => line.startsWith(separator))) return true;
  // Gmail and Apple Mail: "Op 4 mrt 2025 om 19:02 schreef Hanna <…>:", "On Tue, … wrote:".
  const isAttribution =
    (line.startsWith('op ') && line.includes(' schreef')) ||
    (line.startsWith('on ') && line.includes(' wrote'));
  if (isAttribution && line.endsWith(':')) return true;
  if (!FROM_LINES.some((from) => line.startsWith(from))) return false;
  let next = end + 1;
  for (let count = 0; count < HEADER_LINES && next < lower.length; count++) {
    const newline = lower.indexOf('\n', next);
    const nextEnd = newline === -1 ? lower.length : newline;
    const header = lower.slice(next, Math.min(nextEnd, next + 40)).trimStart();
    if (SENT_LINES.some((sent) => header.startsWith(sent))) return true;
    next = nextEnd + 1;
  }
  return false;
}

/** Header labels whose value names a writer or reader of a quoted message. */
const PEOPLE_LINES = ['van:', 'from:', 'aan:', 'to:', 'cc:'];

/**
 * First names (folded) of the people in quoted headers: "Van: Ruud Peters <…>", "On …, Daniel
 * Brooks <…> wrote:", "Op … schreef Karin Schols <…>:". They wrote or received the quoted
 * message, so their "ik" and their name are the correspondents', not a pupil's.
 * @example quotedCorrespondents('> Op 3 maart schreef Ellen Vaessen <e@x.nl>:') // ['ellen']
 */
export function quotedCorrespondents(folded: string): string[] {
  const names: string[] = [];
  let lineStart = 0;
  while (lineStart < folded.length) {
    const newline = folded.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? folded.length : newline;
    let first = lineStart;
    while (first < lineEnd && ' \t>'.includes(folded.charAt(first))) first++;
    const line = folded.slice(first, Math.min(lineEnd, first + 200));
    const label = PEOPLE_LINES.find((people) => line.startsWith(people));
    if (label) names.push(firstWord(line.slice(label.length)));
    else if (line.startsWith('op ') && line.includes(' schreef '))
      names.push(firstWord(line.slice(line.indexOf(' schreef ') + 9)));
    else if (line.startsWith('on ') && line.includes(' wrote')) {
      const head = line.slice(0, line.indexOf(' wrote'));
      const comma = head.lastIndexOf(', ');
      const bracket = head.indexOf(' <', comma);
      if (comma !== -1)
        names.push(firstWord(head.slice(comma + 2, bracket === -1 ? head.length : bracket)));
    }
    lineStart = lineEnd + 1;
  }
  return names.filter((name) => name.length > 1);
}

/** The first run of letters, or '' when the value starts with an address or a digit. */
function firstWord(value: string): string {
  const trimmed = value.trimStart();
  let end = 0;
  while (end < trimmed.length && end < 20) {
    const code = trimmed.charCodeAt(end);
    if (code < 97 || code > 122) break;
    end++;
  }
  // "from: ruud@x.nl": an address is no name.
  return trimmed.charCodeAt(end) === 64 ? '' : trimmed.slice(0, end);
}
