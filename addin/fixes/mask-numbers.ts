// One-click fix "mask the numbers": the engine's own finder decides which numbers are citizen
// numbers; their digits (all but the last three) become '*' where they stand, in a plain text or in
// the text nodes of an HTML tree, so separators, tags, styles and entities around them stay.
import {
  findCitizenNumbersInTexts,
  type CitizenNumberOptions,
} from '../../shared/scan/detectors/citizen-numbers';
import { isDigit } from '../../shared/scan/text/chars';
import { maskNumber } from '../../shared/scan/text/mask';
import { buildTextMap, type TreeReader } from './text-map';

const MASK = '*';

/**
 * Positions in `text` of the digits to hide: for each citizen number the finder reports, the digits
 * that its masked form (maskNumber) shows as '*'. Separators between the groups are not touched.
 * `otherTexts` are the mail's other parts (the subject for the body): a number labelled another
 * numbering there is no citizen number here either, as the guard reads it (findCitizenNumbersInTexts).
 *
 * @example digitsToMask('BSN 1234.56.782', options) // [4, 5, 6, 7, 9, 10]
 */
export function digitsToMask(
  text: string,
  options: CitizenNumberOptions,
  otherTexts: readonly string[] = [],
): number[] {
  const positions: number[] = [];
  const [matches = []] = findCitizenNumbersInTexts([text, ...otherTexts], options);
  for (const match of matches) {
    const masked = maskNumber(match.digits);
    let digit = 0;
    for (let i = match.start; i < match.end; i++) {
      if (!isDigit(text.charCodeAt(i))) continue;
      if (masked[digit] === MASK) positions.push(i);
      digit++;
    }
  }
  return positions;
}

/** @example maskNumbersInText('bsn 1234.56.782', options) // 'bsn ****.**.782' */
export function maskNumbersInText(
  text: string,
  options: CitizenNumberOptions,
  otherTexts: readonly string[] = [],
): string {
  const positions = digitsToMask(text, options, otherTexts);
  return positions.length === 0 ? text : replaceUnits(text, positions);
}

/**
 * The new text of every text node that holds a digit to hide, for the caller to write back; nodes
 * not in the map stay as they are. A number split over several nodes ("<span>123</span> 456 782")
 * changes each node's own digits only.
 */
export function maskNumbersInTree<N>(
  root: N,
  reader: TreeReader<N>,
  options: CitizenNumberOptions,
  otherTexts: readonly string[] = [],
): Map<N, string> {
  const map = buildTextMap(root, reader);
  const positionsPerNode = new Map<N, number[]>();
  for (const position of digitsToMask(map.text, options, otherTexts)) {
    const source = map.sourceAt(position);
    if (!source) continue;
    const list = positionsPerNode.get(source.node) ?? [];
    list.push(source.offset);
    positionsPerNode.set(source.node, list);
  }
  const changed = new Map<N, string>();
  for (const [node, offsets] of positionsPerNode)
    changed.set(node, replaceUnits(reader.textOf(node) ?? '', offsets));
  return changed;
}

/** Replaces the UTF-16 units at `offsets` by '*'; a digit is one unit, so lengths stay the same. */
function replaceUnits(text: string, offsets: readonly number[]): string {
  const hidden = new Set(offsets);
  let result = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!hidden.has(i)) continue;
    result += text.slice(runStart, i) + MASK;
    runStart = i + 1;
  }
  return result + text.slice(runStart);
}
