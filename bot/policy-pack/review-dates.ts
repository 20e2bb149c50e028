// Which entries are past their review date: the policy is reviewed yearly, and an entry whose
// review-by date has passed may cite a section or a rule that changed. Listed for the privacy
// officer, oldest first.
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';

export interface OverdueEntry {
  id: string;
  title: { nl: string; en: string };
  section: string;
  /** YYYY-MM-DD. */
  reviewBy: string;
}

/**
 * @param today YYYY-MM-DD (Amsterdam): an entry due today is not yet past its date.
 * @example entriesPastReview(entries, '2026-12-04') // [{ id: 'photo-consent', reviewBy: '2026-08-01', … }]
 */
export function entriesPastReview(
  knowledge: readonly KnowledgeEntry[],
  today: string,
): OverdueEntry[] {
  return knowledge
    .filter((entry) => entry.reviewBy < today)
    .map(({ id, title, section, reviewBy }) => ({ id, title, section, reviewBy }))
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.id.localeCompare(b.id));
}
