// How `privacywacht scan` prints a result: one JSON object per line for scripts, or a readable
// block per mail for people. Excerpts are already masked by the engine.
import type { Finding, Location, ScanResult } from '../../shared/scan/types';

export type OutputFormat = 'text' | 'json';

export type FileOutcome = { file: string; result: ScanResult } | { file: string; error: string };

export function formatJson(outcome: FileOutcome): string {
  if ('error' in outcome) return JSON.stringify({ file: outcome.file, error: outcome.error });
  const { verdict, findings, notices, isMarkedEncrypted } = outcome.result;
  return JSON.stringify({
    file: outcome.file,
    verdict,
    encrypted: isMarkedEncrypted,
    findings,
    notices,
  });
}

const VERDICT_LABELS = {
  allow: 'TOESTAAN (allow)',
  warn: 'WAARSCHUWEN (warn)',
  block: 'BLOKKEREN (block)',
} as const;

export function formatText(outcome: FileOutcome): string {
  if ('error' in outcome) return `${outcome.file}\n  FOUT (error): ${outcome.error}\n`;
  const { verdict, findings, notices, isMarkedEncrypted } = outcome.result;
  const lines = [
    `${outcome.file}\n  ${VERDICT_LABELS[verdict]}${isMarkedEncrypted ? ' — gemarkeerd voor versleuteld verzenden' : ''}`,
  ];
  if (findings.length === 0) lines.push('  Geen bevindingen (no findings).');
  for (const finding of findings) lines.push(...describeFinding(finding));
  for (const notice of notices) lines.push(`  let op: ${notice.message.nl}`);
  return `${lines.join('\n')}\n`;
}

function describeFinding(finding: Finding): string[] {
  const lines = [`  [${finding.rule}] ${where(finding.location)}: ${finding.message.nl}`];
  if (finding.excerpt) lines.push(`      fragment: ${finding.excerpt}`);
  lines.push(`      waarom (why): ${finding.explanation}`);
  lines.push(`      beleid (policy): ${finding.policySection}`);
  return lines;
}

function where(location: Location): string {
  switch (location.part) {
    case 'subject':
      return 'onderwerp';
    case 'body':
      return 'tekst';
    case 'recipients':
      return 'ontvangers';
    case 'attachments':
      return 'bijlagen';
    case 'attachment':
      return `bijlage "${location.name}"`;
  }
}
