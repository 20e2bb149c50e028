// The register as CSV (for a spreadsheet) and JSON: every incident with its audit trail. CSV cells
// that a spreadsheet would run as a formula are defused (CSV injection).
import type { AuditEntry } from './audit';
import type { BreachDecision } from './breach-decision';
import type { Incident } from './incident';

export interface RegisterEntry {
  incident: Incident;
  audit: AuditEntry[];
  /** Breach decisions, oldest first; the CSV shows the latest, the JSON all of them. */
  decisions?: BreachDecision[];
}

const latest = (entry: RegisterEntry): BreachDecision | undefined => entry.decisions?.at(-1);
const yesNo = (value: boolean | undefined): string =>
  value === undefined ? '' : value ? 'ja' : 'nee';

const COLUMNS: [string, (entry: RegisterEntry) => string][] = [
  ['nummer', ({ incident }) => incident.number],
  ['status', ({ incident }) => incident.status],
  ['soort', ({ incident }) => incident.kind],
  ['soort_anders', ({ incident }) => incident.kindOther ?? ''],
  ['ontstaan', ({ incident }) => incident.occurredAt],
  ['ontdekt', ({ incident }) => incident.discoveredAt],
  ['gemeld', ({ incident }) => incident.reportedAt],
  ['deadline_ap', ({ incident }) => incident.deadline],
  ['gegevens', ({ incident }) => incident.dataKinds.join(';')],
  ['betrokkenen', ({ incident }) => incident.subjectGroups.join(';')],
  ['aantal_personen', ({ incident }) => String(incident.affectedCount)],
  ['versleuteld', ({ incident }) => incident.encrypted],
  ['maatregelen_melder', ({ incident }) => incident.measuresTaken],
  ['omschrijving', ({ incident }) => incident.description],
  ['melder', ({ incident }) => incident.reporter.name],
  ['behandelaar', ({ incident }) => incident.assignee?.name ?? ''],
  ['ap_kenmerk', ({ incident }) => incident.apNotification?.reference ?? ''],
  ['ap_gemeld_op', ({ incident }) => incident.apNotification?.notifiedAt ?? ''],
  ['reden_late_melding', ({ incident }) => incident.apNotification?.lateReason ?? ''],
  ['reden_niet_meldplichtig', ({ incident }) => incident.notNotifiableReason ?? ''],
  [
    'betrokkenen_geinformeerd',
    ({ incident }) =>
      incident.subjectsDecision ? (incident.subjectsDecision.informed ? 'ja' : 'nee') : '',
  ],
  ['toelichting_betrokkenen', ({ incident }) => incident.subjectsDecision?.explanation ?? ''],
  // The privacy officer's assessment and decision (GDPR art. 33(5): why, also when not notified).
  ['ernst', (entry) => latest(entry)?.level ?? ''],
  ['ernst_score', (entry) => latest(entry)?.score.toString() ?? ''],
  ['suggestie_ap_melden', (entry) => yesNo(latest(entry)?.suggestion.notifyAp)],
  ['besluit_ap_melden', (entry) => yesNo(latest(entry)?.notifyAp)],
  ['reden_afwijking_ap', (entry) => latest(entry)?.notifyApReason ?? ''],
  ['suggestie_betrokkenen_informeren', (entry) => yesNo(latest(entry)?.suggestion.informSubjects)],
  ['besluit_betrokkenen_informeren', (entry) => yesNo(latest(entry)?.informSubjects)],
  ['reden_afwijking_betrokkenen', (entry) => latest(entry)?.informSubjectsReason ?? ''],
  ['besloten_door', (entry) => latest(entry)?.decider.name ?? ''],
  ['besloten_op', (entry) => latest(entry)?.decidedAt ?? ''],
  [
    'andere_instanties_geinformeerd',
    ({ incident }) =>
      (incident.authoritiesInformed ?? [])
        .map((item) => `${item.authorityId} ${item.informedAt}`)
        .join('; '),
  ],
  ['maatregelen_afsluiting', ({ incident }) => incident.closingMeasures ?? ''],
  ['afgesloten', ({ incident }) => incident.closedAt ?? ''],
  ['geanonimiseerd', ({ incident }) => incident.anonymisedAt ?? ''],
  [
    'audit',
    ({ audit }) =>
      audit.map((entry) => `${entry.at} ${entry.actor.name}: ${entry.action}`).join(' | '),
  ],
];

/** RFC 4180 CSV with a header row; every cell quoted. */
export function registerToCsv(entries: RegisterEntry[]): string {
  const rows = [COLUMNS.map(([name]) => name)];
  for (const entry of entries) rows.push(COLUMNS.map(([, value]) => value(entry)));
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell: a leading = + - @ (or tab, carriage return) gets a ' so spreadsheets show it as
 * text instead of running it (OWASP CSV injection); quotes are doubled.
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string): string {
  const first = value.charAt(0);
  const defused = ['=', '+', '-', '@', '\t', '\r'].includes(first) ? `'${value}` : value;
  return `"${defused.replaceAll('"', '""')}"`;
}

export function registerToJson(entries: RegisterEntry[]): string {
  return `${JSON.stringify(
    entries.map(({ incident, audit, decisions = [] }) => ({
      ...incident,
      audit: audit.map(({ at, actor, action, detail }) => ({ at, actor, action, detail })),
      breachDecisions: decisions.map(({ incidentId: _id, ...decision }) => decision),
    })),
    null,
    2,
  )}\n`;
}
