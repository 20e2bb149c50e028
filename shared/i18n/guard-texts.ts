// The board's own words in the guard: the policy section each rule cites and the few texts that
// name the board's procedures (who reviews a breach report, where large files go, what encrypted
// sending does). They come from the policy pack's guard-texts.md; what a pack leaves out keeps the
// product's default. One board per add-in build, so the texts are installed once when the bundle
// loads (addin/launchevent/build-config.ts), like a locale, instead of threading them through
// every renderer of the Smart Alert, the information bar and the task pane.
import type { RuleId, Text } from '../scan/types';

/** The texts a pack may replace, each in Dutch and English. */
export const GUARD_TEXT_KEYS = [
  /** After "Versleuteld sturen": what happens to the mail now. */
  'encrypt-done',
  /** Where large files go instead of an attachment. */
  'large-attachment-advice',
  /** What to do instead of mailing work to a private mailbox. */
  'private-forward-advice',
  /** The task pane's introduction to reporting a data breach: whom to tell, by when. */
  'report-intro',
  /** After a report is received: who reviews it (followed by the deadline). */
  'report-review',
] as const;
export type GuardTextKey = (typeof GUARD_TEXT_KEYS)[number];

export interface GuardTexts {
  /** The policy section a rule's finding cites, e.g. "Artikel 4.2 E-mailbeleid". */
  sections: Partial<Record<RuleId, string>>;
  texts: Partial<Record<GuardTextKey, Text>>;
}

export const NO_GUARD_TEXTS: GuardTexts = Object.freeze({ sections: {}, texts: {} });

let installed: GuardTexts = NO_GUARD_TEXTS;

/**
 * Makes these texts the guard's words from now on; undefined goes back to the product's defaults.
 * @example useGuardTexts({ sections: { bcc: 'Artikel 4.3' }, texts: {} })
 */
export function useGuardTexts(texts: GuardTexts | undefined): void {
  installed = texts ?? NO_GUARD_TEXTS;
}

/** The installed text for a key, or undefined when the pack left it to the product. */
export function guardText(key: GuardTextKey, language: 'nl' | 'en'): string | undefined {
  return installed.texts[key]?.[language];
}

/** The installed section for a rule, or undefined when the pack left it to the product. */
export function guardSection(rule: RuleId): string | undefined {
  return installed.sections[rule];
}
