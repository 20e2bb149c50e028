// Reads one knowledge entry file of a policy pack (knowledge/<id>.md): front matter with the
// entry's facts, then a Markdown body with a "# nl" and an "# en" part, each with "## Titel",
// "## Antwoord", "## Vragen" and optionally "## Situaties" (or Title, Answer, Questions,
// Situations). Every problem names its line.
import type { z } from 'zod';
import type { KnowledgeEntry, Language } from '../knowledge/types';
import { knowledgeEntrySchema } from './entry-schema';
import { readFrontMatter } from './front-matter';
import type { PackError } from './pack-error';

export type EntryFileResult =
  { ok: true; entry: KnowledgeEntry; idLine: number } | { ok: false; errors: PackError[] };

/** Front matter keys and the entry field each fills. */
const FRONT_MATTER_KEYS: Readonly<Record<string, keyof KnowledgeEntry>> = {
  id: 'id',
  section: 'section',
  related: 'related',
  'review-by': 'reviewBy',
  'supplier-names': 'supplierNames',
};
/** Situations were a front matter list of both languages; they moved into the body per language. */
const MOVED_KEYS: Readonly<Record<string, string>> = {
  situations:
    'situations moved into the body: list them under "## Situaties" in "# nl" and "## Situations" in "# en", one "- …" line each',
};

type BodyField = 'title' | 'answer' | 'questions' | 'situations';
type ListField = 'questions' | 'situations';
const BODY_HEADINGS: Readonly<Record<string, BodyField>> = {
  titel: 'title',
  title: 'title',
  antwoord: 'answer',
  answer: 'answer',
  vragen: 'questions',
  questions: 'questions',
  situaties: 'situations',
  situations: 'situations',
};
const LANGUAGES: readonly Language[] = ['nl', 'en'];
const LIST_ITEM = /^[-*] (.*)$/;

interface Part {
  line: number;
  lines: { text: string; line: number }[];
}

/**
 * @example readEntryFile('knowledge/a.md', text) // { ok: true, entry: { id: 'a', … }, idLine: 2 }
 */
export function readEntryFile(file: string, text: string): EntryFileResult {
  const front = readFrontMatter(file, text);
  if (!front.ok) return front;
  const errors: PackError[] = [];
  const raw: Record<string, unknown> = {};
  /** Line of each field ("section", "answer.nl"), for the schema's messages. */
  const lineOf = new Map<string, number>();
  for (const [key, { value, line }] of front.fields) {
    const field = FRONT_MATTER_KEYS[key];
    const moved = MOVED_KEYS[key];
    if (moved !== undefined) {
      errors.push({ file, line, message: moved });
      continue;
    }
    if (field === undefined) {
      errors.push({
        file,
        line,
        message: `unknown key "${key}"; allowed keys: ${Object.keys(FRONT_MATTER_KEYS).join(', ')}`,
      });
      continue;
    }
    raw[field] = value;
    lineOf.set(field, line);
  }

  const parts = new Map<string, Part>();
  let language: Language | undefined;
  let part: Part | undefined;
  front.body.forEach((content, at) => {
    const line = front.bodyLine + at;
    const heading = /^(#{1,6}) (.*)$/.exec(content.trimEnd());
    if (heading?.[1] === '#') {
      const name = headingText(heading[2] as string);
      part = undefined;
      language = LANGUAGES.find((each) => each === name);
      if (language === undefined)
        errors.push({ file, line, message: `expected "# nl" or "# en", got "${content.trim()}"` });
      else if (lineOf.has(language))
        errors.push({ file, line, message: `"# ${language}" is given twice` });
      else lineOf.set(language, line);
      return;
    }
    if (heading?.[1] === '##') {
      const field = BODY_HEADINGS[headingText(heading[2] as string)];
      part = undefined;
      if (language === undefined) return; // reported with the "#" heading, or below as stray text
      if (field === undefined) {
        errors.push({
          file,
          line,
          message: `expected "## Titel", "## Antwoord", "## Vragen" or "## Situaties", got "${content.trim()}"`,
        });
        return;
      }
      const key = `${field}.${language}`;
      if (parts.has(key)) {
        errors.push({
          file,
          line,
          message: `"${content.trim()}" is given twice under "# ${language}"`,
        });
        return;
      }
      part = { line, lines: [] };
      parts.set(key, part);
      return;
    }
    if (part) part.lines.push({ text: content, line });
    else if (content.trim() !== '')
      errors.push({
        file,
        line,
        message:
          'text outside a part: put it under "## Titel", "## Antwoord", "## Vragen" or "## Situaties" of "# nl" or "# en"',
      });
  });

  for (const field of ['title', 'answer', 'questions', 'situations'] as const) {
    const values: Partial<Record<Language, unknown>> = {};
    for (const each of LANGUAGES) {
      const found = parts.get(`${field}.${each}`);
      if (!found) continue;
      lineOf.set(`${field}.${each}`, found.line);
      if (field === 'questions' || field === 'situations')
        values[each] = listOf(file, found, field, errors);
      else
        values[each] =
          field === 'title' ? paragraphs(found).join(' ') : paragraphs(found).join('\n\n');
    }
    // Situations are optional: an entry without the heading in either language has none.
    if (field !== 'situations' || Object.keys(values).length > 0) raw[field] = values;
  }
  if (errors.length > 0) return { ok: false, errors };

  const parsed = knowledgeEntrySchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => describeIssue(file, issue, lineOf)),
    };
  const entry: KnowledgeEntry = parsed.data;
  return { ok: true, entry, idLine: lineOf.get('id') ?? 1 };
}

