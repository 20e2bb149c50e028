// The entry editor's form as plain strings, and back to an entry for the API: questions and
// situations one per line, related ids separated by commas. The API checks the result against the
// pack's schema.
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';

export interface EntryForm {
  id: string;
  titleNl: string;
  titleEn: string;
  answerNl: string;
  answerEn: string;
  questionsNl: string;
  questionsEn: string;
  /** The situations the entry covers, one per line; empty for none in that language. */
  situationsNl: string;
  situationsEn: string;
  section: string;
  related: string;
  reviewBy: string;
}

export function formFromEntry(entry: KnowledgeEntry): EntryForm {
  return {
    id: entry.id,
    titleNl: entry.title.nl,
    titleEn: entry.title.en,
    answerNl: entry.answer.nl,
    answerEn: entry.answer.en,
    questionsNl: entry.questions.nl.join('\n'),
    questionsEn: entry.questions.en.join('\n'),
    situationsNl: (entry.situations?.nl ?? []).join('\n'),
    situationsEn: (entry.situations?.en ?? []).join('\n'),
    section: entry.section,
    related: entry.related.join(', '),
    reviewBy: entry.reviewBy,
  };
}

/** A new entry: empty, to be reviewed a year from `today` (YYYY-MM-DD). */
export function emptyForm(today: string): EntryForm {
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return {
    id: '',
    titleNl: '',
    titleEn: '',
    answerNl: '',
    answerEn: '',
    questionsNl: '',
    questionsEn: '',
    situationsNl: '',
    situationsEn: '',
    section: '',
    related: '',
    reviewBy: nextYear,
  };
}

/**
 * Fields the form does not show (supplier names) are kept from the entry it edits. Situations
 * left empty in a language are left out, as the pack file leaves out an empty heading.
 * @example entryFromForm({ ...form, related: 'a, b' }).related // ['a', 'b']
 */
export function entryFromForm(form: EntryForm, editing?: KnowledgeEntry): KnowledgeEntry {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.replace(/^[-*]\s+/, '').trim())
      .filter((line) => line !== '');
  const situations = { nl: lines(form.situationsNl), en: lines(form.situationsEn) };
  const { situations: _edited, ...kept } = editing ?? {};
  return {
    ...kept,
    ...(situations.nl.length > 0 || situations.en.length > 0
      ? {
          situations: {
            ...(situations.nl.length > 0 ? { nl: situations.nl } : {}),
            ...(situations.en.length > 0 ? { en: situations.en } : {}),
          },
        }
      : {}),
    id: form.id.trim(),
    title: { nl: form.titleNl.trim(), en: form.titleEn.trim() },
    answer: { nl: form.answerNl.trim(), en: form.answerEn.trim() },
    questions: { nl: lines(form.questionsNl), en: lines(form.questionsEn) },
    section: form.section.trim(),
    related: form.related
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
    reviewBy: form.reviewBy.trim(),
  };
}
