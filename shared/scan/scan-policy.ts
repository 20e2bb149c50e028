// The configuration turned into what the engine needs at scan time: compiled word lists, sets and
// the verdict per rule. Built once (at add-in start or CLI start), then reused for every mail.
import type { Config, EncryptionMethod } from '../policy/config-schema';
import { isConsumerDomain } from '../policy/consumer-domains';
import {
  CITIZEN_NUMBER_EXACT_LABELS,
  CITIZEN_NUMBER_LABELS,
  OTHER_NUMBER_EXACT_LABELS,
  OTHER_NUMBER_LABELS,
  OTHER_NUMBER_QUALIFIED_LABELS,
  NUMBER_WORDS,
  PERSON_NUMBERING_HEADS,
} from '../policy/lexicon/number-labels';
import { fold } from './text/fold';
import type { CitizenNumberOptions } from './detectors/citizen-numbers';
import type { ReadLimits } from './extract/read-budget';
import { compileSensitiveLexicon, type SensitiveLexicon } from './text/sensitive-content';
import type { RuleId, Verdict } from './types';

export interface ScanPolicy {
  organisationDomains: readonly string[];
  /** Whether a domain is a private person's mail provider (gmail.com, ziggo.nl, yahoo.co.uk …). */
  isConsumerDomain: (domain: string) => boolean;
  /** How citizen numbers are read: label words and the organisation's own numbers. */
  citizenNumbers: CitizenNumberOptions;
  sensitiveLexicon: SensitiveLexicon;
  bccThreshold: number;
  attachmentSizeLimitMB: number;
  attachmentReadLimitBytes: number;
  /** What reading one mail's attachments may cost in all (bytes unpacked, parts, time). */
  mailReadLimits: ReadLimits;
  verdicts: Readonly<Record<RuleId, Verdict>>;
  encryption: EncryptionMethod;
}

/** Default verdicts (DESIGN.md): a BSN blocks, other sensitive content and recipients warn. */
const DEFAULT_VERDICTS: Readonly<Record<RuleId, Verdict>> = {
  bsn: 'block',
  'pupil-file': 'warn',
  'sensitive-personal': 'warn',
  bcc: 'warn',
  'private-forward': 'warn',
  'attachment-size': 'allow',
};

const MEBIBYTE = 1024 * 1024;

export function buildScanPolicy(config: Config): ScanPolicy {
  const rules = config.scan.rules;
  const extraCitizenLabels = (rules.bsn?.extraKeywords ?? []).map(fold);
  const consumerDomains = new Set(config.scan.consumerDomains);
  return {
    organisationDomains: config.organisation.domains,
    isConsumerDomain: (domain) => isConsumerDomain(domain, consumerDomains),
    citizenNumbers: {
      vocabulary: {
        citizenPrefixes: [...CITIZEN_NUMBER_LABELS, ...extraCitizenLabels],
        citizenExact: new Set(CITIZEN_NUMBER_EXACT_LABELS),
        otherPrefixes: OTHER_NUMBER_LABELS,
        otherExact: new Set(OTHER_NUMBER_EXACT_LABELS),
        otherQualified: new Set(OTHER_NUMBER_QUALIFIED_LABELS),
        numberWords: new Set(NUMBER_WORDS),
        personNumberings: new Set(PERSON_NUMBERING_HEADS),
      },
      allowedNumbers: new Set(
        config.scan.allowedNumbers.map((number) => number.replace(/[^0-9A-Z]/gi, '')),
      ),
    },
    sensitiveLexicon: compileSensitiveLexicon({
      pupil: rules['pupil-file']?.extraKeywords ?? [],
      adult: rules['sensitive-personal']?.extraKeywords ?? [],
    }),
    bccThreshold: config.scan.bccThreshold,
    attachmentSizeLimitMB: config.scan.attachmentSizeLimitMB,
    attachmentReadLimitBytes: Math.round(config.scan.attachmentReadLimitMB * MEBIBYTE),
    mailReadLimits: {
      bytes: Math.round(config.scan.mailReadBudget.megabytes * MEBIBYTE),
      parts: config.scan.mailReadBudget.parts,
      milliseconds: config.scan.mailReadBudget.seconds * 1000,
    },
    verdicts: {
      bsn: rules.bsn?.verdict ?? DEFAULT_VERDICTS.bsn,
      'pupil-file': rules['pupil-file']?.verdict ?? DEFAULT_VERDICTS['pupil-file'],
      'sensitive-personal':
        rules['sensitive-personal']?.verdict ?? DEFAULT_VERDICTS['sensitive-personal'],
      bcc: rules.bcc?.verdict ?? DEFAULT_VERDICTS.bcc,
      'private-forward': rules['private-forward']?.verdict ?? DEFAULT_VERDICTS['private-forward'],
      'attachment-size': rules['attachment-size']?.verdict ?? DEFAULT_VERDICTS['attachment-size'],
    },
    encryption: config.encryption,
  };
}
