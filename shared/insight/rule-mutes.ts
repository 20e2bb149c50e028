// Adaptive muting (issue 17): the privacy officer may lower one rule from a warning to a notice for
// one school whose senders keep calling it a false alarm. Only a warning can be lowered (a BSN that
// blocks stays blocked); a lowered rule still shows its finding as information, it just no longer
// stops the mail. Pure: the add-in applies it to its scan policy, the service checks it on the way in.
import type { ScanPolicy } from '../scan/scan-policy';
import { RULE_IDS, type RuleId, type Verdict } from '../scan/types';

/** Whether a rule with this configured verdict can be lowered to a notice. */
export function isMutable(verdict: Verdict): boolean {
  return verdict === 'warn';
}

/**
 * The policy with these rules lowered to a notice ("allow": the finding shows as information).
 * @example applyRuleMutes(policy, ['pupil-file']).verdicts['pupil-file'] // 'allow'
 */
export function applyRuleMutes(policy: ScanPolicy, rules: readonly RuleId[]): ScanPolicy {
  const lowered = rules.filter((rule) => isMutable(policy.verdicts[rule]));
  if (lowered.length === 0) return policy;
  const verdicts = { ...policy.verdicts };
  for (const rule of lowered) verdicts[rule] = 'allow';
  return { ...policy, verdicts };
}

/** Rule ids from untrusted data (the service's answer, roaming settings): known ones only, once. */
export function ruleIdsOf(value: unknown): RuleId[] {
  if (!Array.isArray(value)) return [];
  return RULE_IDS.filter((rule) => value.includes(rule));
}
