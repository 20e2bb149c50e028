// The OnMessageSend handler: read the draft, judge every attachment (cached, else read now within
// the time left), scan, decide, complete — one straight line, with event.completed called exactly
// once whatever fails. A scan that throws or overruns its budget completes fail-safe
// (send-decision.ts), so a fault of ours never silently blocks a teacher's mail.
import type { PrescannedAttachments } from '../../shared/scan/engine';
import type { MailAttachment, MailInput, ScanResult } from '../../shared/scan/types';
import type { SendCheck } from '../insight/send-outcome';
import type { AttachmentCacheStore } from './attachment-cache';
import type { AttachmentSource } from './attachment-source';
import { checkAttachments } from './check-attachments';
import {
  decideSend,
  type ScanOutcome,
  type SendCompletion,
  type SendContext,
  type SendEventCount,
} from './send-decision';

export interface SendEvent {
  completed(options: SendCompletion): void;
}

/** The sender's "send anyway" on clients without the button: kept between two presses on Send. */
export interface ConfirmationStore {
  load(): Promise<string | undefined>;
  /** False when it could not be kept. */
  save(fingerprint: string): Promise<boolean>;
}

export interface SendHandlerDependencies extends SendContext {
  readMail: () => Promise<Omit<MailInput, 'attachments'>>;
  source: AttachmentSource;
  cache: Pick<AttachmentCacheStore, 'load' | 'save'>;
  confirmations: ConfirmationStore;
  prescan: (attachments: MailAttachment[]) => PrescannedAttachments;
  scan: (mail: MailInput, prescanned: PrescannedAttachments) => ScanResult;
  /** Counts for the insight view (no content); must not throw or wait. */
  count: (event: SendEventCount) => void;
  /** The check's result and what it let happen, for the insight counts; must not throw or wait. */
  observe: (check: SendCheck) => void;
  /** setTimeout, injected so tests need no real waiting. */
  setTimer: (callback: () => void, milliseconds: number) => unknown;
}

/** Share of the budget for reading attachments; the rest is for scanning what was read. */
const READ_SHARE = 0.6;

export async function handleMessageSend(
  event: SendEvent,
  dependencies: SendHandlerDependencies,
): Promise<void> {
  let completion: SendCompletion = { allowEvent: true };
  try {
    const { settings, setTimer } = dependencies;
    const deadline = new Promise<void>((resolve) =>
      setTimer(resolve, Math.round(settings.scanBudgetMs * READ_SHARE)),
    );
    const outcome = await withinBudget(checkDraft(dependencies, deadline), dependencies);
    const decision = decideSend(outcome, dependencies);
    completion = decision.completion;
    if (decision.confirmOnResend !== undefined) {
      const isKept = await dependencies.confirmations
        .save(decision.confirmOnResend)
        .catch(() => false);
      // Without a kept confirmation the second Send would stop again: let this one go.
      if (!isKept) {
        completion = { allowEvent: true };
        dependencies.count('unconfirmed-notice');
      }
    }
    if (decision.count) dependencies.count(decision.count);
    if (outcome.ok)
      dependencies.observe({
        result: outcome.result,
        isAllowed: completion.allowEvent,
        offeredSendAnyway:
          completion.sendModeOverride === 'promptUser' || settings.sendMode === 'promptUser',
      });
  } catch {
    completion = failSafe(dependencies);
  }
  event.completed(completion);
}

/** After a bug of ours in deciding: the configured failure behaviour, else let the mail go. */
function failSafe(context: SendContext): SendCompletion {
  try {
    return decideSend({ ok: false, reason: 'error' }, context).completion;
  } catch {
    return { allowEvent: true };
  }
}

async function checkDraft(
  dependencies: SendHandlerDependencies,
  deadline: Promise<void>,
): Promise<ScanOutcome> {
  try {
    const { source, cache, confirmations } = dependencies;
    const [mail, listed, cached, confirmedNotices] = await Promise.all([
      dependencies.readMail(),
      source.list(),
      cache.load().catch(() => new Map()),
      confirmations.load().catch(() => undefined),
    ]);
    const check = await checkAttachments(listed, cached, { ...dependencies, deadline });
    // Kept for a second Send (after a fix); not awaited: the sender is waiting.
    for (const [key, entry] of check.fresh) void cache.save(key, entry).catch(() => false);
    const attachments = listed.map(({ name, size }) => ({ name, size }));
    const result = dependencies.scan({ ...mail, attachments }, check.prescanned);
    return confirmedNotices === undefined
      ? { ok: true, result }
      : { ok: true, result, confirmedNotices };
  } catch {
    return { ok: false, reason: 'error' };
  }
}

/** The check's outcome, or a timeout once the budget is spent (Outlook's delay dialog comes at ~5 s). */
function withinBudget(
  work: Promise<ScanOutcome>,
  { settings, setTimer }: SendHandlerDependencies,
): Promise<ScanOutcome> {
  return new Promise((resolve) => {
    setTimer(() => resolve({ ok: false, reason: 'timeout' }), settings.scanBudgetMs);
    void work.then(resolve);
  });
}
