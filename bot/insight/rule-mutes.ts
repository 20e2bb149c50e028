// Which rules are lowered to a notice for which school, from the audited changes (oldest first):
// the latest change per school and rule decides. Pure.
import type { RuleId } from '../../shared/scan/types';
import type { RuleMuteChange } from '../store/rule-mute-store';

export interface ActiveMute {
  school: string;
  rule: RuleId;
  /** The change that lowered it. */
  since: string;
  by: string;
  reason: string;
}

/** @example activeMutes([mute('BS De Wissel', 'pupil-file'), restore('BS De Wissel', 'pupil-file')]) // [] */
export function activeMutes(history: readonly RuleMuteChange[]): ActiveMute[] {
  const latest = new Map<string, RuleMuteChange>();
  for (const change of history) latest.set(`${change.school}\n${change.rule}`, change);
  return [...latest.values()]
    .filter((change) => change.kind === 'mute')
    .map((change) => ({
      school: change.school,
      rule: change.rule,
      since: change.at,
      by: change.actor.name,
      reason: change.reason,
    }))
    .sort((a, b) => a.school.localeCompare(b.school) || a.rule.localeCompare(b.rule));
}

/** The rules lowered for one school. */
export function mutedRulesOf(history: readonly RuleMuteChange[], school: string): RuleId[] {
  return activeMutes(history)
    .filter((mute) => mute.school === school)
    .map((mute) => mute.rule);
}
