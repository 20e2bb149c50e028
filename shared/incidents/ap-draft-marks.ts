// What an AP notification draft is made of, as the card and the tab show it: sections of answers,
// each marked recorded, derived or missing. Pure data, shared by the server and the tab; the
// drafting lives with the register (bot/incidents/ap-draft.ts).
import type { Label } from './report-fields';

/**
 * Where an answer came from: `recorded` a person typed or chose it (report, decision, AP
 * reference); `derived` Privacywacht worded it from the register or the assessment; `missing` the
 * register does not know it, so the privacy officer fills it in.
 */
export type AnswerMark = 'recorded' | 'derived' | 'missing';

export const ANSWER_MARK_LABELS: Record<AnswerMark, Label> = {
  recorded: { nl: 'vastgelegd', en: 'recorded' },
  derived: { nl: 'afgeleid', en: 'derived' },
  missing: { nl: 'ontbreekt', en: 'missing' },
};

export interface ApDraftAnswer {
  question: string;
  answer: string;
  mark: AnswerMark;
}

interface ApDraftSection {
  title: string;
  answers: ApDraftAnswer[];
}

/** Dutch, like the form. */
export interface ApDraft {
  /** The first notice, or a follow-up to one already made (vervolgmelding). */
  kind: 'initial' | 'follow-up';
  incidentNumber: string;
  sections: ApDraftSection[];
}

/** How many answers of each mark: the card's and the tab's one-line summary. */
export function countMarks(draft: ApDraft): Record<AnswerMark, number> {
  const counts: Record<AnswerMark, number> = { recorded: 0, derived: 0, missing: 0 };
  for (const section of draft.sections) for (const answer of section.answers) counts[answer.mark]++;
  return counts;
}
