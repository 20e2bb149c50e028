// Insight events as the add-in sends them, and senders to send them as: for the insight API, the
// Inzicht tab and the privacy tests.
import type { InsightEvent } from '../../shared/insight/insight-events';
import type { ApiHarness } from './api-harness';

type SendEvent = Extract<InsightEvent, { type: 'send' }>;

export function sendEvent(changes: Partial<SendEvent> = {}): SendEvent {
  return {
    type: 'send',
    month: '2026-11',
    domain: 'kindante.nl',
    verdict: 'allow',
    rules: [],
    actions: {},
    isEncrypted: false,
    unread: [],
    client: 'new-outlook-web',
    level: '1.15',
    ...changes,
  };
}

/** A token of the n-th made-up teacher (distinct Entra object ids). */
export function senderToken(api: ApiHarness, n: number): Promise<string> {
  const oid = `dddddddd-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return api.entra.token({ claims: { oid, name: `Leerkracht ${n}`, groups: [] } });
}

export async function postEvents(
  api: ApiHarness,
  token: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${api.url}/api/insight/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => undefined) };
}
