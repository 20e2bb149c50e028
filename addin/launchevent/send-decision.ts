// Turns a check's outcome into what the send event completes with. Pure: no Office.js here; the
// handler passes in what the client supports. Two promises hold on every client version:
// - a fault of ours (scan error, timeout) never leaves the sender unable to send, unless the admin
//   configured onScanFailure "block";
// - an attachment that was not fully checked is never a silent allow: the sender is told, with
//   "Send anyway" where the client has it, else by pressing Send a second time.
import type { Config } from '../../shared/policy/config-schema';
import {
  alertText,
  mainFixLabel,
  mainFixOf,
  scanFailureText,
  sendAgainHint,
  smartAlertText,
  type AlertText,
  type Language,
} from '../../shared/i18n/smart-alert-text';
import type { Notice, ScanResult } from '../../shared/scan/types';
import { TASKPANE_COMMAND_ID } from './handler-names';

/** The subset of Office's SmartAlertsEventCompletedOptions we use, as plain data. */
export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: 'promptUser';
}

export interface ClientSupport {
  /** Mailbox 1.14: cancelLabel, commandId, contextData, sendModeOverride. */
  hasTakeAction: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  hasMarkdown: boolean;
}

export type ScanOutcome =
  | {
      ok: true;
      result: ScanResult;
      /** The notices the sender already confirmed by pressing Send again (see noticeFingerprint). */
      confirmedNotices?: string;
    }
  | { ok: false; reason: 'error' | 'timeout' };

/** What happened, as a count for the insight view; never content. */
export type SendEventCount = 'scan-failure' | 'scan-failure-let-through' | 'unconfirmed-notice';

export interface SendDecision {
  completion: SendCompletion;
  count?: SendEventCount;
  /** Keep this fingerprint first: the next Send of the same notices means "send anyway". */
  confirmOnResend?: string;
}

export interface SendContext {
  settings: Config['addin'];
  language: Language;
  client: ClientSupport;
}

export function decideSend(outcome: ScanOutcome, context: SendContext): SendDecision {
  const { settings, language, client } = context;
  // "Send anyway" is on offer when the manifest prompts, or the client can switch to prompting.
  const canSendAnyway = client.hasTakeAction || settings.sendMode === 'promptUser';
  if (!outcome.ok) {
    const isBlocking = settings.onScanFailure === 'block';
    if (!isBlocking && !canSendAnyway)
      return { completion: { allowEvent: true }, count: 'scan-failure-let-through' };
    const completion = alert(alertText([scanFailureText(language, isBlocking)]), client);
    if (!isBlocking && client.hasTakeAction) completion.sendModeOverride = 'promptUser';
    return { completion, count: 'scan-failure' };
  }
  const { result } = outcome;
  const fingerprint = noticeFingerprint(result.notices);
  const hasOpenNotices = result.notices.length > 0 && fingerprint !== outcome.confirmedNotices;
  const shown: ScanResult = hasOpenNotices ? result : { ...result, notices: [] };
  if (result.verdict === 'allow' && !hasOpenNotices) return { completion: { allowEvent: true } };
  if (result.verdict === 'allow' && !canSendAnyway) {
    // Only unchecked attachments, on a client without "Send anyway": Send again is the way on.
    const text = smartAlertText(shown, language);
    const hint = sendAgainHint(language);
    return {
      completion: alert(alertText([text.plain, hint]), client),
      confirmOnResend: fingerprint,
    };
  }
  const completion = alert(smartAlertText(shown, language), client);
  if (client.hasTakeAction) {
    completion.cancelLabel = mainFixLabel(mainFixOf(result), language);
    completion.commandId = TASKPANE_COMMAND_ID;
    // Rule ids only: the pane rescans the item itself; no content travels in contextData.
    completion.contextData = JSON.stringify({
      rules: [...new Set(result.findings.map((finding) => finding.rule))],
    });
    // A warning (or an unchecked attachment) lets the sender go on after reading; a block does not.
    if (result.verdict !== 'block') completion.sendModeOverride = 'promptUser';
  }
  return { completion };
}

function alert(text: AlertText, client: ClientSupport): SendCompletion {
  const completion: SendCompletion = { allowEvent: false, errorMessage: text.plain };
  if (client.hasMarkdown) completion.errorMessageMarkdown = text.markdown;
  return completion;
}

/**
 * Which notices a confirmation covers: code and file per notice, hashed (FNV-1a) so that session
 * data holds no file names for it. A new or different unchecked attachment asks again.
 */
function noticeFingerprint(notices: readonly Notice[]): string {
  const text = notices
    .map((notice) => `${notice.code}|${notice.attachment}`)
    .sort()
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${notices.length}:${(hash >>> 0).toString(16)}`;
}
