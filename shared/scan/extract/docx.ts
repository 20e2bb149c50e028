// Reads the text of a Word document (.docx): paragraphs on lines, a table row on one line with its
// cells split by tabs.
import { decodeXml, tagEnd, tagName } from './xml-text';

const PARTS = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

export function isDocxPart(path: string): boolean {
  return PARTS.test(path);
}

/** Reading order of a document's parts: headers, the body, notes and comments, footers. */
export function docxPartOrder(path: string): number {
  const order = ['header', 'document', 'footnotes', 'endnotes', 'comments', 'footer'];
  const index = order.findIndex((part) => path.startsWith(`word/${part}`));
  return index === -1 ? order.length : index;
}

/**
 * A table row comes out as one line, its cells split by tabs ("Naam\tBSN\tGroep"), so a column
 * keeps its header as in a spreadsheet; the paragraphs within a cell are joined by spaces.
 */
export function docxXmlToText(xml: string): string {
  const out: string[] = [];
  let i = 0;
  let inText = false;
  /** Where each open table cell's text starts in `out` (a stack: tables may nest). */
  const cellStarts: number[] = [];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (inText && lt > i) out.push(decodeXml(xml.slice(i, lt)));
    const end = tagEnd(xml, lt);
    if (end === -1) break;
    const name = tagName(xml, lt);
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    if (name === 't') inText = !selfClosing;
    else if (name === '/t') inText = false;
    else if (name === 'tc' && !selfClosing) cellStarts.push(out.length);
    else if (name === '/tc') {
      // An empty field of a form ("Naam leerling | "), often a lone no-break space, stays empty.
      const start = cellStarts.pop() ?? out.length;
      if (out.slice(start).join('').trim() === '') out.length = start;
      else if (out.at(-1) === ' ') out.pop();
      out.push('\t');
    } else if (name === '/tr') {
      if (out.at(-1) === '\t') out.pop();
      out.push('\n');
    } else if (name === 'tab') out.push('\t');
    else if (name === '/p' || name === 'br' || name === 'cr')
      out.push(cellStarts.length > 0 ? ' ' : '\n');
    i = end;
  }
  return out.join('');
}
