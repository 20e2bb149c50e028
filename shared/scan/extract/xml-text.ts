// Minimal, linear reading of OOXML parts: the text of <w:t>/<t> elements and XML entity decoding.

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos);/gi,
    (entity, body: string) => {
      if (body[0] !== '#') return XML_ENTITIES[body.toLowerCase()] ?? entity;
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    },
  );
}

/** Index of the end of the tag that starts at `lt` (after its ">"), or -1. */
export function tagEnd(xml: string, lt: number): number {
  const gt = xml.indexOf('>', lt);
  return gt === -1 ? -1 : gt + 1;
}

/** The tag name at `lt` without namespace prefix: "<w:t xml:space…>" → "t", "</w:p>" → "/p". */
export function tagName(xml: string, lt: number): string {
  let i = lt + 1;
  const isClosing = xml[i] === '/';
  if (isClosing) i++;
  let j = i;
  while (j < xml.length && !' />\t\n\r'.includes(xml[j] ?? '>')) j++;
  const qualified = xml.slice(i, j);
  const colon = qualified.indexOf(':');
  return (isClosing ? '/' : '') + (colon === -1 ? qualified : qualified.slice(colon + 1));
}
