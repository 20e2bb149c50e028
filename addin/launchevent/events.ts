// Entry of the event script (one self-contained file for classic Outlook's JavaScript-only runtime
// and the browser runtime). Handlers are registered at the top level: classic Outlook never calls
// Office.onReady for events.
import { languageOf } from '../../shared/i18n/smart-alert-text';
import { prescanAttachments, scanMail } from '../../shared/scan/engine';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import {
  clientSupport,
  displayLanguage,
  loadAttachmentScan,
  readAttachmentFiles,
  readComposedMail,
  readParticipants,
  saveAttachmentScan,
  showComposeNotice,
} from '../office/compose-item';
import { registerEventHandler } from '../office/event-registration';
import { BUILD_CONFIG } from './build-config';
import { HANDLER_NAMES } from './handler-names';
import { handleAttachmentsChanged, type ComposeEvent } from './on-attachments-changed';
import { handleMessageSend, type SendEvent } from './on-message-send';
import { handleRecipientsChanged } from './on-recipients-changed';

const policy = buildScanPolicy(BUILD_CONFIG);

function onMessageSend(event: SendEvent): void {
  void handleMessageSend(event, {
    readMail: () => readComposedMail(BUILD_CONFIG.encryption),
    loadAttachmentScan,
    scan: (mail, prescanned) => scanMail(mail, policy, prescanned),
    settings: BUILD_CONFIG.addin,
    language: languageOf(displayLanguage()),
    client: clientSupport(),
    setTimer: (callback, milliseconds) => setTimeout(callback, milliseconds),
  });
}

function onRecipientsChanged(event: ComposeEvent): void {
  void handleRecipientsChanged(event, {
    readParticipants,
    scan: (mail) => scanMail(mail, policy),
    showNotice: showComposeNotice,
    language: languageOf(displayLanguage()),
  });
}

function onAttachmentsChanged(event: ComposeEvent): void {
  void handleAttachmentsChanged(event, {
    readAttachmentFiles: () => readAttachmentFiles(policy.attachmentReadLimitBytes),
    prescan: (attachments) => prescanAttachments(attachments, policy),
    saveScan: saveAttachmentScan,
    showNotice: showComposeNotice,
    language: languageOf(displayLanguage()),
  });
}

registerEventHandler(HANDLER_NAMES.messageSend, onMessageSend);
registerEventHandler(HANDLER_NAMES.recipientsChanged, onRecipientsChanged);
registerEventHandler(HANDLER_NAMES.attachmentsChanged, onAttachmentsChanged);
