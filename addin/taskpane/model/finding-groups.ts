// What the task pane lists: the scan's findings grouped per rule (three BSNs are one problem with
// one fix), in the order a sender should deal with them, each with the fixes that resolve it.
import type { FixKind } from '../../../shared/i18n/taskpane-text';
import { findingFeatures, type FeatureName } from '../../../shared/insight/finding-features';
import {
  CONTENT_RULES,
  type Finding,
  type RuleId,
  type ScanResult,
  type Text,
} from '../../../shared/scan/types';

export interface FindingGroup {
  rule: RuleId;
  /** Distinct messages of the group's findings (e.g. one per masked number). */
  messages: Text[];
  /** Masked excerpts and where they were found, e.g. "bijlage verslag.docx". */
  excerpts: { text: string; where: Finding['location'] }[];
  /** Why the first finding fired (pattern, checksum, context word): never content. */
  explanation: string;
  policySection: string;
  /** One-click fixes, the preferred one first; empty when only advice helps. */
  fixes: FixKind[];
  /** The detector's feature names, for the "Onterecht" count: names only, never text. */
  features: FeatureName[];
}

/** Blocking content first, then other content, then recipients and size. */
const RULE_ORDER: RuleId[] = [
  'bsn',
  'pupil-file',
  'sensitive-personal',
  'bcc',
  'private-forward',
  'attachment-size',
];

/** Findings still to act on: not those the policy only notes, nor content once the mail goes encrypted. */
function needsAction(finding: Finding, result: ScanResult): boolean {
  if (finding.severity === 'info') return false;
  return !(result.isMarkedEncrypted && CONTENT_RULES.includes(finding.rule));
}

export function groupFindings(result: ScanResult): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const rule of RULE_ORDER) {
    const findings = result.findings.filter(
      (finding) => finding.rule === rule && needsAction(finding, result),
    );
    const first = findings[0];
    if (!first) continue;
    groups.push({
      rule,
      messages: distinctBy(
        findings.map((finding) => finding.message),
        (message) => message.nl,
      ),
      excerpts: distinctBy(
        findings.flatMap((finding) =>
          finding.excerpt ? [{ text: finding.excerpt, where: finding.location }] : [],
        ),
        (excerpt) => excerpt.text,
      ),
      explanation: first.explanation,
      policySection: first.policySection,
      fixes: fixesFor(rule, findings),
      features: findingFeatures(findings),
    });
  }
  return groups;
}

function fixesFor(rule: RuleId, findings: Finding[]): FixKind[] {
  switch (rule) {
    case 'bsn': {
      // Masking reaches the subject and the text, not the inside of an attached file.
      const inText = findings.some(
        (finding) => finding.location.part === 'subject' || finding.location.part === 'body',
      );
      return inText ? ['encrypt', 'mask-numbers'] : ['encrypt'];
    }
    case 'pupil-file':
    case 'sensitive-personal':
      return ['encrypt'];
    case 'bcc':
      return ['move-to-bcc'];
    case 'private-forward':
    case 'attachment-size':
      return [];
  }
}

function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The rules whose main (first) fix is `fix`: applying it counts them as "fixed". */
export function rulesFixedBy(fix: FixKind, groups: readonly FindingGroup[]): RuleId[] {
  return groups.filter((group) => group.fixes[0] === fix).map((group) => group.rule);
}
