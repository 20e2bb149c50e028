// Shared by the two content rules: one finding per place (subject, body, each attachment), built
// from the sensitive-content evidence for one subject (pupil or adult) and from attachment names.
import type { Subject, SensitiveEvidence } from '../text/sensitive-content';
import type { RuleId, Text } from '../types';
import type { Detection, DetectorInput } from './detector';
import { excerptAround } from './excerpt';
import { judgeAttachmentName } from './attachment-names';

export function sensitiveFindings(
  input: DetectorInput,
  rule: RuleId,
  subject: Subject,
  message: Text,
): Detection[] {
  const findings: Detection[] = [];
  input.content.texts.forEach(({ location, text }, index) => {
    const evidence = (input.evidence[index] ?? []).filter((item) => item.subject === subject);
    const first = evidence[0];
    if (!first) return;
    findings.push({
      rule,
      message,
      location,
      excerpt: excerptAround(text, first.start, first.end),
      explanation: explain(evidence),
    });
  });
  for (const name of input.content.attachmentNames) {
    const judged = judgeAttachmentName(name, input.policy.sensitiveLexicon);
    if (judged?.subject !== subject) continue;
    findings.push({
      rule,
      message,
      location: { part: 'attachment', name },
      excerpt: name,
      explanation: `file name: "${judged.term}"`,
    });
  }
  return findings;
}

function explain(evidence: SensitiveEvidence[]): string {
  const terms = [
    ...new Set(evidence.map((item) => `${item.term} (${item.category}, near ${item.tiedTo})`)),
  ];
  return `sensitive terms next to a person: ${terms.slice(0, 4).join('; ')}${terms.length > 4 ? `; +${terms.length - 4}` : ''}`;
}
