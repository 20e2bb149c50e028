// Counts "Was dit nuttig?" answers per knowledge-base entry. Only the count is kept, never who
// answered: it shows which entries need better wording.

interface FeedbackCounts {
  useful: number;
  notUseful: number;
}

export interface FeedbackCounter {
  /** Records one answer and returns the entry's totals so far. */
  record(entryId: string, useful: boolean): FeedbackCounts;
}

export function createFeedbackCounter(): FeedbackCounter {
  const counts = new Map<string, FeedbackCounts>();
  return {
    record(entryId, useful) {
      const current = counts.get(entryId) ?? { useful: 0, notUseful: 0 };
      const next = useful
        ? { ...current, useful: current.useful + 1 }
        : { ...current, notUseful: current.notUseful + 1 };
      counts.set(entryId, next);
      return next;
    },
  };
}
