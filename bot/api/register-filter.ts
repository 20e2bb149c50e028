// The register's filters: status, school and period (report date, Amsterdam calendar days).
import { fromAmsterdamLocal } from '../../shared/time/amsterdam-time';
import type { Incident } from '../incidents/incident';
import type { IncidentStatus } from '../../shared/incidents/incident-status';
import { schoolOf } from './reporter-record';

export interface RegisterFilter {
  status?: IncidentStatus;
  /** Part of the school's name, any case. */
  school?: string;
  /** YYYY-MM-DD, inclusive, Amsterdam days. */
  from?: string;
  to?: string;
}

/** @example filterRegister(incidents, { status: 'new', from: '2026-11-01' }) */
export function filterRegister(incidents: readonly Incident[], filter: RegisterFilter): Incident[] {
  const start = filter.from ? dayStart(filter.from, 0) : undefined;
  const end = filter.to ? dayStart(filter.to, 1) : undefined;
  const school = filter.school?.trim().toLowerCase();
  return incidents.filter((incident) => {
    const reported = Date.parse(incident.reportedAt);
    return (
      (!filter.status || incident.status === filter.status) &&
      (!school || schoolOf(incident).toLowerCase().includes(school)) &&
      (start === undefined || reported >= start) &&
      (end === undefined || reported < end)
    );
  });
}

function dayStart(date: string, plusDays: number): number {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return fromAmsterdamLocal({ year, month, day: day + plusDays, hour: 0, minute: 0 }).getTime();
}
