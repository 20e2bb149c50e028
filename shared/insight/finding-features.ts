// The names of a finding's features for the "Onterecht" (false alarm) count: where it was found and
// which of the detector's known reasons fired, each a name from one closed list. The finding's
// explanation is free text (it can hold a term or a domain); only these names ever leave it.
import type { Finding } from '../scan/types';

/** Every feature name there is; anything else found in an explanation is dropped. */
export const FEATURE_NAMES = [
  'in-subject',
  'in-body',
  'in-attachment',
  'in-recipients',
  'bsn-checksum',
  'onderwijsnummer-checksum',
  'number-labelled',
  'number-keyword-nearby',
  'number-unlabelled',
  'term-pupil-record',
  'term-health',
  'term-home',
  'term-adult-record',
  'term-results-list',
  'near-name',
  'near-pupil',
  'near-adult',
  'near-self',
  'near-list-of-names',
  'parent-situation',
  'quoted-history',
  'file-name',
  'learned-model',
  'learned-model-supported',
  'consumer-domain',
  'family-domain',
  'external-recipients',
  'size-limit',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Explanation wording per feature, as the detectors in shared/scan/detectors write it. */
const EXPLANATION_FEATURES: readonly [FeatureName, RegExp][] = [
  ['bsn-checksum', /^bsn checksum/],
  ['onderwijsnummer-checksum', /^onderwijsnummer checksum/],
  ['number-labelled', /^(?:bsn|onderwijsnummer) checksum, layout [\d-]+, labelled/],
  ['number-keyword-nearby', /^(?:bsn|onderwijsnummer) checksum, layout [\d-]+, keyword nearby/],
  ['number-unlabelled', /^(?:bsn|onderwijsnummer) checksum, layout [\d-]+, no label/],
  ['term-pupil-record', /\(pupil-record, /],
  ['term-health', /\(health, /],
  ['term-home', /\(home, /],
  ['term-adult-record', /\(adult-record, /],
  ['term-results-list', /\(results-list, /],
  ['near-name', /, near name\b/],
  ['near-pupil', /, near pupil\b/],
  ['near-adult', /, near adult\b/],
  ['near-self', /, near self\b/],
  ['near-list-of-names', /, near list of names\b/],
  ['parent-situation', /: parent: /],
  ['quoted-history', /in the quoted history/],
  ['file-name', /^file name: /],
  // shared/scan/model/model-finding.ts: the learned model's finding, not a rule's.
  ['learned-model', /^learned model \(score /],
  // …below its threshold, counted because a lexicon term there supports it: its false alarms are
  // what would move that threshold.
  ['learned-model-supported', /^learned model \(score [\d.-]+, with "/],
  ['consumer-domain', /^recipient at consumer domain /],
  ['family-domain', /; first name at a family's own domain/],
  ['external-recipients', /external addresses in To\/Cc/],
  ['size-limit', /bytes in total; limit /],
];

const PLACE_FEATURES: Record<Finding['location']['part'], FeatureName> = {
  subject: 'in-subject',
  body: 'in-body',
  attachment: 'in-attachment',
  attachments: 'in-attachment',
  recipients: 'in-recipients',
};

/**
 * The feature names of some findings (one rule's group), each once, in the list's order.
 * @example findingFeatures([bsnFinding]) // ['in-body', 'bsn-checksum', 'number-labelled']
 */
export function findingFeatures(findings: readonly Finding[]): FeatureName[] {
  const found = new Set<FeatureName>();
  for (const finding of findings) {
    found.add(PLACE_FEATURES[finding.location.part]);
    for (const [name, pattern] of EXPLANATION_FEATURES)
      if (pattern.test(finding.explanation)) found.add(name);
  }
  return FEATURE_NAMES.filter((name) => found.has(name));
}
