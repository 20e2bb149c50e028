// Reads OpenDocument text and spreadsheets (odt, ods: a zip with content.xml, headers and footers
// in styles.xml): paragraphs on lines, table cells split by tabs, every sheet including hidden ones.
import { decodeXml, tagEnd, tagName } from './xml-text';

export const ODF_PARTS = new Set(['content.xml', 'styles.xml']);

const LINE_ENDS = new Set(['/p', '/h', 'line-break', '/table-row', '/table']);

/** Empty cells kept so columns stay under their header; a sheet's trailing blank columns are not. */
const MAX_EMPTY_CELLS = 64;

export function odfXmlToText(xml: string): string {
  const out: string[] = [];
  let i = 0;
  let skipDepth = 0;
  let cellDepth = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (lt > i && skipDepth === 0) out.push(decodeXml(xml.slice(i, lt)));
    const end = tagEnd(xml, lt);
    if (end === -1) break;
    const name = tagName(xml, lt);
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    // Annotations' metadata (author, date) is not text a reader sees in the document.
    if ((name === 'creator' || name === 'date') && !selfClosing) skipDepth++;
    else if (name === '/creator' || name === '/date') skipDepth = Math.max(0, skipDepth - 1);
    else if (name === 'table-cell' && !selfClosing) cellDepth++;
    else if (name === '/table-cell') {
      cellDepth = Math.max(0, cellDepth - 1);
      out.push('\t');
    }
    // Paragraphs inside a cell stay on the row's line, so a label keeps its value beside it.
    else if ((name === '/p' || name === '/h') && cellDepth > 0) out.push(' ');
    else if (LINE_ENDS.has(name)) out.push('\n');
    else if (name === 'tab') out.push('\t');
    else if (name === 'table-cell' && selfClosing) {
      const repeated = /number-columns-repeated="(\d{1,5})"/.exec(xml.slice(lt, end))?.[1];
      out.push('\t'.repeat(Math.min(MAX_EMPTY_CELLS, Number(repeated ?? 1))));
    } else if (name === 's') {
      const count = /text:c="(\d{1,3})"/.exec(xml.slice(lt, end))?.[1];
      out.push(' '.repeat(Number(count ?? 1)));
    }
    i = end;
  }
  return out.join('');
}
