// A new employee's details for payroll or HR: the BSN beside their pay, an ID copy, a VOG, a
// residence permit. The BSN finding already asks to send the mail safely; a second finding about
// the same package ("sensitive data about an adult: salaris, kopie id") only repeats it, and the
// newer labelling authors, briefed with the policy's categories, do not count such data as
// sensitive facts about a person. A text with any other adult matter keeps its finding.
import { PAY_GRADE_TERM } from './text/pay-grades';
import type { SensitiveEvidence } from './text/sensitive-content';
import type { Finding, Location } from './types';

/** The terms of an employee's own paperwork, as the lexicon finds them. */
const ONBOARDING_TERMS = new Set([
  'salaris',
  'salary',
  'salarisstrook',
  'loonstrook',
  'payslip',
  'brutosalaris',
  'bruto salaris',
  'inschaling',
  'dienstverband',
  'hr',
  'vog',
  'kopie id',
  'kopie van mijn id',
  'kopie van mijn paspoort',
  'kopie van het paspoort',
  'kopie van haar paspoort',
  'kopie van zijn paspoort',
  'copy of my passport',
  'copy of his passport',
  'copy of her passport',
  'passport number',
  'residence permit',
  'residence card',
]);
function isOnboarding(item: SensitiveEvidence): boolean {
  return ONBOARDING_TERMS.has(item.term) || item.term.startsWith(`${PAY_GRADE_TERM} `);
}

/**
 * The findings without a sensitive-personal one whose text holds only an employee's onboarding
 * data, when the mail carries a BSN. `evidence[i]` is the evidence of the text at `locations[i]`.
 */
export function withoutOnboardingRepeat(
  findings: Finding[],
  locations: readonly Location[],
  evidence: readonly (readonly SensitiveEvidence[])[],
): Finding[] {
  if (!findings.some((finding) => finding.rule === 'bsn')) return findings;
  const onboardingOnly = new Set(
    locations
      .filter((_location, index) => {
        const adult = (evidence[index] ?? []).filter((item) => item.subject === 'adult');
        return adult.length > 0 && adult.every(isOnboarding);
      })
      .map(keyOf),
  );
  if (onboardingOnly.size === 0) return findings;
  return findings.filter(
    (finding) =>
      finding.rule !== 'sensitive-personal' || !onboardingOnly.has(keyOf(finding.location)),
  );
}

function keyOf(location: Location): string {
  return location.part === 'attachment' ? `attachment:${location.name}` : location.part;
}
