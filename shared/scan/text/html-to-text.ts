// Turns mail HTML into plain text, keeping table cells apart (tab) and rows and blocks on their own
// lines, so column headers can still label a number. One pass over the input, no regex on tags.
import { BLOCK_TAGS, CELL_TAGS, SKIPPED_TAGS } from './html-blocks';

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  eacute: 'é',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  shy: '',
};

/** @example htmlToText('<td>BSN</td><td>123456782</td>') // 'BSN\t123456782\t' */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let skipUntil: string | undefined;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (skipUntil === undefined && textEnd > i)
      out.push(decodeEntities(collapseSpace(html.slice(i, textEnd))));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    const { name, isClosing } = readTagName(html, lt + 1, gt);
    i = gt + 1;
    if (skipUntil !== undefined) {
      if (isClosing && name === skipUntil) skipUntil = undefined;
      continue;
    }
    if (!isClosing && SKIPPED_TAGS.has(name)) skipUntil = name;
    else if (CELL_TAGS.has(name) && isClosing) out.push('\t');
    else if (BLOCK_TAGS.has(name)) out.push('\n');
  }
  return out.join('');
}

function readTagName(
  html: string,
  start: number,
  end: number,
): { name: string; isClosing: boolean } {
  let i = start;
  const isClosing = html.charCodeAt(i) === 47; // '/'
  if (isClosing) i++;
  let j = i;
  while (j < end && isTagNameChar(html.charCodeAt(j))) j++;
  return { name: html.slice(i, j).toLowerCase(), isClosing };
}

function isTagNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function collapseSpace(text: string): string {
  return text.replace(/[\r\n\t ]+/g, ' ');
}

function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
