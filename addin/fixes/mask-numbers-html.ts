// The "mask the numbers" fix on an HTML body, through the browser's DOM (the task pane): parse, hide
// the digits in the text nodes where they stand, serialize. Tags, attributes, styles, Outlook's and
// Word's markup (elementToProof, MsoNormal, <o:p>) and the &nbsp; between groups stay.
import type { CitizenNumberOptions } from '../../shared/scan/detectors/citizen-numbers';
import { maskNumbersInTree } from './mask-numbers';
import type { TreeReader } from './text-map';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;

const domReader: TreeReader<Node> = {
  textOf: (node) => (node.nodeType === TEXT_NODE ? (node as Text).data : undefined),
  tagOf: (node) => (node.nodeType === ELEMENT_NODE ? (node as Element).localName : undefined),
  childrenOf: (node) => node.childNodes,
};

/** Outlook's getAsync(Html) gives a whole document; a bare fragment is written back as one. */
const WHOLE_DOCUMENT = /<(?:!doctype|html|head|body)[\s>]/i;

/**
 * Masks every citizen number in the body's visible text (`otherTexts`: the subject, see digitsToMask);
 * attributes (links) are left alone. Returns
 * the input unchanged, not re-serialized, when there is nothing to mask.
 *
 * @example maskNumbersInHtml('<p>BSN <b>123</b> 456 782</p>', options) // '<p>BSN <b>***</b> *** 782</p>'
 */
export function maskNumbersInHtml(
  html: string,
  options: CitizenNumberOptions,
  otherTexts: readonly string[] = [],
): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const changed = maskNumbersInTree<Node>(document.body, domReader, options, otherTexts);
  if (changed.size === 0) return html;
  for (const [node, text] of changed) (node as Text).data = text;
  return WHOLE_DOCUMENT.test(html) ? serializeDocument(document) : document.body.innerHTML;
}

/** The document as HTML again: doctype, comments around <html> (Word's), and the element itself. */
function serializeDocument(document: Document): string {
  const parts: string[] = [];
  for (const node of document.childNodes) {
    if (node.nodeType === DOCUMENT_TYPE_NODE) parts.push(doctypeHtml(node as DocumentType));
    else if (node.nodeType === COMMENT_NODE) parts.push(`<!--${(node as Comment).data}-->`);
    else if (node.nodeType === ELEMENT_NODE) parts.push((node as Element).outerHTML);
  }
  return parts.join('\n');
}

function doctypeHtml(doctype: DocumentType): string {
  const publicPart = doctype.publicId ? ` PUBLIC "${doctype.publicId}"` : '';
  const systemPart = doctype.systemId
    ? `${doctype.publicId ? '' : ' SYSTEM'} "${doctype.systemId}"`
    : '';
  return `<!DOCTYPE ${doctype.name}${publicPart}${systemPart}>`;
}
