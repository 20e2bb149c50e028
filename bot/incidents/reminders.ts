// Reminders in the incident's thread while the AP decision is open: 48 and 12 hours before the
// deadline, and once it has passed.
import { hasApDecision, type Incident } from './incident';
import type { Label } from './labels';

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

/** The reminder's words, as the thread shows them and as plain text. */
export function reminderText(incidentNumber: string, kind: ReminderKind, deadline: Label): Label {
  switch (kind) {
    case 'before-48h':
      return {
        nl: `Herinnering ${incidentNumber}: nog 48 uur tot de AP-deadline (${deadline.nl}) en er is nog geen besluit over melden.`,
        en: `Reminder ${incidentNumber}: 48 hours left until the AP deadline (${deadline.en}) and no decision on notifying yet.`,
      };
    case 'before-12h':
      return {
        nl: `Herinnering ${incidentNumber}: nog 12 uur tot de AP-deadline (${deadline.nl}). Besluit nu of de melding bij de AP moet.`,
        en: `Reminder ${incidentNumber}: 12 hours left until the AP deadline (${deadline.en}). Decide now whether the AP must be notified.`,
      };
    case 'overdue':
      return {
        nl: `De AP-deadline van ${incidentNumber} is verstreken (${deadline.nl}) zonder besluit. Meld alsnog zo snel mogelijk en leg de reden van de vertraging vast.`,
        en: `The AP deadline of ${incidentNumber} has passed (${deadline.en}) without a decision. Notify as soon as possible and record the reason for the delay.`,
      };
  }
}
