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
}
