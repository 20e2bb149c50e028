// Reads a pack's guard-texts.md: what the Outlook guard says in the board's words. The front matter
// names the policy section each rule cites ("section-bsn: Artikel 4.2 E-mailbeleid"); the body holds
// the texts under "# nl" and "# en", one "## key" part each, as in a knowledge entry, so colons,
// quotes and {contact.*} placeholders need no escaping. Every text comes in both languages.
import { GUARD_TEXT_KEYS, type GuardTexts } from '../../i18n/guard-texts';
import { RULE_IDS, type RuleId } from '../../scan/types';
import type { Language } from '../knowledge/types';
import { readFrontMatter } from './front-matter';
import type { PackError } from './pack-error';

export const GUARD_TEXTS_FILE = 'guard-texts.md';

const SECTION_KEY_PREFIX = 'section-';
const LANGUAGES: readonly Language[] = ['nl', 'en'];

export type GuardTextsFileResult =
  { ok: true; guardTexts: GuardTexts } | { ok: false; errors: PackError[] };

interface Part {
  line: number;
  lines: string[];
}

/**
 * @example readGuardTextsFile('guard-texts.md', '---\nsection-bcc: Artikel 4.3\n---\n').ok // true
 */
export function readGuardTextsFile(file: string, text: string): GuardTextsFileResult {
  const front = readFrontMatter(file, text);
  if (!front.ok) return front;
  const errors: PackError[] = [];
  const sections: Partial<Record<RuleId, string>> = {};
  const sectionKeys = RULE_IDS.map((rule) => `${SECTION_KEY_PREFIX}${rule}`);
  for (const [key, { value, line }] of front.fields) {
    const rule = RULE_IDS.find((each) => `${SECTION_KEY_PREFIX}${each}` === key);
    if (rule === undefined)
      errors.push({
        file,
        line,
        message: `unknown key "${key}"; allowed keys: ${sectionKeys.join(', ')}`,
      });
    else if (typeof value !== 'string' || value.trim() === '')
      errors.push({
        file,
        line,
        message: `${key}: expected the policy section as text on the same line, e.g. "${key}: Artikel 4.2 E-mailbeleid"`,
      });
    else sections[rule] = value.trim();
  }

  const parts = new Map<string, Part>();
  const languageLines = new Map<Language, number>();
  let language: Language | undefined;
  /** The part being read; a rejected heading's part is read and dropped, so its text is not stray. */
  let part: Part | undefined;
  /** Under a rejected "#" heading: everything up to the next "#" heading is dropped. */
  let isSkipping = false;
  front.body.forEach((content, at) => {
    const line = front.bodyLine + at;
    const heading = /^(#{1,2}) (.*)$/.exec(content.trimEnd());
    if (heading?.[1] === '#') {
      const name = (heading[2] as string).trim().toLowerCase();
      part = undefined;
      language = LANGUAGES.find((each) => each === name);
      isSkipping = language === undefined || languageLines.has(language);
      if (language === undefined)
        errors.push({ file, line, message: `expected "# nl" or "# en", got "${content.trim()}"` });
      else if (languageLines.has(language))
        errors.push({ file, line, message: `"# ${language}" is given twice` });
      else languageLines.set(language, line);
      return;
    }
    if (isSkipping) return;
    if (heading?.[1] === '##' && language !== undefined) {
      part = { line, lines: [] };
      const key = (heading[2] as string).trim().toLowerCase();
      if (!(GUARD_TEXT_KEYS as readonly string[]).includes(key))
        errors.push({
          file,
          line,
          message: `unknown text "## ${key}"; allowed: ${GUARD_TEXT_KEYS.map((each) => `## ${each}`).join(', ')}`,
        });
      else if (parts.has(`${key}.${language}`))
        errors.push({ file, line, message: `"## ${key}" is given twice under "# ${language}"` });
      else parts.set(`${key}.${language}`, part);
      return;
    }
    if (part) part.lines.push(content);
    else if (content.trim() !== '')
      errors.push({
        file,
        line,
        message: 'text outside a part: put it under a "## key" heading of "# nl" or "# en"',
      });
  });

  const texts: GuardTexts['texts'] = {};
  for (const key of GUARD_TEXT_KEYS) {
    const found = { nl: parts.get(`${key}.nl`), en: parts.get(`${key}.en`) };
    if (!found.nl && !found.en) continue;
    for (const [each, other] of [
      ['nl', 'en'],
      ['en', 'nl'],
    ] as const) {
      const given = found[each];
      if (given && !found[other])
        errors.push({
          file,
          line: given.line,
          message: `"## ${key}" is given under "# ${each}" but not under "# ${other}": every text needs both languages`,
        });
      if (given && paragraphs(given) === '')
        errors.push({ file, line: given.line, message: `"## ${key}" (${each}) is empty` });
    }
    if (found.nl && found.en) texts[key] = { nl: paragraphs(found.nl), en: paragraphs(found.en) };
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, guardTexts: { sections, texts } };
}

/** A part's text: lines wrapped by an editor join with a space, paragraphs with a blank line. */
function paragraphs(part: Part): string {
  const found: string[] = [];
  let current: string[] = [];
  for (const text of [...part.lines, '']) {
    if (text.trim() === '') {
      if (current.length > 0) found.push(current.join(' '));
      current = [];
    } else current.push(text.trim());
  }
  return found.join('\n\n');
}
