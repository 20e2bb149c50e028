// The reporter as the register keeps them: the Person plus what Microsoft Graph knew at the time
// (job title, school/department, office), or a mark that it is still to be filled in. The incident
// is stored as JSON, so these ride along on `reporter`; `schoolOf` reads them back.
import type { Incident } from '../incidents/incident';
import type { Person } from '../incidents/report';
import type { EnrichedReporter } from '../identity/reporter-enricher';

export interface ReporterRecord extends Person {
  jobTitle?: string;
  /** The school or department, as the tenant keeps it. */
  department?: string;
  officeLocation?: string;
  /** Graph could not answer when the report came in. */
  enrichmentPending?: true;
}

export function reporterRecord({ person, profile, isComplete }: EnrichedReporter): ReporterRecord {
  return {
    ...person,
    ...(profile.jobTitle ? { jobTitle: profile.jobTitle } : {}),
    ...(profile.department ? { department: profile.department } : {}),
    ...(profile.officeLocation ? { officeLocation: profile.officeLocation } : {}),
    ...(isComplete ? {} : { enrichmentPending: true }),
  };
}

/** The reporter's school: their department, else their office; empty when unknown. */
export function schoolOf(incident: Pick<Incident, 'reporter'>): string {
  const reporter: ReporterRecord = incident.reporter;
  return reporter.department ?? reporter.officeLocation ?? '';
}
