// A new knowledge entry started from a question the bot could not answer (Inzicht view): the
// entry editor's empty form with the group's scrubbed question as its first Dutch sample question.
// The privacy officer writes the rest; saving goes through the pack-edit path with its history.
import { emptyForm, type EntryForm } from './pack-entry-form';

/**
 * @example entryDraftFromQuestion('mag ik [naam] het dossier mailen', '2026-12-04').questionsNl // 'mag ik [naam] het dossier mailen'
 */
export function entryDraftFromQuestion(question: string, today: string): EntryForm {
  return { ...emptyForm(today), questionsNl: question };
}
