// The rules the privacy officer lowered to a notice for the sender's school (issue 17, adaptive
// muting): fetched from the service (GET /api/insight/mutes/mine) when the add-in loads — the task
// pane, a compose window opening — and kept in the user's roaming settings, so the send check, which
// never calls the service, applies them from its next load. Best effort: without an answer the
// configured verdicts stand; nothing is lowered that the service did not name.
import { applyRuleMutes, ruleIdsOf } from '../../shared/insight/rule-mutes';
import type { ScanPolicy } from '../../shared/scan/scan-policy';
import type { RuleId } from '../../shared/scan/types';
import { call } from './office-call';

const MUTES_KEY = 'privacywacht.mutes';
const TIMEOUT_MS = 10_000;

/** The sender's mail domain, the grain the service maps to a school (as the insight counts do). */
function senderDomain(): string {
  const address = Office.context.mailbox.userProfile.emailAddress;
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Asks the service for this sender's lowered rules and keeps the answer. Never throws. */
export async function refreshRuleMutes(
  origin = (globalThis as { location?: { origin?: string } }).location?.origin,
): Promise<void> {
  try {
    if (!origin || origin === 'null') return;
    const domain = senderDomain();
    const token = await Office.auth.getAccessToken({ allowSignInPrompt: false });
    const url = new URL('/api/insight/mutes/mine', origin);
    url.searchParams.set('domain', domain);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return;
    const answer = (await response.json()) as { rules?: unknown };
    const rules = ruleIdsOf(answer.rules);
    // Roaming settings are saved to the mailbox: only when the answer changed.
    if (rules.join() === keptRules().join()) return;
    const settings = Office.context.roamingSettings;
    settings.set(MUTES_KEY, { domain, rules });
    await call<void>((done) => settings.saveAsync(done));
  } catch {
    // Unreachable, no token: the last answer (or none) stands.
  }
}

/** The rules kept for this sender's domain; none when kept for another address or not at all. */
function keptRules(): RuleId[] {
  try {
    const kept = Office.context.roamingSettings.get(MUTES_KEY) as
      { domain?: unknown; rules?: unknown } | undefined;
    return kept?.domain === senderDomain() ? ruleIdsOf(kept.rules) : [];
  } catch {
    return [];
  }
}

/** The policy with this sender's school's lowered rules applied; read on every check. */
export function mutedPolicy(policy: ScanPolicy): ScanPolicy {
  return applyRuleMutes(policy, keptRules());
}
