// The Inzicht view's "top unanswered questions" for a period: the months' groups merged where they
// ask the same thing (the grouping's own similarity), counted, largest first, with the askers'
// schools; for one school only its own questions. Pure.
import { ALL_SCHOOLS } from '../../shared/insight/insight-report';
import { UNKNOWN_SCHOOL } from '../../shared/insight/school-of-domain';
import type { UnansweredGroup } from '../store/unanswered-store';
import { closestGroup } from './question-groups';

export interface UnansweredSummary {
  /** The scrubbed text of the group's first question in the period. */
  question: string;
  /** Declined plus not helpful. */
  count: number;
  declined: number;
  notHelpful: number;
  /** The months (YYYY-MM) it was asked in, oldest first. */
  months: string[];
  /** The askers' schools, in order of first asking; "onbekend" when not known. */
  schools: string[];
}

/**
 * @param groups Oldest first, as UnansweredStore.listGroups gives them.
 * @example topUnanswered(groups, { school: '*', limit: 10 })[0] // { question: 'mag ik [naam] ...', count: 7, ... }
 */
export function topUnanswered(
  groups: readonly UnansweredGroup[],
  /** `school`: one school, or ALL_SCHOOLS ("*") for every school together. */
  options: { school: string; limit: number },
): UnansweredSummary[] {
  const merged: (UnansweredSummary & { terms: readonly string[] })[] = [];
  for (const group of groups) {
    // Rows from before schools were known have '' as their school.
    const school = group.school || UNKNOWN_SCHOOL;
    if (options.school !== ALL_SCHOOLS && school !== options.school) continue;
    const same = closestGroup(group.terms, merged);
    if (!same) {
      merged.push({
        question: group.question,
        terms: group.terms,
        count: group.declined + group.notHelpful,
        declined: group.declined,
        notHelpful: group.notHelpful,
        months: [group.month],
        schools: [school],
      });
      continue;
    }
    same.count += group.declined + group.notHelpful;
    same.declined += group.declined;
    same.notHelpful += group.notHelpful;
    if (!same.months.includes(group.month)) same.months.push(group.month);
    if (!same.schools.includes(school)) same.schools.push(school);
  }
  return merged
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, options.limit)
    .map(({ terms: _terms, ...summary }) => summary);
}
