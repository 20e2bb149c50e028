// The OnMessageSend handler: read the draft, scan it, decide, complete — one straight line, with
// event.completed called in exactly one place. A scan that throws or overruns its time budget
// completes fail-safe (send-decision.ts), so a fault never silently blocks a teacher's mail.
import type { Config } from '../../shared/policy/config-schema';
import type { Language } from '../../shared/i18n/smart-alert-text';
import type { PrescannedAttachments } from '../../shared/scan/engine';
import type { MailInput, ScanResult } from '../../shared/scan/types';
import { stillApplies, type CachedAttachmentScan } from './cached-attachment-scan';
import {
  decideSend,
  type ClientSupport,
  type ScanOutcome,
  type SendCompletion,
} from './send-decision';

export interface SendEvent {
  completed(options: SendCompletion): void;
}

export interface SendHandlerDependencies {
  readMail: () => Promise<MailInput>;
  /** What the attachments-changed handler found in the attachments' content, if anything. */
  loadAttachmentScan: () => Promise<CachedAttachmentScan | undefined>;
  scan: (mail: MailInput, prescanned?: PrescannedAttachments) => ScanResult;
  settings: Config['addin'];
  language: Language;
  client: ClientSupport;
  /** setTimeout, injected so tests need no real waiting. */
  setTimer: (callback: () => void, milliseconds: number) => unknown;
}

export async function handleMessageSend(
  event: SendEvent,
  dependencies: SendHandlerDependencies,
): Promise<void> {
  const outcome = await withinBudget(scanDraft(dependencies), dependencies);
  event.completed(
    decideSend(outcome, dependencies.settings, dependencies.language, dependencies.client),
  );
}

async function scanDraft({
  readMail,
  loadAttachmentScan,
  scan,
}: SendHandlerDependencies): Promise<ScanOutcome> {
  try {
    const [mail, cached] = await Promise.all([readMail(), loadAttachmentScan()]);
    return { ok: true, result: scan(mail, stillApplies(cached, mail.attachments)) };
  } catch {
    return { ok: false, reason: 'error' };
  }
}

/** The scan's outcome, or a timeout once the budget is spent (Outlook's delay dialog comes at ~5 s). */
function withinBudget(
  work: Promise<ScanOutcome>,
  { settings, setTimer }: SendHandlerDependencies,
): Promise<ScanOutcome> {
  return new Promise((resolve) => {
    setTimer(() => resolve({ ok: false, reason: 'timeout' }), settings.scanBudgetMs);
    void work.then(resolve);
  });
}
