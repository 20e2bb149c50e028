// Writes a knowledge entry as a pack file (knowledge/<id>.md), the exact inverse of readEntryFile:
// for exporting edited entries as a pack folder and for moving a knowledge base into one.
import type { KnowledgeEntry, Language } from '../knowledge/types';

const LABELS: Readonly<Record<Language, { title: string; answer: string; questions: string }>> = {
  nl: { title: 'Titel', answer: 'Antwoord', questions: 'Vragen' },
  en: { title: 'Title', answer: 'Answer', questions: 'Questions' },
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
    ...(entry.situations ? list('situations', entry.situations) : []),
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
  }
  return `${lines.join('\n')}\n`;
}
