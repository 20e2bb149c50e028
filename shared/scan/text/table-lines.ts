// Knows which lines of a text form a table (tab, semicolon or bar separated, as produced from
// HTML tables, CSV and spreadsheets) and finds the header cell above a position, so a number in
// a "Factuurnr" column is read as an invoice number and one in a "BSN" column as a BSN.

const DELIMITERS = ['\t', ';', '|'] as const;
/** Longer lines are prose or garbage, not table rows; the cap keeps every look-up linear. */
const MAX_ROW_LENGTH = 4000;

interface TableLine {
  start: number;
  end: number;
  delimiter: string;
  cellCount: number;
}

export class TableReader {
  private readonly text: string;
  /** Header line of the table that the last looked-up line belongs to, reused for the next rows. */
  private cachedHeader?: { header: TableLine; lastRow: TableLine };
  private cachedLine?: { start: number; end: number; table: TableLine | undefined };

  constructor(text: string) {
    this.text = text;
  }

  /** The text of the column header above the cell at `position`, or undefined outside tables. */
  headerCellAt(position: number): string | undefined {
    const line = this.lineAt(position);
    if (!line) return undefined;
    const header = this.findHeader(line);
    if (header.start === line.start) return undefined;
    const column = countOf(this.text, line.delimiter, line.start, position);
    return cellText(this.text, header, column);
  }

  /** The text of the cell before the one at `position` on the same line (key-value tables). */
  previousCellAt(position: number): string | undefined {
    const line = this.lineAt(position);
    if (!line) return undefined;
    const column = countOf(this.text, line.delimiter, line.start, position);
    return column === 0 ? undefined : cellText(this.text, line, column - 1);
  }

  /** The start of the cell that holds `position` (the line start outside tables). */
  cellStartAt(position: number, lineStart: number): number {
    const line = this.lineAt(position);
    if (!line) return lineStart;
    const code = line.delimiter.charCodeAt(0);
    for (let i = position - 1; i >= line.start; i--)
      if (this.text.charCodeAt(i) === code) return i + 1;
    return line.start;
  }

  private lineAt(position: number): TableLine | undefined {
    const cached = this.cachedLine;
    if (cached && position >= cached.start && position <= cached.end) return cached.table;
    const start = this.text.lastIndexOf('\n', position - 1) + 1;
    const newline = this.text.indexOf('\n', position);
    const end = newline === -1 ? this.text.length : newline;
    const table = describeLine(this.text, start, end);
    this.cachedLine = { start, end, table };
    return table;
  }

  /** Walks up over rows of the same shape; stops early at the row the previous look-up ended on. */
  private findHeader(line: TableLine): TableLine {
    let header = line;
    let current = line;
    while (current.start > 0) {
      const cached = this.cachedHeader;
      if (cached && cached.lastRow.start === current.start && sameShape(cached.header, line)) {
        header = cached.header;
        break;
      }
      const previousStart = this.text.lastIndexOf('\n', current.start - 2) + 1;
      const previous = describeLine(this.text, previousStart, current.start - 1);
      if (!previous || !sameShape(previous, line)) break;
      header = previous;
      current = previous;
    }
    this.cachedHeader = { header, lastRow: line };
    return header;
  }
}

function describeLine(text: string, start: number, end: number): TableLine | undefined {
  if (end - start > MAX_ROW_LENGTH) return undefined;
  for (const delimiter of DELIMITERS) {
    const count = countOf(text, delimiter, start, end);
    if (count > 0) return { start, end, delimiter, cellCount: count + 1 };
  }
  return undefined;
}

function sameShape(a: TableLine, b: TableLine): boolean {
  return a.delimiter === b.delimiter && Math.abs(a.cellCount - b.cellCount) <= 1;
}

/** Occurrences of a one-character delimiter in [start, end); never reads past `end`. */
function countOf(text: string, delimiter: string, start: number, end: number): number {
  const code = delimiter.charCodeAt(0);
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) count++;
  return count;
}

/** The first delimiter in [start, end), or -1; never reads past `end`. */
function indexWithin(text: string, delimiter: string, start: number, end: number): number {
  const code = delimiter.charCodeAt(0);
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function cellText(text: string, line: TableLine, column: number): string | undefined {
  let start = line.start;
  for (let c = 0; c < column; c++) {
    const next = indexWithin(text, line.delimiter, start, line.end);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const next = indexWithin(text, line.delimiter, start, line.end);
  return text.slice(start, next === -1 ? line.end : next).trim();
}
