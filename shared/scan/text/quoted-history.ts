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
/** How many lines after "Van:" the "Verzonden:" line may come. */
const HEADER_LINES = 3;

/**
 * The index where the quoted history starts, or `text.length` when the text quotes nothing.
 * @example quotedHistoryStart('Prima!\n\n> Sem heeft ADHD') // 8
 */
export function quotedHistoryStart(text: string): number {
  const lower = text.toLowerCase();
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
