// A draft letter as a Word document (.docx, made with the `docx` package): the Dutch letter first,
// the English version on a page of its own. A person opens it, edits it and sends it themselves;
// Privacywacht never sends it (GDPR art. 34 leaves the wording and the channel to the school).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { LetterDraft } from './subject-notice';

type Language = 'nl' | 'en';

export const DOCX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One language's letter: subject as title, greeting, each section with its heading, closing. */
function letterParagraphs(letter: LetterDraft, language: Language): Paragraph[] {
  const lines = (text: string) =>
    text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 }));
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: language === 'en',
      children: [new TextRun(letter.subject[language])],
    }),
    new Paragraph({ children: [new TextRun(letter.greeting[language])] }),
    ...letter.sections.flatMap((section) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(section.heading[language])],
      }),
      new Paragraph({ children: lines(section.text[language]) }),
    ]),
    new Paragraph({ spacing: { before: 240 }, children: lines(letter.closing[language]) }),
  ];
}

/**
 * The letter as .docx bytes, Dutch then English.
 * @example await writeFile('brief.docx', await letterToDocx(letters.notice))
 */
export async function letterToDocx(letter: LetterDraft): Promise<Buffer> {
  const document = new Document({
    title: letter.subject.nl,
    description: 'Concept uit het datalekregister (Privacywacht); controleer en pas aan.',
    creator: 'Privacywacht',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      { children: letterParagraphs(letter, 'nl') },
      { children: letterParagraphs(letter, 'en') },
    ],
  });
  return Packer.toBuffer(document);
}