/** A heading's text, lower case, without Markdown's optional closing hashes ("## Vragen ##"). */
function headingText(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  return text.slice(0, end).trim().toLowerCase();
}

/** Paragraphs of a part: lines wrapped by an editor join with a space, as in Markdown. */
function paragraphs(part: Part): string[] {
  const found: string[] = [];
  let current: string[] = [];
  for (const { text } of [...part.lines, { text: '' }]) {
    if (text.trim() === '') {
      if (current.length > 0) found.push(current.join(' '));
      current = [];
    } else current.push(text.trim());
  }
  return found;
}

const ITEM_NAME: Readonly<Record<ListField, string>> = {
  questions: 'question',
  situations: 'situation',
};

/** The "- …" items of a questions or situations part. */
function listOf(file: string, part: Part, field: ListField, errors: PackError[]): string[] {
  const items: string[] = [];
  for (const { text, line } of part.lines) {
    if (text.trim() === '') continue;
    const item = LIST_ITEM.exec(text.trim());
    if (item) items.push((item[1] as string).trim());
    else
      errors.push({
        file,
        line,
        message: `expected one ${ITEM_NAME[field]} per "- …" line, got "${text.trim()}"`,
      });
  }
  return items;
}

const HEADING_OF: Readonly<Record<Language, Record<BodyField, string>>> = {
  nl: {
    title: '## Titel',
    answer: '## Antwoord',
    questions: '## Vragen',
    situations: '## Situaties',
  },
  en: {
    title: '## Title',
    answer: '## Answer',
    questions: '## Questions',
    situations: '## Situations',
  },
};
const FRONT_MATTER_KEY_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FRONT_MATTER_KEYS).map(([key, field]) => [field, key]),
);

function describeIssue(
  file: string,
  issue: z.core.$ZodIssue,
  lineOf: Map<string, number>,
): PackError {
  const [field, language] = issue.path.map(String);
  if (field === 'title' || field === 'answer' || field === 'questions' || field === 'situations') {
    const heading = HEADING_OF[language === 'en' ? 'en' : 'nl'][field];
    const line = lineOf.get(`${field}.${language}`);
    if (line !== undefined)
      return { file, line, message: `${heading} (${language}): ${issue.message}` };
    return {
      file,
      line: lineOf.get(language ?? '') ?? 1,
      message: `missing "${heading}" under "# ${language}": ${issue.message}`,
    };
  }
  const key = FRONT_MATTER_KEY_OF[field ?? ''] ?? field ?? '';
  const line = lineOf.get(field ?? '');
  if (line === undefined)
    return { file, line: 1, message: `missing "${key}" in the front matter: ${issue.message}` };
  return { file, line, message: `${key}: ${issue.message}` };
}
