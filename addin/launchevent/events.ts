// Entry of the event script (one self-contained file for classic Outlook's JavaScript-only runtime
// and the browser runtime). Office.actions.associate runs at the top level: classic Outlook never
// calls Office.onReady for events.
import { languageOf } from '../../shared/i18n/smart-alert-text';
import { scanMail } from '../../shared/scan/engine';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import { clientSupport, displayLanguage, readComposedMail } from '../office/compose-item';
import { BUILD_CONFIG } from './build-config';
import { HANDLER_NAMES } from './handler-names';
import { handleMessageSend, type SendEvent } from './on-message-send';

const policy = buildScanPolicy(BUILD_CONFIG);

function onMessageSend(event: SendEvent): void {
  void handleMessageSend(event, {
    readMail: () => readComposedMail(BUILD_CONFIG.encryption),
    scan: (mail) => scanMail(mail, policy),
    settings: BUILD_CONFIG.addin,
    language: languageOf(displayLanguage()),
    client: clientSupport(),
    setTimer: (callback, milliseconds) => setTimeout(callback, milliseconds),
  });
}

Office.actions.associate(HANDLER_NAMES.messageSend, onMessageSend);
