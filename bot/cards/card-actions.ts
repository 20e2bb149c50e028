// The buttons our cards carry. A button that asks something submits that text and the bot treats
// it exactly as if it had been typed. (Not Teams' imBack inside Action.Submit: the Agents
// Playground 0.2.28 fails on `msteams` in submit data — "Cannot add property msTeams, object is
// not extensible" — so those buttons would be dead under npm start; a plain submit works in both.)
import type { Language } from '../../shared/policy/knowledge/types';
import type { SubmitAction } from './adaptive-card';

export const SEND_TEXT_ACTION = 'send-text';
export const FEEDBACK_ACTION = 'feedback';
/** A "Bedoel je" button: answers that knowledge-base entry, whatever the question was. */
export const ASK_ENTRY_ACTION = 'ask-entry';

/** The text the "Datalek melden" button sends, and the word staff type to start a report. */
export const DATALEK_COMMAND = 'datalek';

export function sendTextAction(title: string, text: string): SubmitAction {
  return { type: 'Action.Submit', title, data: { action: SEND_TEXT_ACTION, text } };
}

/**
 * "Was dit nuttig?": with `question` (already scrubbed, shared/insight/scrub-question.ts) a "no"
 * brings the question back, so the bot can count it as unanswered without having kept it.
 */
export function feedbackAction(
  title: string,
  entryId: string,
  useful: boolean,
  question?: string,
): SubmitAction {
  return {
    type: 'Action.Submit',
    title,
    data: { action: FEEDBACK_ACTION, entryId, useful, ...(question ? { question } : {}) },
  };
}

export function askEntryAction(title: string, entryId: string, language: Language): SubmitAction {
  return { type: 'Action.Submit', title, data: { action: ASK_ENTRY_ACTION, entryId, language } };
}
