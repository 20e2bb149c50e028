// Names that tie the manifest's event entries and ribbon button to the code. The manifest builder
// (issue #7) reads these too, so the manifest and Office.actions.associate can never drift.

export const HANDLER_NAMES = {
  messageSend: 'onMessageSendHandler',
  composeOpened: 'onMessageComposeHandler',
  recipientsChanged: 'onMessageRecipientsChangedHandler',
  attachmentsChanged: 'onMessageAttachmentsChangedHandler',
} as const;

/** The manifest's 16-pixel icon resource, shown in the information bar while composing. */
export const NOTICE_ICON_ID = 'privacywacht-icon-16';

/** The ribbon button whose task pane the Smart Alert's main button ("Take action") opens. */
export const TASKPANE_COMMAND_ID = 'privacywachtTaskpaneButton';
