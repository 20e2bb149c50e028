// The contract every detector keeps: read the prepared mail, return explained findings.
import type { ScanPolicy } from '../scan-policy';
import type { MailContent } from '../mail-texts';
import type { TextScores } from '../model/window-scorer';
import type { SensitiveEvidence, UntiedTerm } from '../text/sensitive-content';
import type { Finding, MailInput, RuleId } from '../types';

export interface DetectorInput {
  mail: MailInput;
  content: MailContent;
  policy: ScanPolicy;
  /** fold() of each entry of content.texts, folded once for every reader of the mail. */
  folded: string[];
  /** quotedHistoryStart() of each entry of content.texts, for the rules that say "in the quoted history". */
  quoteStarts: number[];
  /** Sensitive-content evidence per entry of content.texts, computed once for both content rules. */
  evidence: SensitiveEvidence[][];
  /** The terms that evidence kept but tied to nobody, per entry of content.texts. */
  untied: UntiedTerm[][];
  /** The learned model's scores per entry of content.texts, where it read that text. */
  learned?: (TextScores | undefined)[];
}

/** A finding before the policy gives it a severity. */
export type Detection = Omit<Finding, 'severity' | 'policySection'>;

export interface Detector {
  rule: RuleId;
  detect(input: DetectorInput): Detection[];
}
