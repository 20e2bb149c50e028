// Sends the waiting insight counts to the service (POST /api/insight/events) with the add-in's
// own token: from the task pane and when a compose window opens, never on Send. Without a page
// origin (classic Outlook's JavaScript-only runtime) or a token it waits for the next chance; on
// failure the bounded queue keeps them (insight-queue.ts).
import { removeSent, settleStale } from '../insight/insight-queue';
import { loadQueue, saveQueue } from './insight-recorder';

const TIMEOUT_MS = 10_000;

export async function flushInsight(now: Date = new Date()): Promise<void> {
  try {
    const stored = loadQueue();
    const queue = settleStale(stored, now.getTime());
    // Roaming settings are saved to the mailbox: only when an abandoned check was settled.
    if (queue.open.length !== stored.open.length) await saveQueue(queue);
    const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
    if (queue.events.length === 0 || !origin || origin === 'null') return;
    const token = await Office.auth.getAccessToken({ allowSignInPrompt: false });
    const sent = queue.events;
    const response = await fetch(new URL('/api/insight/events', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ events: sent }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // Accepted, or refused as invalid (an older add-in's counts): either way not sent again.
    if (response.ok || response.status === 400) await saveQueue(removeSent(loadQueue(), sent));
  } catch {
    // Unreachable, no token, rate-limited: the counts wait for the next chance.
  }
}
