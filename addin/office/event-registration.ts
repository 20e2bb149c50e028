// Registers an event handler with Outlook. Kept beside the other Office.js calls; the event script
// calls it at its top level, because classic Outlook never runs Office.onReady for events.
export function registerEventHandler(name: string, handler: (event: never) => void): void {
  Office.actions.associate(name, handler as (event: unknown) => void);
}
