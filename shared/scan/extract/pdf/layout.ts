// Puts a page's text runs in reading order: lines from top to bottom, runs left to right, a
// space for a word gap and a tab for a wide gap (a table cell or a form's value beside its label),
// so the detectors' label→value logic works on PDFs as it does on spreadsheets.

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
  return lines.map(joinLine).join('\n');
}

function joinLine(line: TextRun[]): string {
  const runs = [...line].sort((a, b) => a.x - b.x);
  let text = '';
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - previous.endX;
      const size = Math.max(run.size, previous.size);
      if (gap > CELL_GAP * size) text += '\t';
      else if ((gap > WORD_GAP * size || gap < -size) && !/\s$/.test(text) && !/^\s/.test(run.text))
        text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.trimEnd();
}
