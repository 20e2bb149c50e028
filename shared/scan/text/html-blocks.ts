// Which HTML elements break a line, close a table cell, or hold nothing a reader sees. One list for
// the scan (html-to-text) and the number masking (addin/fixes/text-map), so the masking sees the
// same lines and cells the scan saw.

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'dt',
  'dd',
  'title',
]);

export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Never rendered in a mail client (which runs no scripts, so <noscript> content does show). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'head', 'template']);
