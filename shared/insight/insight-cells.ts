// Turns the add-in's events into counted cells: (metric, rule, detail) → count. The service adds one
// per cell per event for the sender's school and for the whole board; the cells are all it keeps.
import type { RuleId } from '../scan/types';
import type { InsightEvent } from './insight-events';

export type Metric =
  /** Mails the guard checked on send. */
  | 'checked'
  | 'warned'
  | 'blocked'
  /** Mails that went with the encrypted-send marking. */
  | 'encrypted'
  /** A rule asked the sender to act (per rule). */
  | 'rule-fired'
  /** What the sender did about a rule (per rule; detail: the action). */
  | 'action'
  /** Mails not read in full (detail: the reason's notice code, or "any" once per mail). */
  | 'partly-unread'
  /** The check itself failed (detail: the fault). */
  | 'check-fault'
  /** Which Outlook checked (detail: "client level"). */
  | 'client'
  /** "Onterecht" pressed (per rule). */
  | 'false-alarm'
  /** The features of the findings called false alarms (per rule; detail: the feature name). */
  | 'false-alarm-feature';

interface Cell {
  metric: Metric;
  /** Empty when the metric is not per rule. */
  rule: RuleId | '';
  /** Empty when the metric has no further split. */
  detail: string;
}

export interface CellCount extends Cell {
  count: number;
}

/** The one text key of a cell, e.g. "action|bsn|fixed". */
function cellKey(cell: Cell): string {
  return `${cell.metric}|${cell.rule}|${cell.detail}`;
}

const cell = (metric: Metric, rule: RuleId | '' = '', detail = ''): Cell => ({
  metric,
  rule,
  detail,
});

/** The cells one event adds one to. */
function cellsOf(event: InsightEvent): Cell[] {
  switch (event.type) {
    case 'send': {
      const cells = [cell('checked'), cell('client', '', `${event.client} ${event.level}`)];
      if (event.verdict === 'warn') cells.push(cell('warned'));
      if (event.verdict === 'block') cells.push(cell('blocked'));
      if (event.isEncrypted) cells.push(cell('encrypted'));
      for (const rule of new Set(event.rules)) {
        cells.push(cell('rule-fired', rule));
        const action = event.actions[rule];
        if (action) cells.push(cell('action', rule, action));
      }
      if (event.unread.length > 0) cells.push(cell('partly-unread', '', 'any'));
      for (const code of new Set(event.unread)) cells.push(cell('partly-unread', '', code));
      return cells;
    }
    case 'check-fault':
      return [cell('check-fault', '', event.fault)];
    case 'false-alarm':
      return [
        cell('false-alarm', event.rule),
        ...[...new Set(event.features)].map((feature) =>
          cell('false-alarm-feature', event.rule, feature),
        ),
      ];
  }
}

/**
 * The cells of several events with their counts, each cell once.
 * @example countCells([send, send]) // [{ metric: 'checked', rule: '', detail: '', count: 2 }, …]
 */
export function countCells(events: readonly InsightEvent[]): CellCount[] {
  const counts = new Map<string, CellCount>();
  for (const event of events)
    for (const one of cellsOf(event)) {
      const key = cellKey(one);
      const known = counts.get(key);
      if (known) known.count += 1;
      else counts.set(key, { ...one, count: 1 });
    }
  return [...counts.values()];
}
