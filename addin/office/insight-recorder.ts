// Keeps the insight counts in the add-in's roaming settings (the user's own mailbox), bounded by
// addin/insight/insight-queue.ts, and follows a stopped draft through its session data: a random
// draft id and the rules fixed with the main fix. Nothing from the mail is kept: ids and names of
// rules, verdicts and reasons only. Best effort throughout: never throws, never holds up a send.
import {
  REQUIREMENT_LEVELS,
  type CheckFault,
  type ClientKind,
  type RequirementLevel,
} from '../../shared/insight/event-fields';
import type { FeatureName } from '../../shared/insight/finding-features';
import { RULE_IDS, type RuleId } from '../../shared/scan/types';
import {
  addEvents,
  closeOpen,
  parseQueue,
  putOpen,
  settleStale,
  type InsightQueue,
} from '../insight/insight-queue';
import {
  settleAbandoned,
  settleSend,
  type SendCheck,
  type SendFacts,
} from '../insight/send-outcome';
import { call } from './office-call';
import { readSessionData, writeSessionValue } from './session-data';

const QUEUE_KEY = 'privacywacht.insight';
const DRAFT_KEY = 'privacywacht.draft';
const FIXED_KEY = 'privacywacht.fixed';

/** The sender's domain (not the address), this month, and which Outlook at which level. */
function sendFacts(now: Date = new Date()): SendFacts {
  const address = Office.context.mailbox.userProfile.emailAddress;
  return {
    // UTC, not Amsterdam: classic Outlook's JavaScript-only runtime may lack time-zone data; a
    // count near midnight on the last day lands a month off, which a monthly count can bear.
    month: now.toISOString().slice(0, 7),
    domain: address.slice(address.lastIndexOf('@') + 1).toLowerCase(),
    client: clientKind(),
    level: requirementLevel(),
  };
}

function clientKind(): ClientKind {
  // Older clients and the preview's fake have no diagnostics: "other".
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  switch (String(diagnostics?.platform)) {
    case 'PC':
      return 'classic-windows';
    case 'OfficeOnline':
      return 'new-outlook-web';
    case 'Mac':
      return 'mac';
    case 'iOS':
    case 'Android':
      return 'mobile';
    default:
      return 'other';
  }
}

function requirementLevel(): RequirementLevel {
  const supported = REQUIREMENT_LEVELS.filter((level) =>
    Office.context.requirements.isSetSupported('Mailbox', level),
  );
  return supported.at(-1) ?? '1.8';
}

export function loadQueue(): InsightQueue {
  return parseQueue(Office.context.roamingSettings.get(QUEUE_KEY));
}

export async function saveQueue(queue: InsightQueue): Promise<void> {
  const settings = Office.context.roamingSettings;
  settings.set(QUEUE_KEY, queue);
  await call<void>((done) => settings.saveAsync(done));
}

async function update(change: (queue: InsightQueue) => InsightQueue): Promise<void> {
  await saveQueue(change(loadQueue()));
}

/** This draft's id in its session data (made on first use); undefined before Mailbox 1.11. */
async function draftId(): Promise<string | undefined> {
  const stored = (await readSessionData())[DRAFT_KEY];
  if (typeof stored === 'string' && stored) return stored;
  const made = Math.random().toString(36).slice(2, 14);
  return (await writeSessionValue(DRAFT_KEY, made)) ? made : undefined;
}

async function fixedRules(): Promise<RuleId[]> {
  const stored = (await readSessionData())[FIXED_KEY];
  const names = typeof stored === 'string' ? stored.split(',') : [];
  return RULE_IDS.filter((rule) => names.includes(rule));
}

/** Counts one Send: a finished decision, or the draft's open one (see send-outcome.ts). */
export async function recordSendCheck(check: SendCheck, now: Date = new Date()): Promise<void> {
  try {
    const facts = sendFacts(now);
    const [draft, fixed] = await Promise.all([draftId(), fixedRules()]);
    await update((stored) => {
      const queue = settleStale(stored, now.getTime());
      const previous = queue.open.find((item) => item.draft === draft);
      const settled = settleSend(check, previous, fixed, facts, draft ?? '', now.getTime());
      if (settled.kind === 'done') {
        const next = addEvents(queue, [settled.event]);
        return settled.closes ? closeOpen(next, settled.closes) : next;
      }
      // Without session data the draft cannot be followed: count it now, actions unknown.
      if (!draft) return addEvents(queue, [settleAbandoned(settled.open, false)]);
      return putOpen(queue, settled.open);
    });
  } catch {
    // Counting must never stand between a teacher and the Send button.
  }
}

/** Counts a fault of the check itself (it failed, timed out or could not keep a confirmation). */
export async function recordCheckFault(fault: CheckFault, now: Date = new Date()): Promise<void> {
  try {
    const { month, domain, client, level } = sendFacts(now);
    await update((queue) =>
      addEvents(queue, [{ type: 'check-fault', month, domain, fault, client, level }]),
    );
  } catch {
    // Best effort, as above.
  }
}

/** Counts an "Onterecht" press: the rule and its feature names, nothing of the mail. */
export async function recordFalseAlarm(
  rule: RuleId,
  features: readonly FeatureName[],
  now: Date = new Date(),
): Promise<void> {
  const { month, domain } = sendFacts(now);
  await update((queue) =>
    addEvents(queue, [{ type: 'false-alarm', month, domain, rule, features: [...features] }]),
  );
}

/** The task pane applied these rules' main fix to the draft: its next Send counts them "fixed". */
export async function noteMainFix(rules: readonly RuleId[]): Promise<void> {
  const known = await fixedRules().catch(() => []);
  await writeSessionValue(FIXED_KEY, [...new Set([...known, ...rules])].join(','));
}
