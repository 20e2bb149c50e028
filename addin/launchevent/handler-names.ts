// Names that tie the manifest's event entries and ribbon button to the code. The manifest builder
// (issue #7) reads these too, so the manifest and Office.actions.associate can never drift.

export const HANDLER_NAMES = {
  messageSend: 'onMessageSendHandler',
} as const;

/** The ribbon button whose task pane the Smart Alert's main button ("Take action") opens. */
export const TASKPANE_COMMAND_ID = 'privacywachtTaskpaneButton';
