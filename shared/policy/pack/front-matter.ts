// Reads the front matter of a pack file: the lines between two "---" lines at the top, in a small
// subset of YAML that needs no quoting: "key: text", "key: []", and "key:" followed by "  - item" lines.
// Hand-rolled on purpose: the product has no YAML dependency, and free text (answers, questions)
// lives in the Markdown body, where colons, quotes and {placeholders} need no escaping.
import type { PackError } from './pack-error';

interface FrontMatterValue {
  value: string | string[];
  /** 1-based line of the key. */
  line: number;
}

export type FrontMatter =
  | {
      ok: true;
      fields: Map<string, FrontMatterValue>;
      /** The text after the closing "---", and the line it starts on. */
      body: string[];
      bodyLine: number;
    }
  | { ok: false; errors: PackError[] };

const KEY_LINE = /^([a-z][a-z-]*):(?: (.*))?$/;
const ITEM_LINE = /^ +- (.*)$/;

/**
 * @example readFrontMatter('a.md', '---\nid: a\n---\nbody').ok // true
 */
export function readFrontMatter(file: string, text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    return {
      ok: false,
      errors: [
        { file, line: 1, message: 'expected front matter: the file starts with a "---" line' },
      ],
    };
  const end = lines.findIndex((line, at) => at > 0 && line.trim() === '---');
  if (end === -1)
    return {
      ok: false,
      errors: [{ file, line: 1, message: 'front matter is not closed: add a "---" line after it' }],
    };
  const fields = new Map<string, FrontMatterValue>();
  const errors: PackError[] = [];
  let list: string[] | undefined;
  for (let at = 1; at < end; at++) {
    const line = (lines[at] as string).trimEnd();
    const lineNumber = at + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = ITEM_LINE.exec(line);
    if (item) {
      if (list) list.push((item[1] as string).trim());
      else
        errors.push({
          file,
          line: lineNumber,
          message: 'a list item "- …" must follow a "key:" line',
        });
      continue;
    }
    const key = KEY_LINE.exec(line);
    if (!key) {
      errors.push({
        file,
        line: lineNumber,
        message: `expected "key: value" or "  - item", got "${line.trim()}"`,
      });
      list = undefined;
      continue;
    }
    const name = key[1] as string;
    if (fields.has(name)) {
      errors.push({ file, line: lineNumber, message: `"${name}" is given twice` });
      list = undefined;
      continue;
    }
    const value = (key[2] ?? '').trim();
    list = value === '' ? [] : undefined;
    // "key: []" is an empty list, as in YAML.
    fields.set(name, { value: list ?? (value === '[]' ? [] : value), line: lineNumber });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, fields, body: lines.slice(end + 1), bodyLine: end + 2 };
}
