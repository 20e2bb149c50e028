// Shared test data for the breach register: a valid report form, an incident, people.
import type { Incident } from '../../bot/incidents/incident';
import type { Person } from '../../bot/incidents/report';

export const REPORTER: Person = {
  id: 'aad-reporter',
  name: 'Petra de Vries',
  email: 'p@school.nl',
};
export const ICT_MEMBER: Person = { id: 'aad-ict', name: 'Ed van ICT' };

/** A valid report form as the card submits it; times are Amsterdam wall-clock. */
export function reportForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'lost-device',
    occurredDate: '2026-03-27',
    occurredTime: '09:00',
    discoveredDate: '2026-03-27',
    discoveredTime: '11:00',
    dataKinds: 'names-addresses,pupil-file',
    subjectGroups: 'pupils,parents',
    affectedCount: '28',
    encrypted: 'no',
    measuresTaken: 'Telefoon gezocht in de school.',
    description: 'Mijn telefoon met de groepsapp is kwijtgeraakt in de trein.',
    ...overrides,
  };
}

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    number: 'DL-2026-0001',
    version: 1,
    status: 'new',
    kind: 'lost-device',
    occurredAt: '2026-03-27T08:00:00.000Z',
    discoveredAt: '2026-03-27T10:00:00.000Z',
    reportedAt: '2026-03-27T10:30:00.000Z',
    deadline: '2026-03-30T10:00:00.000Z',
    dataKinds: ['names-addresses', 'pupil-file'],
    subjectGroups: ['pupils', 'parents'],
    affectedCount: 28,
    encrypted: 'no',
    measuresTaken: 'Telefoon gezocht.',
    description: 'Telefoon kwijt in de trein.',
    reporter: REPORTER,
    ...overrides,
  };
}
