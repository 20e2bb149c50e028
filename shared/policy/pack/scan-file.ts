// Reads a pack's scan.md: the board's own scan vocabulary, as lists in the front matter — words
// that mark a number as a citizen number, extra words for sensitive pupil and adult information, and
// the board's own registration numbers that are never a BSN. The body is free text for whoever edits
// the file. The product's language resources (first names, stems, the general lexicon) stay in code.
import { z } from 'zod';
import { readFrontMatter } from './front-matter';
import type { PackError } from './pack-error';

export const SCAN_FILE = 'scan.md';

/** The board's additions to the scan; every list may be empty. */
export interface PackScanVocabulary {
  /** Words before a number that make it a citizen number, e.g. "leerlingnummer DUO". */
  citizenNumberLabels: string[];
  /** Extra words for sensitive information about a pupil (the pupil-file rule). */
  pupilTerms: string[];
  /** Extra words for sensitive information about an adult (the sensitive-personal rule). */
  adultTerms: string[];
  /** The board's own RSIN, KvK and BRIN numbers, never reported as a BSN. */
  allowedNumbers: string[];
}

export const NO_SCAN_VOCABULARY: PackScanVocabulary = Object.freeze({
  citizenNumberLabels: [],
  pupilTerms: [],
  adultTerms: [],
  allowedNumbers: [],
});

/** Front matter keys and the field each fills. */
const KEYS: Readonly<Record<string, keyof PackScanVocabulary>> = {
  'citizen-number-labels': 'citizenNumberLabels',
  'pupil-terms': 'pupilTerms',
  'adult-terms': 'adultTerms',
  'allowed-numbers': 'allowedNumbers',
};

const words = (what: string) =>
  z.array(
    z
      .string()
      .trim()
      .min(1, { error: `expected ${what}, not empty text` }),
    {
      error: `expected a list of ${what}s, one "  - …" line each`,
    },
  );

const FIELD_SCHEMAS: Readonly<Record<keyof PackScanVocabulary, z.ZodType<string[]>>> = {
  citizenNumberLabels: words('label word'),
  pupilTerms: words('word'),
  adultTerms: words('word'),
  // The same shape privacywacht.config.json accepts for scan.allowedNumbers.
  allowedNumbers: z.array(
    z.string().regex(/^[0-9A-Z .-]{4,20}$/i, {
      error: "expected the board's own RSIN, KvK or BRIN number, e.g. 8012.34.567",
    }),
    { error: 'expected a list of numbers, one "  - …" line each' },
  ),
};

export type ScanFileResult =
  { ok: true; scan: PackScanVocabulary } | { ok: false; errors: PackError[] };

/**
 * @example readScanFile('scan.md', '---\npupil-terms:\n  - groeidocument\n---\n') // { ok: true, scan: { pupilTerms: ['groeidocument'], … } }
 */
export function readScanFile(file: string, text: string): ScanFileResult {
  const front = readFrontMatter(file, text);
  if (!front.ok) return front;
  const errors: PackError[] = [];
  const scan: PackScanVocabulary = {
    citizenNumberLabels: [],
    pupilTerms: [],
    adultTerms: [],
    allowedNumbers: [],
  };
  for (const [key, { value, line }] of front.fields) {
    const field = KEYS[key];
    if (field === undefined) {
      errors.push({
        file,
        line,
        message: `unknown key "${key}"; allowed keys: ${Object.keys(KEYS).join(', ')}`,
      });
      continue;
    }
    const parsed = FIELD_SCHEMAS[field].safeParse(value);
    if (parsed.success) scan[field] = parsed.data;
    else
      for (const issue of parsed.error.issues) {
        const item = typeof issue.path[0] === 'number' ? issue.path[0] : undefined;
        errors.push({
          file,
          line: item === undefined ? line : itemLine(text, line, item),
          message: `${key}: ${issue.message}`,
        });
      }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scan };
}

/** 1-based line of the item at `index` in the list whose key is on `keyLine`. */
function itemLine(text: string, keyLine: number, index: number): number {
  const lines = text.split(/\r?\n/);
  let seen = -1;
  for (let at = keyLine; at < lines.length; at++)
    if (/^ +- /.test(lines[at] ?? '') && ++seen === index) return at + 1;
  return keyLine;
}
