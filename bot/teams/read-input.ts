// Turns what the user sent (typed text or a card button's submitted value) into one command; a
// button that sends text counts as that text typed. Card
// values are parsed with a schema at this edge; anything unexpected becomes a question or nothing,
// never an error.
import { z } from 'zod';
import {
  ASK_ENTRY_ACTION,
  DATALEK_COMMAND,
  FEEDBACK_ACTION,
  SEND_TEXT_ACTION,
} from '../cards/card-actions';
import type { Language } from '../../shared/policy/knowledge/types';

export type UserInput =
  | { kind: 'help' }
  | { kind: 'datalek' }
  | { kind: 'question'; text: string }
  /** `question`: the scrubbed question a "not useful" brings back; scrubbed again before use. */
  | { kind: 'feedback'; entryId: string; useful: boolean; question?: string }
  /** A "Bedoel je" button: answer this entry. */
  | { kind: 'entry'; entryId: string; language: Language }
  | { kind: 'empty' };

const HELP_WORDS = new Set(['help', 'hulp', '?']);
const DATALEK_WORDS = new Set([
  DATALEK_COMMAND,
  'datalek melden',
  'ik wil een datalek melden',
  'data breach',
  'report a data breach',
]);

const feedbackValue = z.object({
  action: z.literal(FEEDBACK_ACTION),
  entryId: z.string().min(1).max(200),
  useful: z.boolean(),
  question: z.string().max(300).optional(),
});
const askEntryValue = z.object({
  action: z.literal(ASK_ENTRY_ACTION),
  entryId: z.string().min(1).max(200),
  language: z.enum(['nl', 'en']),
});
const sendTextValue = z.object({ action: z.literal(SEND_TEXT_ACTION), text: z.string().max(1000) });

export function readInput(text: string | undefined, value: unknown): UserInput {
  const feedback = feedbackValue.safeParse(value);
  if (feedback.success) {
    const { entryId, useful, question } = feedback.data;
    return { kind: 'feedback', entryId, useful, ...(question ? { question } : {}) };
  }
  const askEntry = askEntryValue.safeParse(value);
  if (askEntry.success) {
    const { entryId, language } = askEntry.data;
    return { kind: 'entry', entryId, language };
  }
  const button = sendTextValue.safeParse(value);
  const typed = text?.trim() || (button.success ? button.data.text.trim() : '');
  if (!typed) return { kind: 'empty' };
  const command = stripTrailingPunctuation(typed.toLowerCase());
  if (HELP_WORDS.has(command) || HELP_WORDS.has(typed)) return { kind: 'help' };
  if (DATALEK_WORDS.has(command)) return { kind: 'datalek' };
  return { kind: 'question', text: typed };
}

function stripTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.!? '.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
