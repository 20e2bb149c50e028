// Resolves once Office.js has loaded in the task pane (the task pane, unlike the event runtime,
// must wait for Office.onReady before touching the mailbox).
export async function officeReady(): Promise<void> {
  await Office.onReady();
}
