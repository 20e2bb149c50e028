// Unanswered questions in memory: the SQL store's twin for unit tests, the API harness and a bot
// without a register, with the same grouping and the same bound per month.
import { closestGroup } from '../insight/question-groups';
import {
  MAX_GROUPS_PER_MONTH,
  type UnansweredGroup,
  type UnansweredStore,
} from './unanswered-store';

export function createMemoryUnansweredStore(): UnansweredStore {
  let groups: UnansweredGroup[] = [];
  const copy = (group: UnansweredGroup): UnansweredGroup => ({ ...group, terms: [...group.terms] });
  return {
    record(question) {
      const same = groups.filter(
        (group) => group.month === question.month && group.school === question.school,
      );
      const group = closestGroup(question.terms, same);
      if (group) {
        if (question.reason === 'declined') group.declined++;
        else group.notHelpful++;
        return Promise.resolve('counted');
      }
      if (same.length >= MAX_GROUPS_PER_MONTH) return Promise.resolve('full');
      groups.push({
        month: question.month,
        school: question.school,
        question: question.question,
        terms: [...question.terms],
        declined: question.reason === 'declined' ? 1 : 0,
        notHelpful: question.reason === 'not-helpful' ? 1 : 0,
      });
      return Promise.resolve('new');
    },
    listGroups(from, to) {
      return Promise.resolve(
        groups
          .filter((group) => group.month >= from && group.month <= to)
          .sort((a, b) => a.month.localeCompare(b.month))
          .map(copy),
      );
    },
    pruneBefore(month) {
      groups = groups.filter((group) => group.month >= month);
      return Promise.resolve();
    },
  };
}
