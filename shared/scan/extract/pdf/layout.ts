// Puts a page's text runs in reading order: lines from top to bottom, runs left to right, a
// space for a word gap and a tab for a wide gap (a table cell or a form's value beside its label),
// so the detectors' label→value logic works on PDFs as it does on spreadsheets. Table cells often
// sit closer than a word gap (a right-aligned date beside a name); what gives them away is that
// they line up: a run starting (or ending) where runs on other lines start (or end) is a cell.

export interface TextRun {
  x: number;
  y: number;
  endX: number;
  /** Font size on the page, in points. */
  size: number;
  text: string;
}

/** A gap wider than this many font sizes separates cells, not words. */
const CELL_GAP = 1.2;
const WORD_GAP = 0.15;
/** Runs whose baselines differ less than this share a line (sub- and superscripts included). */
const SAME_LINE = 0.45;
/** A start or end shared by this many lines marks a column. */
const COLUMN_LINES = 3;

export function layoutPage(runs: readonly TextRun[]): string {
  const sorted = runs
    .map((run, order) => ({ run, order }))
    .sort((a, b) => b.run.y - a.run.y || a.run.x - b.run.x || a.order - b.order);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let lineY = Number.NaN;
  let lineSize = 0;
  for (const { run } of sorted) {
    if (current.length > 0 && Math.abs(run.y - lineY) <= SAME_LINE * Math.max(lineSize, run.size)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [run];
    lineY = run.y;
    lineSize = run.size;
  }
  if (current.length > 0) lines.push(current);
  const columns = columnEdges(lines);
  return lines.map((line) => joinLine(line, columns)).join('\n');
}

interface ColumnEdges {
  starts: Set<number>;
  ends: Set<number>;
}

/** Points (rounded) where runs on several lines start, or end. */
function columnEdges(lines: readonly TextRun[][]): ColumnEdges {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const line of lines) {
    for (const x of new Set(line.map((run) => Math.round(run.x))))
      starts.set(x, (starts.get(x) ?? 0) + 1);
    for (const x of new Set(line.map((run) => Math.round(run.endX))))
      ends.set(x, (ends.get(x) ?? 0) + 1);
  }
  const shared = (counts: Map<number, number>) =>
    new Set([...counts].filter(([, count]) => count >= COLUMN_LINES).map(([x]) => x));
  return { starts: shared(starts), ends: shared(ends) };
}

function joinLine(line: TextRun[], columns: ColumnEdges): string {
  const runs = [...line].sort((a, b) => a.x - b.x);
  let text = '';
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - previous.endX;
      const size = Math.max(run.size, previous.size);
      const isColumn =
        gap > WORD_GAP * size &&
        (columns.starts.has(Math.round(run.x)) || columns.ends.has(Math.round(previous.endX)));
      if (gap > CELL_GAP * size || isColumn) text += '\t';
      else if ((gap > WORD_GAP * size || gap < -size) && !/\s$/.test(text) && !/^\s/.test(run.text))
        text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.trimEnd();
}
