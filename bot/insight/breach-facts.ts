// The breach register as the insight counts it: per report its month, school, kind, reporter (only
// to count distinct reporters) and whether the AP was told within the 72 hours.
import type { BreachFact } from '../../shared/insight/insight-report';
import { amsterdamMonth } from '../../shared/insight/months';
import { UNKNOWN_SCHOOL } from '../../shared/insight/school-of-domain';
import type { Incident } from '../incidents/incident';
import { schoolOf } from '../api/reporter-record';

export function breachFacts(incidents: readonly Incident[]): BreachFact[] {
  return incidents.map((incident) => ({
    month: amsterdamMonth(new Date(incident.reportedAt)),
    school: schoolOf(incident) || UNKNOWN_SCHOOL,
    kind: incident.kind,
    reporter: incident.reporter.id,
    ...(incident.apNotification
      ? {
          isApInTime:
            Date.parse(incident.apNotification.notifiedAt) <= Date.parse(incident.deadline),
        }
      : {}),
  }));
}
