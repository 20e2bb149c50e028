// "Was dit nuttig?" counts in memory: the SQL store's twin for unit tests and a bot without a
// register.
import type { AnswerFeedbackStore, EntryFeedback } from './answer-feedback-store';

export function createMemoryAnswerFeedbackStore(): AnswerFeedbackStore {
  const counts = new Map<string, EntryFeedback>();
  return {
    record(month, entryId, useful) {
      const key = `${month}|${entryId}`;
      const row = counts.get(key) ?? { month, entryId, useful: 0, notUseful: 0 };
      counts.set(
        key,
        useful ? { ...row, useful: row.useful + 1 } : { ...row, notUseful: row.notUseful + 1 },
      );
      return Promise.resolve();
    },
    list(from, to) {
      return Promise.resolve(
        [...counts.values()]
          .filter((row) => row.month >= from && row.month <= to)
          .sort((a, b) => `${a.month}|${a.entryId}`.localeCompare(`${b.month}|${b.entryId}`))
          .map((row) => ({ ...row })),
      );
    },
    pruneBefore(month) {
      for (const [key, row] of counts) if (row.month < month) counts.delete(key);
      return Promise.resolve();
    },
  };
}
