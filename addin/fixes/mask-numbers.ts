// One-click fix "mask the numbers": every citizen number the engine found is replaced by its masked
// form (all but the last three digits), in the plain-text and in the HTML body, keeping the layout.
import {
  findCitizenNumbers,
  type CitizenNumberOptions,
} from '../../shared/scan/detectors/citizen-numbers';
import { htmlToText } from '../../shared/scan/text/html-to-text';
import { maskNumber } from '../../shared/scan/text/mask';

/** The numbers as written ("1234.56.782") with what replaces them ("******782", same grouping). */
function replacements(text: string, options: CitizenNumberOptions): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of findCitizenNumbers(text, options)) {
    const written = text.slice(match.start, match.end);
    found.set(written, maskWritten(written, maskNumber(match.digits)));
  }
  return found;
}

/** Keeps separators where they were: "1234.56.782" → "****.**.782". */
function maskWritten(written: string, masked: string): string {
  let digit = 0;
  return written.replace(/\d/g, () => masked[digit++] ?? '*');
}

export function maskNumbersInText(text: string, options: CitizenNumberOptions): string {
  let result = text;
  for (const [written, masked] of replacements(text, options))
    result = result.split(written).join(masked);
  return result;
}

/** Replaces the numbers only in the HTML's text, never inside tags or attributes. */
export function maskNumbersInHtml(html: string, options: CitizenNumberOptions): string {
  const found = replacements(htmlToText(html), options);
  if (found.size === 0) return html;
  const maskText = (text: string) =>
    [...found].reduce((result, [written, masked]) => result.split(written).join(masked), text);
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const tagStart = html.indexOf('<', i);
    const textEnd = tagStart === -1 ? html.length : tagStart;
    parts.push(maskText(html.slice(i, textEnd)));
    if (tagStart === -1) break;
    const tagEnd = html.indexOf('>', tagStart);
    const end = tagEnd === -1 ? html.length : tagEnd + 1;
    parts.push(html.slice(tagStart, end));
    i = end;
  }
  return parts.join('');
}
