// The contract between policy question answering (bot/qa) and its users (the Teams bot, the
// `privacywacht ask` command, the tab's knowledge search).
import type { Language } from '../../shared/policy/knowledge/types';

/** A knowledge-base entry as a reader sees it, in one language. */
export interface EntryView {
  id: string;
  title: string;
  /** Policy section it rests on, e.g. "§12 Protocol datalekken" or "Bijlage 9". */
  section: string;
}

/** One part of an answer: the text from one entry, with the entry it rests on. */
interface AnswerPart {
  source: EntryView;
  answer: string;
}

/**
 * How sure the answer is: `high` answers outright; `low` answers from the best entry and offers the
 * next ones ("Bedoel je: ..."), when the match is weak or another section fits about as well;
 * `none` declines (out of scope).
 */
export type AnswerConfidence = 'high' | 'low' | 'none';

export interface QaAnswer {
  question: string;
  /** Language of the question; the answer is written in it. */
  language: Language;
  /** False when the question is out of scope or below the confidence threshold. */
  answered: boolean;
  /** The answer text (1–4 sentences), or, when not answered, an honest "I don't know" with whom to ask. */
  answer: string;
  /** The entry answered from (empty when not answered). */
  sources: EntryView[];
  /** Up to three related entries (answered) or closest topics (not answered). */
  related: EntryView[];
  confidence: AnswerConfidence;
  /**
   * One part per source, each with its own text: two when the question asked two things that two
   * entries answer. Empty when not answered.
   */
  parts: AnswerPart[];
  /** Entries the question may have meant instead, offered as "Bedoel je" buttons (low confidence). */
  suggestions: EntryView[];
}

/** Answers the question; with `pick`, answers that entry instead (a "Bedoel je" button). */
export type Answerer = (
  question: string,
  pick?: { entryId: string; language: Language },
) => QaAnswer;
