// The draft's session data (Mailbox 1.11): key-value text that lives as long as the compose item and
// is shared by every event instance of the add-in on it. Limited to 50,000 characters per add-in on
// clients before Mailbox 1.16; a write over the limit fails, and callers treat that as "not kept".
import { call } from './office-call';

function sessionData(): Office.SessionData | undefined {
  if (!Office.context.requirements.isSetSupported('Mailbox', '1.11')) return undefined;
  return (Office.context.mailbox.item as Office.MessageCompose | null)?.sessionData;
}

/** Every key-value pair; some clients hand the set over as a JSON string. */
export async function readSessionData(): Promise<Record<string, unknown>> {
  const data = sessionData();
  if (!data) return {};
  const all = await call<object | string>((done) => data.getAllAsync(done));
  const value: unknown = typeof all === 'string' ? JSON.parse(all || '{}') : all;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Writes one key; resolves false instead of failing (no session data, limit reached, item gone). */
export async function writeSessionValue(key: string, value: string): Promise<boolean> {
  const data = sessionData();
  if (!data) return false;
  return call<void>((done) => data.setAsync(key, value, done)).then(
    () => true,
    () => false,
  );
}

export async function removeSessionValues(keys: readonly string[]): Promise<void> {
  const data = sessionData();
  if (!data) return;
  for (const key of keys)
    await call<void>((done) => data.removeAsync(key, done)).catch(() => undefined);
}
