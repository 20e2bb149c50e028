// Reads the text of a Word document (.docx): paragraphs on lines, table cells split by tabs.
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

export function docxXmlToText(xml: string): string {
  const out: string[] = [];
  let i = 0;
  let inText = false;
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
    else if (name === 'tab' || name === '/tc') out.push('\t');
    else if (name === '/p' || name === 'br' || name === 'cr') out.push('\n');
    i = end;
  }
  return out.join('');
}
