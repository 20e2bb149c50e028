// Turns a scan outcome into what the send event completes with. Pure: no Office.js here; the
// handler passes in what the client supports.
import type { Config } from '../../shared/policy/config-schema';
import {
  mainFixLabel,
  mainFixOf,
  scanFailureText,
  smartAlertText,
  type Language,
} from '../../shared/i18n/smart-alert-text';
import type { ScanResult } from '../../shared/scan/types';
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
  { ok: true; result: ScanResult } | { ok: false; reason: 'error' | 'timeout' };

export function decideSend(
  outcome: ScanOutcome,
  settings: Config['addin'],
  language: Language,
  client: ClientSupport,
): SendCompletion {
  if (!outcome.ok) {
    const isBlocking = settings.onScanFailure === 'block';
    // Fail safe (DESIGN.md): the sender is told, and may send anyway unless the admin chose block.
    return {
      allowEvent: false,
      errorMessage: scanFailureText(language, isBlocking),
      ...(client.hasTakeAction && !isBlocking ? { sendModeOverride: 'promptUser' as const } : {}),
    };
  }
  const { result } = outcome;
  if (result.verdict === 'allow') return { allowEvent: true };
  const text = smartAlertText(result, language);
  const completion: SendCompletion = { allowEvent: false, errorMessage: text };
  if (client.hasMarkdown) completion.errorMessageMarkdown = text;
  if (client.hasTakeAction) {
    completion.cancelLabel = mainFixLabel(mainFixOf(result), language);
    completion.commandId = TASKPANE_COMMAND_ID;
    // Rule ids only: the pane rescans the item itself; no content travels in contextData.
    completion.contextData = JSON.stringify({
      rules: [...new Set(result.findings.map((finding) => finding.rule))],
    });
    // A warning lets the sender go on after reading it; a block does not.
    if (result.verdict === 'warn') completion.sendModeOverride = 'promptUser';
  }
  return completion;
}
