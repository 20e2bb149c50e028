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
   * Real situations the entry covers, in a few words each, Dutch and English ("laptop gestolen uit
   * de auto", "invaller wil in ESIS"): staff describe what happened rather than ask for a topic.
   * Optional: an entry without them is found by its questions, title and answer alone.
   */
  situations?: string[];
}
