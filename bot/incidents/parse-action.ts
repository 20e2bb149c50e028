// Reads a card action (verb and submitted data) into an IncidentAction. Ids and roles in the data
// are never trusted: the incident id only says which incident, authorisation happens elsewhere.
import { fromAmsterdamLocal } from '../../shared/time/amsterdam-time';
import { INCIDENT_VERBS, type IncidentAction, type IncidentVerb } from './incident-actions';

/** Card verbs are `incident.<verb>`, e.g. `incident.take`. */
export const INCIDENT_VERB_PREFIX = 'incident.';

/** Input ids of the decision forms on the incident card. */
export const DECISION_INPUTS = {
  apReference: 'apReference',
  apNotifiedDate: 'apNotifiedDate',
  apNotifiedTime: 'apNotifiedTime',
  reason: 'reason',
  informed: 'informed',
  explanation: 'explanation',
  measures: 'measures',
  lateReason: 'lateReason',
  authorityId: 'authorityId',
} as const;

export type ParsedAction =
  | { ok: true; incidentId: string; action: IncidentAction }
  | { ok: false; reason: { nl: string; en: string } };

const UNKNOWN = {
  ok: false,
  reason: { nl: 'Deze actie ken ik niet.', en: 'I do not know this action.' },
} as const;

export function parseIncidentAction(verb: string, data: Record<string, unknown>): ParsedAction {
  if (!verb.startsWith(INCIDENT_VERB_PREFIX)) return UNKNOWN;
  const name = verb.slice(INCIDENT_VERB_PREFIX.length) as IncidentVerb;
  const incidentId = field(data, 'incidentId');
  if (!INCIDENT_VERBS.includes(name) || incidentId === '') return UNKNOWN;
  const action = toAction(name, data);
  return action ? { ok: true, incidentId, action } : UNKNOWN;
}

function toAction(verb: IncidentVerb, data: Record<string, unknown>): IncidentAction | undefined {
  switch (verb) {
    case 'take':
      return { verb };
    case 'decideNotifiable': {
      const lateReason = field(data, DECISION_INPUTS.lateReason);
      return {
        verb,
        apReference: field(data, DECISION_INPUTS.apReference),
        apNotifiedAt: localToIso(
          field(data, DECISION_INPUTS.apNotifiedDate),
          field(data, DECISION_INPUTS.apNotifiedTime),
        ),
        ...(lateReason ? { lateReason } : {}),
      };
    }
    case 'decideNotNotifiable':
      return { verb, reason: field(data, DECISION_INPUTS.reason) };
    case 'decideSubjects': {
      const informed = field(data, DECISION_INPUTS.informed);
      if (informed !== 'yes' && informed !== 'no') return undefined;
      return {
        verb,
        informed: informed === 'yes',
        explanation: field(data, DECISION_INPUTS.explanation),
      };
    }
    case 'close':
      return { verb, measures: field(data, DECISION_INPUTS.measures) };
    case 'informAuthority':
      return { verb, authorityId: field(data, DECISION_INPUTS.authorityId) };
  }
}

function field(data: Record<string, unknown>, name: string): string {
  const value = data[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** An invalid date or time gives "" , which the status machine refuses with its own message. */
function localToIso(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return '';
  return fromAmsterdamLocal({ year, month, day, hour, minute }).toISOString();
}
