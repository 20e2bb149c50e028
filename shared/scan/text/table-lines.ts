// Knows which lines of a text form a table (tab, semicolon, bar or comma separated, as produced
// from HTML tables, CSV and spreadsheets) and finds the header cell above a position, so a number in
// a "Factuurnr" column is read as an invoice number and one in a "BSN" column as a BSN.

const MAX_BLANK_LINES = 3;
/** How many rows a space-aligned table may have between a number and its header. */
const MAX_ALIGNED_ROWS = 40;
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
  /** The cells of the header row last asked for (headerCellsAt). */
  private cachedCells?: { start: number; cells: readonly string[] };

  constructor(text: string) {
    this.text = text;
  }

  /** The text of the column header above the cell at `position`, or undefined outside tables. */
  headerCellAt(position: number): string | undefined {
    const row = this.rowAt(position);
    if (!row) return undefined;
    const column = countOf(this.text, row.line.delimiter, row.line.start, position);
    return cellText(this.text, row.header, column);
  }

  /** The cells of the header row of the table the row at `position` is in, or undefined. */
  headerCellsAt(position: number): readonly string[] | undefined {
    const row = this.rowAt(position);
    if (!row) return undefined;
    // Every hit in a table asks for the same header: its cells are cut once.
    const cached = this.cachedCells;
    if (cached?.start === row.header.start) return cached.cells;
    const cells = Array.from(
      { length: row.header.cellCount },
      (_, column) => cellText(this.text, row.header, column) ?? '',
    );
    this.cachedCells = { start: row.header.start, cells };
    return cells;
  }

  /** The table row at `position` and its header row, or undefined outside a table's body. */
  private rowAt(position: number): { line: TableLine; header: TableLine } | undefined {
    const line = this.lineAt(position);
    if (!line) return undefined;
    const header = this.findHeader(line);
    return header.start === line.start ? undefined : { line, header };
  }

  /**
   * For tables laid out with spaces ("Factuurnr     Factuurdatum"), the header word above the
   * column the number starts in: the nearest line above, in the same block, with a letter there.
   */
  alignedHeaderAt(position: number, lineStart: number): string | undefined {
    const column = position - lineStart;
    const line =
      this.text
        .slice(lineStart, Math.min(this.text.length, lineStart + MAX_ROW_LENGTH))
        .split('\n')[0] ?? '';
    if (!line.includes('  ')) return undefined;
    let end = lineStart - 1;
    for (let lines = 0; lines < MAX_ALIGNED_ROWS && end > 0; lines++) {
      const start = boundedLineStart(this.text, end);
      if (start === undefined || isBlank(this.text, start, end)) return undefined;
      const word = wordAtColumn(this.text.slice(start, end), column);
      if (word !== undefined) return word;
      end = start - 1;
    }
    return undefined;
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
      let previousEnd = current.start - 1;
      let previousStart = this.text.lastIndexOf('\n', previousEnd - 1) + 1;
      // Blank lines between rows (HTML tables often leave them) do not end the table.
      for (
        let skipped = 0;
        skipped < MAX_BLANK_LINES &&
        previousStart > 0 &&
        isBlank(this.text, previousStart, previousEnd);
        skipped++
      ) {
        previousEnd = previousStart - 1;
        previousStart = this.text.lastIndexOf('\n', previousEnd - 1) + 1;
      }
      const previous = describeLine(this.text, previousStart, previousEnd);
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
  // All delimiters counted in one pass (every line with a number on it is read, and those above); a tab
  // wins over a semicolon, a semicolon over a bar, and a comma counts only without the others.
  let tabs = 0;
  let semicolons = 0;
  let bars = 0;
  let commas = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) tabs++;
    else if (code === 59) semicolons++;
    else if (code === 124) bars++;
    else if (code === 44) commas++;
  }
  if (tabs > 0) return { start, end, delimiter: '\t', cellCount: tabs + 1 };
  if (semicolons > 0) return { start, end, delimiter: ';', cellCount: semicolons + 1 };
  if (bars > 0) return { start, end, delimiter: '|', cellCount: bars + 1 };
  // CSV with commas ("Daan,58802897,5"), but not prose, where a space follows the comma.
  if (commas > 0 && !text.slice(start, end).includes(', '))
    return { start, end, delimiter: ',', cellCount: commas + 1 };
  return undefined;
}

/** The start of the line ending at `end`, or undefined when the line is too long to be a row. */
function boundedLineStart(text: string, end: number): number | undefined {
  for (let i = end - 1; i >= 0 && end - i <= MAX_ROW_LENGTH; i--)
    if (text.charCodeAt(i) === 10) return i + 1;
  return end <= MAX_ROW_LENGTH ? 0 : undefined;
}

/** The word that starts within two characters of `column`, when that line has letters there. */
function wordAtColumn(line: string, column: number): string | undefined {
  for (const offset of [0, -1, 1, -2, 2]) {
    const at = column + offset;
    const char = line[at] ?? ' ';
    const before = line[at - 1] ?? ' ';
    if (/[a-z]/i.test(char) && (before === ' ' || at === 0))
      return line.slice(at).split(/\s{2,}|\t/)[0];
  }
  return undefined;
}

function isBlank(text: string, start: number, end: number): boolean {
  if (end - start > MAX_ROW_LENGTH) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
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
