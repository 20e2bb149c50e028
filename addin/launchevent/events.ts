// Entry of the event script (one self-contained file for classic Outlook's JavaScript-only runtime
// and the browser runtime). Handlers are registered at the top level: classic Outlook never calls
// Office.onReady for events.
import { languageOf } from '../../shared/i18n/smart-alert-text';
import { prescanAttachments, scanMail } from '../../shared/scan/engine';
import type { MailAttachment } from '../../shared/scan/types';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { sessionAttachmentCache } from '../office/attachment-cache-store';
import { officeAttachments } from '../office/attachments';
import {
  clientSupport,
  displayLanguage,
  readComposedMail,
  readParticipants,
  showComposeNotice,
} from '../office/compose-item';
import { registerEventHandler } from '../office/event-registration';
import { sessionConfirmations } from '../office/send-confirmation-store';
import { flushInsight } from '../office/insight-client';
import { recordCheckFault, recordSendCheck } from '../office/insight-recorder';
import { mutedPolicy, refreshRuleMutes } from '../office/rule-mutes';
import { BUILD_CONFIG } from './build-config';
import { HANDLER_NAMES } from './handler-names';
import { handleComposeAttachments, type ComposeEvent } from './on-compose-attachments';
import { handleMessageSend, type SendEvent } from './on-message-send';
import { handleRecipientsChanged } from './on-recipients-changed';

const policy = buildScanPolicy(BUILD_CONFIG);
const source = officeAttachments(policy.attachmentReadLimitBytes);
const prescan = (attachments: MailAttachment[]) => prescanAttachments(attachments, policy);

function onMessageSend(event: SendEvent): void {
  void handleMessageSend(event, {
    readMail: () => readComposedMail(BUILD_CONFIG.encryption),
    source,
    cache: sessionAttachmentCache,
    confirmations: sessionConfirmations,
    prescan,
    scan: (mail, prescanned) => scanMail(mail, mutedPolicy(policy), prescanned),
    count: (fault) => void recordCheckFault(fault),
    observe: (check) => void recordSendCheck(check),
    settings: BUILD_CONFIG.addin,
    language: languageOf(displayLanguage()),
    client: clientSupport(),
    setTimer: (callback, milliseconds) => setTimeout(callback, milliseconds),
  });
}

function onRecipientsChanged(event: ComposeEvent): void {
  void handleRecipientsChanged(event, {
    readParticipants,
    scan: (mail) => scanMail(mail, mutedPolicy(policy)),
    showNotice: (text) => showComposeNotice('recipients', text),
    language: languageOf(displayLanguage()),
  });
}

/** Compose opened (new, reply, forward, reopened draft): a quiet moment for the service, then the attachments. */
function onComposeOpened(event: ComposeEvent): void {
  // Send the waiting insight counts and fetch the school's lowered rules once per compose window,
  // never on Send and not again on every attachment change.
  void flushInsight();
  void refreshRuleMutes();
  onComposeAttachments(event);
}

/** Attachments present or changed: read them now. */
function onComposeAttachments(event: ComposeEvent): void {
  void handleComposeAttachments(event, {
    source,
    cache: sessionAttachmentCache,
    prescan,
    showNotice: (text) => showComposeNotice('attachments', text),
    language: languageOf(displayLanguage()),
  });
}

registerEventHandler(HANDLER_NAMES.messageSend, onMessageSend);
registerEventHandler(HANDLER_NAMES.composeOpened, onComposeOpened);
registerEventHandler(HANDLER_NAMES.recipientsChanged, onRecipientsChanged);
registerEventHandler(HANDLER_NAMES.attachmentsChanged, onComposeAttachments);
