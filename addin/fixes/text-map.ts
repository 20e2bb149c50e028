// Reads the text of an HTML tree the way the engine reads mail HTML (blocks on their own lines, table
// cells apart), and remembers for every character the text node and offset it came from, so a change
// decided on the text can be made in place in the tree. Pure: the tree is read through a TreeReader.
import { BLOCK_TAGS, CELL_TAGS, SKIPPED_TAGS } from '../../shared/scan/text/html-blocks';

/** How the walk reads a tree: the DOM in the task pane, plain objects in unit tests. */
export interface TreeReader<N> {
  /** The characters of a text node; undefined for every other node. */
  textOf(node: N): string | undefined;
  /** The lower-case tag name of an element; undefined for every other node (comments, doctype). */
  tagOf(node: N): string | undefined;
  childrenOf(node: N): Iterable<N>;
}

/** Where one character of the read text sits in the tree. */
interface TextSource<N> {
  node: N;
  offset: number;
}

export interface TextMap<N> {
  /** The tree's text: blocks separated by "\n", each table cell closed by "\t". */
  text: string;
  /** The text node and offset a character came from; undefined for the separators we added. */
  sourceAt(position: number): TextSource<N> | undefined;
}

/** Collapsible white space, as a browser renders it: a run shows as one space. */
const COLLAPSIBLE = new Set([9, 10, 12, 13, 32]);
/** Spaces that do not collapse: no-break (&nbsp;), figure, thin and narrow no-break space. */
const HARD_SPACES = new Set([0xa0, 0x2007, 0x2009, 0x202f]);
/** Characters a reader does not see: soft hyphen (&shy;), zero-width space/joiners, BOM. */
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const NON_BREAKING_HYPHEN = 0x2011;

/**
 * @example
 * // <p>BSN <span>123</span>&nbsp;456 782</p>
 * buildTextMap(body, reader).text // '\nBSN 123 456 782\n'
 */
export function buildTextMap<N>(root: N, reader: TreeReader<N>): TextMap<N> {
  const chars: string[] = [];
  const nodes: N[] = [];
  // Per character: index into `nodes` (-1 for an added separator) and offset in that node.
  const nodeIndex: number[] = [];
  const offsets: number[] = [];
  let isAfterCollapsedSpace = false;

  const separate = (separator: '\n' | '\t') => {
    chars.push(separator);
    nodeIndex.push(-1);
    offsets.push(-1);
    isAfterCollapsedSpace = false;
  };

  const readText = (node: N, data: string) => {
    const index = nodes.push(node) - 1;
    for (let offset = 0; offset < data.length; offset++) {
      const code = data.charCodeAt(offset);
      if (INVISIBLE.has(code)) continue;
      let char = data[offset] ?? '';
      if (COLLAPSIBLE.has(code)) {
        if (isAfterCollapsedSpace) continue;
        char = ' ';
        isAfterCollapsedSpace = true;
      } else {
        isAfterCollapsedSpace = false;
        if (HARD_SPACES.has(code)) char = ' ';
        else if (code === NON_BREAKING_HYPHEN) char = '-';
      }
      chars.push(char);
      nodeIndex.push(index);
      offsets.push(offset);
    }
  };

  const walk = (node: N) => {
    const data = reader.textOf(node);
    if (data !== undefined) {
      readText(node, data);
      return;
    }
    const tag = reader.tagOf(node);
    if (tag !== undefined && SKIPPED_TAGS.has(tag)) return;
    const isBlock = tag !== undefined && BLOCK_TAGS.has(tag);
    if (isBlock) separate('\n');
    for (const child of reader.childrenOf(node)) walk(child);
    if (tag === 'br') return;
    if (isBlock) separate('\n');
    else if (tag !== undefined && CELL_TAGS.has(tag)) separate('\t');
  };

  walk(root);
  return {
    text: chars.join(''),
    sourceAt(position) {
      const node = nodes[nodeIndex[position] ?? -1];
      const offset = offsets[position];
      return node === undefined || offset === undefined ? undefined : { node, offset };
    },
  };
}
