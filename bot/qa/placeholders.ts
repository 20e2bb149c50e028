// Finds the {name} placeholders of an answer with a plain scan, no regular expression: answers are
// short, and a scan is linear by construction.

/**
 * Replaces each {name} in the text by what `replace` returns for the name and its offset.
 * @example replacePlaceholders('Bel {contact.ictDomain}.', () => 'ICT') // 'Bel ICT.'
 */
export function replacePlaceholders(
  text: string,
  replace: (name: string, offset: number) => string,
): string {
  let result = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('{', from);
    const close = open === -1 ? -1 : text.indexOf('}', open + 1);
    if (close === -1) return result + text.slice(from);
    result += text.slice(from, open) + replace(text.slice(open + 1, close), open);
    from = close + 1;
  }
}
