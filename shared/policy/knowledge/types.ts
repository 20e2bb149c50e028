// The shape of the policy knowledge base: entries written in our own words, each resting on a
// section of the organisation's policy. The entries themselves live in a policy pack (packs/).

export type Language = 'nl' | 'en';

export interface KnowledgeEntry {
  /** Stable id, kebab-case, e.g. "breach-72-hours". */
  id: string;
  title: { nl: string; en: string };
  /** Ways staff ask this; Dutch always, English for the common ones. */
  questions: { nl: string[]; en: string[] };
  /** What to do, 1–4 sentences. May contain {contact.*} placeholders filled from the config. */
  answer: { nl: string; en: string };
  /** Policy section it rests on, e.g. "§12 Protocol datalekken" or "Bijlage 9". */
  section: string;
  /** Ids of related entries. */
  related: string[];
  /** Date (YYYY-MM-DD) by which the privacy officer reviews the entry again; the policy is reviewed yearly. */
  reviewBy: string;
  /**
   * Only on a supplier's entry (Bijlage 5): the names staff use for the supplier. A question about
   * an agreement that names one is answered from this entry, and only such a question.
   */
  supplierNames?: string[];
  /**
   * Everyday situations the entry covers, per language, told the way staff tell them ("laptop
   * gestolen uit de auto", "I'm about to mail the class list to all parents"): staff describe what
   * happened or what they are about to do rather than ask for a topic. Optional, and per language
   * optional: an entry without them is found by its questions, title and answer alone.
   */
  situations?: Partial<Record<Language, string[]>>;
}
