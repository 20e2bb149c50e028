// Turns the report card's submitted inputs into an IncidentReport, or a Dutch and English message
// per field that is wrong. Client-side card validation is a convenience only; this is the check.
import { fromAmsterdamLocal } from '../../shared/time/amsterdam-time';
import {
  DATA_KINDS,
  ENCRYPTION_STATES,
  INCIDENT_KINDS,
  REPORT_LIMITS,
  SUBJECT_GROUPS,
  type IncidentReport,
} from './report';

/** The input ids of the report form card; the card builder uses the same names. */
export const REPORT_FIELDS = [
  'kind',
  'kindOther',
  'occurredDate',
  'occurredTime',
  'discoveredDate',
  'discoveredTime',
  'dataKinds',
  'subjectGroups',
  'affectedCount',
  'encrypted',
  'measuresTaken',
  'description',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export interface FieldError {
  field: ReportField;
  nl: string;
  en: string;
}

export type ReportValidation =
  { ok: true; report: IncidentReport } | { ok: false; errors: FieldError[] };

/** A few minutes' grace for a reporter's clock running ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Validates a submitted report against the current time.
 * @example validateReport({ kind: 'lost-device', ... }, new Date())
 */
export function validateReport(input: Record<string, unknown>, now: Date): ReportValidation {
  const errors: FieldError[] = [];
  const fail = (field: ReportField, nl: string, en: string): undefined => {
    errors.push({ field, nl, en });
    return undefined;
  };

  const kind = oneOf(INCIDENT_KINDS, text(input, 'kind'));
  if (kind === undefined) fail('kind', 'Kies wat er is gebeurd.', 'Choose what happened.');
  const kindOther = text(input, 'kindOther');
  if (kind === 'other' && kindOther === '')
    fail('kindOther', 'Beschrijf kort wat er is gebeurd.', 'Describe briefly what happened.');
  if (kindOther.length > REPORT_LIMITS.kindOther)
    fail('kindOther', ...tooLong(REPORT_LIMITS.kindOther));

  const occurred = dateTime(input, 'occurredDate', 'occurredTime', false, fail);
  const discovered = dateTime(input, 'discoveredDate', 'discoveredTime', true, fail);
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const isOccurredInFuture = occurred !== undefined && occurred.getTime() > latest;
  if (isOccurredInFuture)
    fail('occurredDate', 'Dit tijdstip ligt in de toekomst.', 'This time is in the future.');
  if (discovered && discovered.getTime() > latest)
    fail('discoveredDate', 'Dit tijdstip ligt in de toekomst.', 'This time is in the future.');
  else if (occurred && discovered && !isOccurredInFuture && discovered < occurred)
    fail(
      'discoveredDate',
      'De ontdekking kan niet vóór het voorval liggen.',
      'Discovery cannot be before the incident.',
    );

  const dataKinds = list(DATA_KINDS, text(input, 'dataKinds'));
  if (dataKinds === undefined || dataKinds.length === 0)
    fail(
      'dataKinds',
      'Kies welke soorten gegevens het betreft.',
      'Choose which kinds of data are involved.',
    );
  const subjectGroups = list(SUBJECT_GROUPS, text(input, 'subjectGroups'));
  if (subjectGroups === undefined || subjectGroups.length === 0)
    fail('subjectGroups', 'Kies van wie de gegevens zijn.', 'Choose whose data it is.');

  const affectedCount = count(text(input, 'affectedCount'));
  if (affectedCount === undefined)
    fail(
      'affectedCount',
      `Vul een geschat aantal personen in, van ${REPORT_LIMITS.affectedMin} tot ${REPORT_LIMITS.affectedMax}.`,
      `Enter an estimated number of people, from ${REPORT_LIMITS.affectedMin} to ${REPORT_LIMITS.affectedMax}.`,
    );

  const encrypted = oneOf(ENCRYPTION_STATES, text(input, 'encrypted'));
  if (encrypted === undefined)
    fail(
      'encrypted',
      'Kies of de gegevens versleuteld waren (ja, nee, weet ik niet).',
      "Choose whether the data was encrypted (yes, no, don't know).",
    );

  const measuresTaken = text(input, 'measuresTaken');
  if (measuresTaken.length > REPORT_LIMITS.measuresTaken)
    fail('measuresTaken', ...tooLong(REPORT_LIMITS.measuresTaken));
  const description = text(input, 'description');
  if (description === '')
    fail('description', 'Beschrijf wat er is gebeurd.', 'Describe what happened.');
  else if (description.length > REPORT_LIMITS.description)
    fail('description', ...tooLong(REPORT_LIMITS.description));

  if (
    errors.length > 0 ||
    !kind ||
    !occurred ||
    !discovered ||
    !dataKinds ||
    !subjectGroups ||
    affectedCount === undefined ||
    !encrypted
  )
    return { ok: false, errors };
  return {
    ok: true,
    report: {
      kind,
      ...(kind === 'other' ? { kindOther } : {}),
      occurredAt: occurred.toISOString(),
      discoveredAt: discovered.toISOString(),
      dataKinds,
      subjectGroups,
      affectedCount,
      encrypted,
      measuresTaken,
      description,
    },
  };
}

function text(input: Record<string, unknown>, field: ReportField): string {
  const value = input[field];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.trim() : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A multi-select ChoiceSet submits "a,b,c"; unknown values make the whole list invalid. */
function list<T extends string>(allowed: readonly T[], value: string): T[] | undefined {
  if (value === '') return [];
  const chosen: T[] = [];
  for (const item of value.split(',')) {
    const known = oneOf(allowed, item.trim());
    if (known === undefined) return undefined;
    if (!chosen.includes(known)) chosen.push(known);
  }
  return chosen;
}

function count(value: string): number | undefined {
  if (!/^\d{1,7}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= REPORT_LIMITS.affectedMin && number <= REPORT_LIMITS.affectedMax
    ? number
    : undefined;
}

function tooLong(max: number): [string, string] {
  return [`Gebruik hooguit ${max} tekens.`, `Use at most ${max} characters.`];
}

/** Input.Date gives YYYY-MM-DD and Input.Time HH:mm, both Amsterdam wall-clock time. */
function dateTime(
  input: Record<string, unknown>,
  dateField: 'occurredDate' | 'discoveredDate',
  timeField: 'occurredTime' | 'discoveredTime',
  isTimeRequired: boolean,
  fail: (field: ReportField, nl: string, en: string) => undefined,
): Date | undefined {
  const dateText = text(input, dateField);
  const timeText = text(input, timeField);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateText) ? dateText.split('-').map(Number) : undefined;
  const [year = 0, month = 0, day = 0] = date ?? [];
  if (!date || !isCalendarDate(year, month, day))
    return fail(dateField, 'Vul een geldige datum in.', 'Enter a valid date.');
  if (timeText === '' && isTimeRequired)
    return fail(timeField, 'Vul het tijdstip in.', 'Enter the time.');
  const time = /^\d{2}:\d{2}$/.test(timeText) ? timeText.split(':').map(Number) : undefined;
  const [hour = 0, minute = 0] = time ?? [];
  if (timeText !== '' && (!time || hour > 23 || minute > 59))
    return fail(timeField, 'Vul een geldig tijdstip in (uu:mm).', 'Enter a valid time (hh:mm).');
  return fromAmsterdamLocal({ year, month, day, hour, minute });
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
