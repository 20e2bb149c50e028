// The tree's text as the engine reads mail HTML, and every character traced back to its text node.
import { buildTextMap, type TreeReader } from '../../../../addin/fixes/text-map';

/** A plain-object stand-in for the DOM: a string is a text node, an array an element. */
type Tree = string | { tag: string; children: Tree[] };

const reader: TreeReader<Tree> = {
  textOf: (node) => (typeof node === 'string' ? node : undefined),
  tagOf: (node) => (typeof node === 'string' ? undefined : node.tag),
  childrenOf: (node) => (typeof node === 'string' ? [] : node.children),
};
const el = (tag: string, ...children: Tree[]): Tree => ({ tag, children });

describe('text map of an HTML tree', () => {
  it.each<[string, Tree, string]>([
    [
      'joins inline elements',
      el('p', 'BSN ', el('span', '123'), ' 456 782'),
      '\nBSN 123 456 782\n',
    ],
    [
      'puts blocks on their own lines',
      el('body', el('div', '123'), el('div', '456')),
      '\n123\n\n456\n',
    ],
    [
      'closes each table cell with a tab',
      el('table', el('tr', el('td', 'BSN'), el('td', '123456782'))),
      '\n\nBSN\t123456782\t\n\n',
    ],
    ['breaks a line at <br>', el('p', 'a', el('br'), 'b'), '\na\nb\n'],
    [
      'collapses white space across elements',
      el('p', '123 \r\n', el('b', ' 456'), '\t782'),
      '\n123 456 782\n',
    ],
    [
      'reads no-break and thin spaces as spaces',
      el('p', '123\u00a0456\u2009782'),
      '\n123 456 782\n',
    ],
    ['drops soft hyphens and zero-width spaces', el('p', '1234\u00ad56\u200b782'), '\n123456782\n'],
    ['skips style and script', el('body', el('style', 'p{x:1}'), 'a', el('script', 'b')), 'a'],
    ["keeps Word's <o:p> inline", el('p', '123', el('o:p', '\u00a0')), '\n123 \n'],
  ])('%s', (_name, tree, text) => {
    expect(buildTextMap(tree, reader).text).toBe(text);
  });

  it('traces each character to its own text node and offset, and separators to nothing', () => {
    const number = '456\u00a0782';
    const span = el('span', '123');
    const tree = el('p', span, ' ', number);
    const map = buildTextMap(tree, reader);
    expect(map.text).toBe('\n123 456 782\n');
    expect(map.sourceAt(0)).toBeUndefined();
    expect(map.sourceAt(1)).toEqual({ node: '123', offset: 0 });
    expect(map.sourceAt(4)).toEqual({ node: ' ', offset: 0 });
    expect(map.sourceAt(8)).toEqual({ node: number, offset: 3 });
    expect(map.sourceAt(11)).toEqual({ node: number, offset: 6 });
    expect(map.sourceAt(12)).toBeUndefined();
  });

  it('traces past collapsed white space to the characters that stayed', () => {
    const text = '12  \n 3';
    const map = buildTextMap(el('p', text), reader);
    expect(map.text).toBe('\n12 3\n');
    expect(map.sourceAt(4)).toEqual({ node: text, offset: 6 });
  });
});
