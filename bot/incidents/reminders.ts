// Reminders in the incident's thread while the AP decision is open: 48 and 12 hours before the
// deadline, and once it has passed.
import { hasApDecision, type Incident } from './incident';

const REMINDER_KINDS = ['before-48h', 'before-12h', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const HOURS_BEFORE: Record<ReminderKind, number> = {
  'before-48h': 48,
  'before-12h': 12,
  overdue: 0,
};

function reminderTime(deadline: string, kind: ReminderKind): Date {
  return new Date(Date.parse(deadline) - HOURS_BEFORE[kind] * 3_600_000);
}

/**
 * The reminder that is due now, if any: the latest one whose time has come, and only if that time
 * came after the report (a report made 30 hours after discovery gets no stale "48 hours" note).
 * Whether it was already sent is the store's claim, not this function's.
 */
export function dueReminder(incident: Incident, now: Date): ReminderKind | undefined {
  if (hasApDecision(incident)) return undefined;
  const reportedAt = Date.parse(incident.reportedAt);
  let due: ReminderKind | undefined;
  for (const kind of REMINDER_KINDS) {
    const at = reminderTime(incident.deadline, kind).getTime();
    if (at <= now.getTime() && at >= reportedAt) due = kind;
  }
  return due;
}
