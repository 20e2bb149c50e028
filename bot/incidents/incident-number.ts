// Incident numbers as people quote them: DL-2026-0007, counted per calendar year.

/** @example formatIncidentNumber(2026, 7) // 'DL-2026-0007' */
export function formatIncidentNumber(year: number, sequence: number): string {
  return `DL-${year}-${String(sequence).padStart(4, '0')}`;
}
