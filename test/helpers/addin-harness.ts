// The add-in's event handlers wired to the real Office adapters over the fake mailbox, as
// addin/launchevent/events.ts wires them, with the handler's timers in the test's hands.
import { languageOf } from '../../shared/i18n/smart-alert-text';
import type { ConfigInput } from '../../shared/policy/config-schema';
import { parseConfig } from '../../shared/policy/parse-config';
import { prescanAttachments, scanMail } from '../../shared/scan/engine';
import type { MailAttachment } from '../../shared/scan/types';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { sessionAttachmentCache } from '../../addin/office/attachment-cache-store';
import { officeAttachments } from '../../addin/office/attachments';
import {
  clientSupport,
  displayLanguage,
  readComposedMail,
  showComposeNotice,
} from '../../addin/office/compose-item';
import { sessionConfirmations } from '../../addin/office/send-confirmation-store';
import { mutedPolicy } from '../../addin/office/rule-mutes';
import { recordCheckFault, recordSendCheck } from '../../addin/office/insight-recorder';
import { handleComposeAttachments } from '../../addin/launchevent/on-compose-attachments';
import { handleMessageSend } from '../../addin/launchevent/on-message-send';
import type { SendCompletion } from '../../addin/launchevent/send-decision';
import {
  fakeOffice,
  type FakeDraft,
  type FakeOfficeOptions,
  type FakeOfficeState,
} from '../../addin/preview/office-host/fake-mailbox';
import { EXAMPLE_CONFIG } from './policy';

const globals = globalThis as { Office?: unknown };
/** When the harness's insight counts are taken: September 2026. */
export const COUNTED_AT = new Date('2026-09-14T08:00:00Z');

export interface HarnessOptions extends FakeOfficeOptions {
  config?: Partial<ConfigInput>;
  /** Replaces the engine's scanMail, e.g. with one that throws. */
  scan?: typeof scanMail;
  /** Which of the send handler's timers run out at once: the read deadline or the whole budget. */
  expire?: 'read-deadline' | 'budget';
}

export interface DraftHarness {
  state: FakeOfficeState;
  /** Presses Send; resolves with every completion (must be exactly one), its counts written. */
  send(): Promise<SendCompletion[]>;
  /** OnMessageCompose: the compose form opened. */
  composeOpened(): Promise<void>;
  /** OnMessageAttachmentsChanged, with the event's status and details. */
  attachmentsChanged(change?: {
    attachmentStatus: string;
    attachmentDetails: unknown;
  }): Promise<void>;
}

export function openDraft(draft: FakeDraft, options: HarnessOptions = {}): DraftHarness {
  const state = fakeOffice(draft, options);
  globals.Office = state.office;
  const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...options.config });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const config = parsed.config;
  const policy = buildScanPolicy(config);
  const source = officeAttachments(policy.attachmentReadLimitBytes);
  const prescan = (attachments: MailAttachment[]) => prescanAttachments(attachments, policy);
  const language = () => languageOf(displayLanguage());
  const composeEvent = (change: object = {}) =>
    new Promise<void>((resolve) => {
      void handleComposeAttachments(
        { ...change, completed: () => resolve() },
        {
          source,
          cache: sessionAttachmentCache,
          prescan,
          showNotice: (text) => showComposeNotice('attachments', text),
          language: language(),
        },
      );
    });
  const counting: Promise<void>[] = [];
  return {
    state,
    async send() {
      globals.Office = state.office;
      const completions: SendCompletion[] = [];
      const timers: (() => void)[] = [];
      const budget = config.addin.scanBudgetMs;
      await handleMessageSend(
        { completed: (completion) => completions.push(completion) },
        {
          readMail: () => readComposedMail(config.encryption),
          source,
          cache: sessionAttachmentCache,
          confirmations: sessionConfirmations,
          prescan,
          scan: (mail, prescanned) =>
            (options.scan ?? scanMail)(mail, mutedPolicy(policy), prescanned),
          count: (fault) => {
            counting.push(recordCheckFault(fault, COUNTED_AT));
          },
          observe: (check) => {
            counting.push(recordSendCheck(check, COUNTED_AT));
          },
          settings: config.addin,
          language: language(),
          client: clientSupport(),
          setTimer: (callback, milliseconds) => {
            const isRead = milliseconds < budget;
            if (options.expire === (isRead ? 'read-deadline' : 'budget')) queueMicrotask(callback);
            else timers.push(callback);
          },
        },
      );
      // Timers that run out after completion must not complete a second time.
      timers.forEach((fire) => fire());
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The handler never waits for its insight counts; the test does, so they are in place.
      await Promise.all(counting);
      return completions;
    },
    composeOpened: () => {
      globals.Office = state.office;
      return composeEvent();
    },
    attachmentsChanged: (change) => {
      globals.Office = state.office;
      return composeEvent(change);
    },
  };
}

export function closeDrafts(): void {
  delete globals.Office;
}
