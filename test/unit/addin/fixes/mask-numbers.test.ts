// The digits to hide are decided by the engine's own finder; only they change, where they stand.
import {
  digitsToMask,
  maskNumbersInText,
  maskNumbersInTree,
} from '../../../../addin/fixes/mask-numbers';
import type { TreeReader } from '../../../../addin/fixes/text-map';
import { testPolicy } from '../../../helpers/policy';

const options = testPolicy().citizenNumbers;

/** A plain-object stand-in for the DOM, with text nodes as objects so each has its own identity. */
type Tree = { text: string } | { tag: string; children: Tree[] };
const reader: TreeReader<Tree> = {
  textOf: (node) => ('text' in node ? node.text : undefined),
  tagOf: (node) => ('tag' in node ? node.tag : undefined),
  childrenOf: (node) => ('tag' in node ? node.children : []),
};
const el = (tag: string, ...children: (Tree | string)[]): Tree => ({
  tag,
  children: children.map((child) => (typeof child === 'string' ? { text: child } : child)),
});

/** Writes the changes back and reads the text of the whole tree. */
function maskTree(tree: Tree): string {
  for (const [node, text] of maskNumbersInTree(tree, reader, options))
    if ('text' in node) node.text = text;
  const textOf = (node: Tree): string =>
    'text' in node ? node.text : node.children.map(textOf).join('|');
  return textOf(tree);
}

describe('mask the numbers', () => {
  it.each([
    ['BSN: 725763863, tel 06-12345678', 'BSN: ******863, tel 06-12345678'],
    ['bsn 1622.75.869 en factuur 192285142', 'bsn ****.**.869 en factuur 192285142'],
    ['BSN 123 456 782', 'BSN *** *** 782'],
    ['Niets te zien', 'Niets te zien'],
    ['Bestelling 123456789', 'Bestelling 123456789'],
  ])('in plain text: %s', (text, expected) => {
    expect(maskNumbersInText(text, options)).toBe(expected);
  });

  it('leaves a number the mail labels another numbering elsewhere, as the guard does', () => {
    const subject = 'Reisbevestiging 223155810';
    expect(maskNumbersInText(subject, options)).toBe('Reisbevestiging ******810');
    expect(maskNumbersInText(subject, options, ['Noem het boekingsnummer 223155810.'])).toBe(
      subject,
    );
    expect(maskNumbersInText('BSN 725763863', options, ['Klantnummer 725763863'])).toBe(
      'BSN ******863',
    );
  });

  it('names the positions of the digits only, not the separators', () => {
    expect(digitsToMask('BSN 1234.56.782', options)).toEqual([4, 5, 6, 7, 9, 10]);
  });

  it.each<[string, Tree, string]>([
    ['across inline elements', el('p', 'BSN ', el('span', '123'), ' 456 782'), 'BSN |***| *** 782'],
    [
      'with no-break spaces between the groups',
      el('p', 'BSN 123\u00a0456\u00a0782'),
      'BSN ***\u00a0***\u00a0782',
    ],
    [
      'in a table cell under a BSN header',
      el(
        'table',
        el('tr', el('th', 'Naam'), el('th', 'BSN')),
        el('tr', el('td', 'Sara'), el('td', '725763863')),
      ),
      'Naam|BSN|Sara|******863',
    ],
    ['not across table cells', el('tr', el('td', '123'), el('td', '456 782')), '123|456 782'],
    ['not across paragraphs', el('body', el('p', '123'), el('p', '456782')), '123|456782'],
    [
      'not an invoice number',
      el('p', 'Factuurnummer: ', el('b', '192285142')),
      'Factuurnummer: |192285142',
    ],
  ])('in a tree: %s', (_name, tree, expected) => {
    expect(maskTree(tree)).toBe(expected);
  });

  it('changes only the text nodes that hold a digit to hide', () => {
    const tree = el('p', 'BSN ', el('span', '123'), ' 456 782');
    const changed = maskNumbersInTree(tree, reader, options);
    expect([...changed.values()]).toEqual(['***', ' *** 782']);
  });
});
