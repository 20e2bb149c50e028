// The insight counts in memory: the SQL store's twin for unit tests and the API harness, with the
// same rules (keyed sender hashes per open month, closed months keep only their numbers).
import type { StoredCell } from '../../shared/insight/insight-report';
import {
  newMonthSalt,
  senderCell,
  senderHash,
  type InsightCountsTable,
  type InsightStore,
} from './insight-store';

export function createMemoryInsightStore(): InsightStore {
  const counts = new Map<string, InsightCountsTable>();
  const senders = new Map<string, Set<string>>();
  const salts = new Map<string, string>();
  const openSenders = (row: InsightCountsTable) =>
    senders.get(`${row.month}|${row.school}|${row.metric}|${row.rule}|${row.detail}`)?.size ?? 0;
  const stored = (row: InsightCountsTable): StoredCell => ({
    ...row,
    metric: row.metric as StoredCell['metric'],
    rule: row.rule as StoredCell['rule'],
    senders: row.senders ?? openSenders(row),
  });

  return {
    record({ month, school, cells, sender }) {
      if (cells.length === 0) return Promise.resolve();
      const salt = salts.get(month) ?? newMonthSalt();
      salts.set(month, salt);
      for (const cell of cells) {
        const key = `${month}|${senderCell(school, cell)}`;
        const row = counts.get(key) ?? { month, school, ...cell, count: 0, senders: null };
        counts.set(key, { ...row, count: row.count + cell.count });
        const seen = senders.get(key) ?? new Set<string>();
        seen.add(senderHash(salt, senderCell(school, cell), sender));
        senders.set(key, seen);
      }
      return Promise.resolve();
    },
    listCells(from, to) {
      return Promise.resolve(
        [...counts.values()]
          .filter((row) => row.month >= from && row.month <= to)
          .sort((a, b) =>
            `${a.month}|${a.school}|${a.metric}|${a.rule}|${a.detail}`.localeCompare(
              `${b.month}|${b.school}|${b.metric}|${b.rule}|${b.detail}`,
            ),
          )
          .map(stored),
      );
    },
    closeMonthsBefore(month) {
      for (const [key, row] of counts)
        if (row.month < month && row.senders === null)
          counts.set(key, { ...row, senders: openSenders(row) });
      for (const key of senders.keys()) if (key < month) senders.delete(key);
      for (const key of salts.keys()) if (key < month) salts.delete(key);
      return Promise.resolve();
    },
    pruneBefore(month) {
      for (const [key, row] of counts) if (row.month < month) counts.delete(key);
      return Promise.resolve();
    },
  };
}
