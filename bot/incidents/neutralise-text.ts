// Makes reporters' free text safe to show in a card: no markdown links, mentions, hidden or
// control characters, and a bounded length. Cards also put it in TextRuns, which Teams does not
// read as markdown; this is the second line of defence (cards-format: TextBlock markdown cannot be
// switched off).

/** C0/C1 controls except line feed, zero-width and bidirectional-override characters. */
function isInvisible(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * The text a card may show for a user's input: controls and invisible characters removed, angle
 * brackets (Teams mentions are `<at>…</at>`) and markdown link brackets replaced by look-alikes,
 * at most three line breaks in a row, and cut at `maxLength` with an ellipsis.
 * @example neutraliseUserText('[klik](https://x.nl)', 100) // '⟦klik⟧(https://x.nl)'
 */
export function neutraliseUserText(text: string, maxLength: number): string {
  const cleaned = text
    .replaceAll('\r\n', '\n')
    .replaceAll('\r', '\n')
    .replaceAll('<', '‹')
    .replaceAll('>', '›')
    .replaceAll('[', '⟦')
    .replaceAll(']', '⟧');
  const bounded = keepVisible(cleaned).trim();
  if (bounded.length <= maxLength) return bounded;
  return `${bounded.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
}

/** One line of user text (for titles and facts): line breaks become spaces. */
export function neutraliseUserLine(text: string, maxLength: number): string {
  return neutraliseUserText(text.replaceAll('\r', ' ').replaceAll('\n', ' '), maxLength);
}

/** Drops invisible characters and line breaks beyond three in a row. */
function keepVisible(text: string): string {
  let result = '';
  let run = 0;
  for (const char of text) {
    if (isInvisible(char.codePointAt(0) ?? 0)) continue;
    run = char === '\n' ? run + 1 : 0;
    if (run <= 3) result += char;
  }
  return result;
}
