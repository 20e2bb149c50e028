// The buttons our cards carry. A button that asks something posts that text into the chat as if
// typed (Teams' imBack inside Action.Submit), so the user sees what was asked; the feedback button
// submits data the bot reads from the activity's value.
import type { SubmitAction } from './adaptive-card';

export const FEEDBACK_ACTION = 'feedback';

/** The text the "Datalek melden" button sends, and the word staff type to start a report. */
export const DATALEK_COMMAND = 'datalek';

export interface FeedbackSubmit {
  action: typeof FEEDBACK_ACTION;
  entryId: string;
  useful: boolean;
}

export function sendTextAction(title: string, text: string): SubmitAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: text } } };
}

export function feedbackAction(title: string, entryId: string, useful: boolean): SubmitAction {
  const data: FeedbackSubmit = { action: FEEDBACK_ACTION, entryId, useful };
  return { type: 'Action.Submit', title, data: { ...data } };
}
