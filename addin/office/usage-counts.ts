// Counts for the insight view, kept in the add-in's roaming settings in the user's own mailbox: how
// often a check failed or let a mail through unchecked, per month. Names of events only, never
// content; nothing is sent anywhere from here.
import type { SendEventCount } from '../launchevent/send-decision';

const COUNTS_KEY = 'privacywacht.counts';

/** Adds one to this month's count; best effort, never throws, never waits. */
export function countSendEvent(event: SendEventCount, now: Date = new Date()): void {
  try {
    const settings = Office.context.roamingSettings;
    const stored: unknown = settings.get(COUNTS_KEY);
    const counts: Record<string, number> =
      stored && typeof stored === 'object' ? { ...(stored as Record<string, number>) } : {};
    const key = `${now.toISOString().slice(0, 7)}|${event}`;
    counts[key] = (counts[key] ?? 0) + 1;
    settings.set(COUNTS_KEY, counts);
    settings.saveAsync();
  } catch {
    // Counting must never stand between a teacher and the Send button.
  }
}
