// The Outlook add-in as both manifests describe it: its events, runtimes and buttons. The unified
// and the XML manifest are both built from this, with the names the event script registers.
import { HANDLER_NAMES, TASKPANE_COMMAND_ID } from '../addin/launchevent/handler-names';
import type { Config } from '../shared/policy/config-schema';

/** Mailbox requirement set the add-in needs to install: Smart Alerts (event.completed options) came in 1.12. */
export const MAILBOX_MIN_VERSION = '1.12';

export type SendMode = Config['addin']['sendMode'];

/** One auto-run event: its name in the unified manifest, in the XML manifest, and its handler. */
export interface AddinEvent {
  unifiedType: string;
  xmlType: string;
  handler: string;
  /** Only the send event takes a send mode. */
  hasSendMode: boolean;
}

export const ADDIN_EVENTS: readonly AddinEvent[] = [
  {
    unifiedType: 'messageSending',
    xmlType: 'OnMessageSend',
    handler: HANDLER_NAMES.messageSend,
    hasSendMode: true,
  },
  // Compose opened, including reply, forward and a reopened draft (Mailbox 1.12, the add-in's own
  // minimum, on web, new and classic Windows and Mac): attachments already on the mail are read
  // before Send. OnNewMessageCompose (1.10) is not declared too: it misses reopened drafts and
  // would read the same files a second time in a second event instance.
  {
    unifiedType: 'messageComposeOpened',
    xmlType: 'OnMessageCompose',
    handler: HANDLER_NAMES.composeOpened,
    hasSendMode: false,
  },
  {
    unifiedType: 'messageRecipientsChanged',
    xmlType: 'OnMessageRecipientsChanged',
    handler: HANDLER_NAMES.recipientsChanged,
    hasSendMode: false,
  },
  {
    unifiedType: 'messageAttachmentsChanged',
    xmlType: 'OnMessageAttachmentsChanged',
    handler: HANDLER_NAMES.attachmentsChanged,
    hasSendMode: false,
  },
];

/** The XML manifest spells the configured send mode with a capital. */
export const XML_SEND_MODE: Record<SendMode, string> = {
  promptUser: 'PromptUser',
  softBlock: 'SoftBlock',
  block: 'Block',
};

export const RUNTIME_IDS = {
  events: 'privacywachtEvents',
  taskpane: 'privacywachtTaskpane',
} as const;

/** The action the task pane buttons run. */
export const OPEN_TASKPANE_ACTION = 'openPrivacywachtTaskpane';

/**
 * The compose button is the one Smart Alerts' "Take action" opens (event.completed's commandId),
 * and, as the first control, gives the unified manifest's information bar its icon.
 */
export const TASKPANE_BUTTONS = {
  compose: TASKPANE_COMMAND_ID,
  read: 'privacywachtReadTaskpaneButton',
} as const;
