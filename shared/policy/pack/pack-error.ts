// A problem in a policy pack, named so the privacy officer can fix it: the file, the line, what is
// wrong.

export interface PackError {
  /** Path of the file inside the pack, e.g. "knowledge/breach-72-hours.md". */
  file: string;
  /** 1-based line; absent when the problem is the file as a whole (e.g. it is missing). */
  line?: number;
  message: string;
}

/**
 * @example formatPackError({ file: 'knowledge/a.md', line: 3, message: 'missing "section"' }) // 'knowledge/a.md:3: missing "section"'
 */
export function formatPackError(error: PackError): string {
  return `${error.file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`;
}
