// What a send decision counts for the insight view, and what the sender did about it. The add-in
// sees only its own events, so what it knows is this:
// - the check let the mail go at once: counted, nothing to act on;
// - the check stopped the mail: the draft's decision stays open (its rules, the strictest verdict);
// - a later Send of the same draft goes: per rule "fixed" (the main fix was applied in the task
//   pane), "changed" (the rule no longer fires without it) or "sent-anyway" (it still fires);
// - the draft is never seen again: "sent-anyway" when the alert offered "Send anyway", else
//   "cancelled". (A draft discarded after a "Send anyway" offer looks the same: counted as sent.)
// Pure: the draft id, the facts about the client and the time are passed in.
import type { ClientKind, RequirementLevel, SenderAction } from '../../shared/insight/event-fields';
import type { InsightEvent, SendEvent } from '../../shared/insight/insight-events';
import {
  CONTENT_RULES,
  VERDICTS,
  type NoticeCode,
  type RuleId,
  type ScanResult,
  type Verdict,
} from '../../shared/scan/types';

/** Where and when: the sender's mail domain (never the address), the month, the client. */
export interface SendFacts {
  month: string;
  domain: string;
  client: ClientKind;
  level: RequirementLevel;
}

/** A draft the check stopped, waiting for its next Send (or for being given up on). */
export interface OpenDecision extends SendFacts {
  /** A random id kept in the draft's session data, nothing from the mail. */
  draft: string;
  /** When the check first stopped it (ms). */
  since: number;
  verdict: Verdict;
  rules: RuleId[];
  unread: NoticeCode[];
  /** The alert offered "Send anyway": a draft not seen again most likely went. */
  offeredSendAnyway: boolean;
}

export interface SendCheck {
  result: ScanResult;
  /** The check let the mail go. */
  isAllowed: boolean;
  offeredSendAnyway: boolean;
}

export type Settled =
  { kind: 'open'; open: OpenDecision } | { kind: 'done'; event: InsightEvent; closes?: string };

/** Rules that asked the sender to act: not notes, nor content rules once the mail goes encrypted. */
function rulesToAct(result: ScanResult): RuleId[] {
  const rules = result.findings
    .filter((finding) => finding.severity !== 'info')
    .filter((finding) => !(result.isMarkedEncrypted && CONTENT_RULES.includes(finding.rule)))
    .map((finding) => finding.rule);
  return [...new Set(rules)];
}

/**
 * Settles one Send of a draft: a counted event when the mail goes, else the draft's open decision.
 * @example settleSend(check, undefined, [], facts, 'd1', Date.now()) // { kind: 'done', event: { type: 'send', … } }
 */
export function settleSend(
  check: SendCheck,
  previous: OpenDecision | undefined,
  fixedRules: readonly RuleId[],
  facts: SendFacts,
  draft: string,
  now: number,
): Settled {
  const { result } = check;
  const rules = rulesToAct(result);
  const unread = [...new Set(result.notices.map((notice) => notice.code))];
  if (!check.isAllowed)
    return {
      kind: 'open',
      open: {
        ...(previous ?? facts),
        draft,
        since: previous?.since ?? now,
        verdict: strictest(previous?.verdict, result.verdict),
        rules: union(previous?.rules, rules),
        unread: union(previous?.unread, unread),
        offeredSendAnyway: check.offeredSendAnyway,
      },
    };
  const actions: SendEvent['actions'] = {};
  for (const rule of union(previous?.rules, rules))
    actions[rule] = rules.includes(rule)
      ? 'sent-anyway'
      : fixedRules.includes(rule)
        ? 'fixed'
        : 'changed';
  const event: SendEvent = {
    type: 'send',
    ...pickFacts(previous ?? facts),
    verdict: strictest(previous?.verdict, result.verdict),
    rules: union(previous?.rules, rules),
    actions,
    isEncrypted: result.isMarkedEncrypted,
    unread: union(previous?.unread, unread),
  };
  return previous ? { kind: 'done', event, closes: previous.draft } : { kind: 'done', event };
}

/**
 * A draft the check stopped and that never came back: what the sender most likely did. Unless
 * `wasFollowed` is false (no session data to follow it by): then what they did is left out.
 */
export function settleAbandoned(open: OpenDecision, wasFollowed = true): InsightEvent {
  const action: SenderAction = open.offeredSendAnyway ? 'sent-anyway' : 'cancelled';
  return {
    type: 'send',
    ...pickFacts(open),
    verdict: open.verdict,
    rules: open.rules,
    actions: wasFollowed ? Object.fromEntries(open.rules.map((rule) => [rule, action])) : {},
    isEncrypted: false,
    unread: open.unread,
  };
}

function pickFacts({ month, domain, client, level }: SendFacts): SendFacts {
  return { month, domain, client, level };
}

function strictest(a: Verdict | undefined, b: Verdict): Verdict {
  return a && VERDICTS.indexOf(a) > VERDICTS.indexOf(b) ? a : b;
}

function union<T>(a: readonly T[] | undefined, b: readonly T[]): T[] {
  return [...new Set([...(a ?? []), ...b])];
}
