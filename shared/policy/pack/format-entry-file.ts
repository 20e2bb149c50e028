// Writes a knowledge entry as a pack file (knowledge/<id>.md), the exact inverse of readEntryFile:
// for exporting edited entries as a pack folder and for moving a knowledge base into one.
import type { KnowledgeEntry, Language } from '../knowledge/types';

interface Labels {
  title: string;
  answer: string;
  questions: string;
  situations: string;
}
const LABELS: Readonly<Record<Language, Labels>> = {
  nl: { title: 'Titel', answer: 'Antwoord', questions: 'Vragen', situations: 'Situaties' },
  en: { title: 'Title', answer: 'Answer', questions: 'Questions', situations: 'Situations' },
};

/**
 * @example formatEntryFile(entry).startsWith('---\nid: breach-72-hours\n') // true
 */
export function formatEntryFile(entry: KnowledgeEntry): string {
  const list = (key: string, items: readonly string[]) =>
    items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.map((item) => `  - ${item}`)];
  const lines = [
    '---',
    `id: ${entry.id}`,
    `section: ${entry.section}`,
    ...list('related', entry.related),
    `review-by: ${entry.reviewBy}`,
    ...(entry.supplierNames ? list('supplier-names', entry.supplierNames) : []),
    '---',
  ];
  for (const language of ['nl', 'en'] as const) {
    const label = LABELS[language];
    lines.push(
      '',
      `# ${language}`,
      '',
      `## ${label.title}`,
      '',
      entry.title[language],
      '',
      `## ${label.answer}`,
      '',
      entry.answer[language],
      '',
      `## ${label.questions}`,
      '',
      ...entry.questions[language].map((question) => `- ${question}`),
    );
    const situations = entry.situations?.[language];
    if (situations)
      lines.push('', `## ${label.situations}`, '', ...situations.map((each) => `- ${each}`));
  }
  return `${lines.join('\n')}\n`;
}
