// The draft letters by name, as the API path and the downloaded file call them; no `docx` import,
// so the tab can use it too.

export const LETTER_NAMES = ['notice', 'deletion-request'] as const;
export type LetterName = (typeof LETTER_NAMES)[number];

const FILE_STEM: Record<LetterName, string> = {
  notice: 'brief-betrokkenen',
  'deletion-request': 'verzoek-verwijderen',
};

/** A file name without user text: the letter and the incident number (DL-YYYY-NNNN). */
export function letterFileName(name: LetterName, incidentNumber: string): string {
  const number = incidentNumber.replace(/[^\w-]/g, '');
  return `${FILE_STEM[name]}-${number}.docx`;
}
