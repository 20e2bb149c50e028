// Reads the cells of a spreadsheet (.xlsx): shared strings, inline strings and numbers, one row a
// line with cells split by tabs, so a "BSN" header labels its column.
import { decodeXml, tagEnd, tagName } from './xml-text';

export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';
const MAX_COLUMN_GAP = 64;
const SHEET_PARTS = /^xl\/worksheets\/sheet\d+\.xml$/;

export function isSheetPart(path: string): boolean {
  return SHEET_PARTS.test(path);
}

/** The <si> items of sharedStrings.xml, each the joined text of its <t> elements. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (inText && current && lt > i) current.push(decodeXml(xml.slice(i, lt)));
    const end = tagEnd(xml, lt);
    if (end === -1) break;
    const name = tagName(xml, lt);
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    if (name === 'si') current = [];
    else if (name === '/si') {
      strings.push((current ?? []).join(''));
      current = undefined;
    } else if (name === 't') inText = !selfClosing;
    else if (name === '/t') inText = false;
    i = end;
  }
  return strings;
}

/** One worksheet as text. Cells are placed by their reference (A1, C1) so empty cells keep columns. */
export function sheetXmlToText(xml: string, sharedStrings: readonly string[]): string {
  const lines: string[] = [];
  let row: string[] = [];
  let cellType = '';
  let cellColumn = 0;
  let capture: 'v' | 't' | undefined;
  let value = '';
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (capture && lt > i) value += xml.slice(i, lt);
    const end = tagEnd(xml, lt);
    if (end === -1) break;
    const name = tagName(xml, lt);
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    if (name === 'row') row = [];
    else if (name === '/row' || (name === 'row' && selfClosing)) lines.push(row.join('\t'));
    else if (name === 'c') {
      const attributes = xml.slice(lt, end);
      cellType = /\bt="([a-zA-Z]{1,12})"/.exec(attributes)?.[1] ?? 'n';
      const reference = /\br="([A-Z]{1,3})\d{1,7}"/.exec(attributes)?.[1];
      // Keep columns aligned under their header, but never pad a row far out (a crafted "XFD1").
      cellColumn = reference
        ? Math.min(columnIndex(reference), row.length + MAX_COLUMN_GAP)
        : row.length;
      value = '';
    } else if ((name === 'v' || name === 't') && !selfClosing) {
      capture = name;
    } else if (name === '/v' || name === '/t') {
      capture = undefined;
    } else if (name === '/c') {
      while (row.length < cellColumn) row.push('');
      row[cellColumn] = cellText(cellType, decodeXml(value), sharedStrings);
    }
    i = end;
  }
  return lines.join('\n');
}

function cellText(type: string, raw: string, sharedStrings: readonly string[]): string {
  if (type === 's') return sharedStrings[Number(raw)] ?? '';
  return raw.replace(/[\t\n\r]+/g, ' ').trim();
}

function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length; i++) index = index * 26 + (letters.charCodeAt(i) - 64);
  return index - 1;
}
