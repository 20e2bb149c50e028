// Reads a pack's contents.md: the knowledge entries in their order, one "- id" line each, under
// theme headings. The order is part of the pack: when two entries answer a question equally well,
// the one listed first answers.

export interface ListedEntry {
  id: string;
  /** 1-based line in contents.md. */
  line: number;
}

const LISTED_ID = /^[-*] +(\S+)\s*$/;

/**
 * @example readContentsFile('# Datalekken\n- breach-what-is\n') // [{ id: 'breach-what-is', line: 2 }]
 */
export function readContentsFile(text: string): ListedEntry[] {
  return text.split(/\r?\n/).flatMap((content, at) => {
    const listed = LISTED_ID.exec(content.trim());
    return listed ? [{ id: listed[1] as string, line: at + 1 }] : [];
  });
}
