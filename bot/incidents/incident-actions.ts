// The status machine: what the ICT domain may do to an incident in which status. Every accepted
// step gives the next incident and one audit entry; a refused step gives the reason.
import type { AuditEntry } from './audit';
import { isLateNotification } from '../../shared/incidents/deadline';
import type { Incident } from './incident';
import type { IncidentStatus } from '../../shared/incidents/incident-status';
import type { Person } from './report';

const TEXT_LIMIT = 1000;
const REFERENCE_LIMIT = 100;

/** The card actions (Action.Execute verbs) and their data, parsed at the edge. */
export type IncidentAction =
  | { verb: 'take' }
  | {
      verb: 'decideNotifiable';
      apReference: string;
      apNotifiedAt: string;
      /** Required when the AP was notified after the deadline; empty otherwise. */
      lateReason?: string;
    }
  | { verb: 'decideNotNotifiable'; reason: string }
  | { verb: 'decideSubjects'; informed: boolean; explanation: string }
  | { verb: 'close'; measures: string }
  /** Another authority (configured, checked by the service) was informed; any status but closed. */
  | { verb: 'informAuthority'; authorityId: string };
export type IncidentVerb = IncidentAction['verb'];
/** The verbs that move an incident along its statuses (the card's and the tab's step buttons). */
export type StatusVerb = Exclude<IncidentVerb, 'informAuthority'>;
export const INCIDENT_VERBS: readonly IncidentVerb[] = [
  'take',
  'decideNotifiable',
  'decideNotNotifiable',
  'decideSubjects',
  'close',
  'informAuthority',
];

export type ActionResult =
  | { ok: true; incident: Incident; audit: AuditEntry }
  /** The same step again (a double click, Teams retrying an invoke): nothing changes. */
  | { ok: true; incident: Incident; audit: undefined }
  | { ok: false; reason: { nl: string; en: string } };

/** Which verbs the card offers in a status. */
export function allowedVerbs(status: IncidentStatus): StatusVerb[] {
  switch (status) {
    case 'new':
      return ['take'];
    case 'in-progress':
      return ['take', 'decideNotifiable', 'decideNotNotifiable'];
    case 'not-notifiable':
      return ['take', 'decideNotifiable', 'decideSubjects'];
    case 'notified-ap':
      return ['take', 'decideSubjects'];
    case 'subjects-decided':
      return ['take', 'close'];
    case 'closed':
      return [];
  }
}

const REFUSALS: Record<IncidentVerb, { nl: string; en: string }> = {
  take: { nl: 'Deze melding is al afgesloten.', en: 'This incident is already closed.' },
  decideNotifiable: {
    nl: 'Neem de melding eerst in behandeling; een AP-melding kan daarna niet nogmaals worden vastgelegd.',
    en: 'Take the incident on first; an AP notification cannot be recorded twice.',
  },
  decideNotNotifiable: {
    nl: 'Neem de melding eerst in behandeling; dit besluit kan alleen vóór een AP-melding.',
    en: 'Take the incident on first; this decision is only possible before an AP notification.',
  },
  decideSubjects: {
    nl: 'Besluit eerst of de melding aan de AP moet worden gedaan.',
    en: 'Decide first whether the AP must be notified.',
  },
  close: {
    nl: 'Afsluiten kan pas na de besluiten over de AP en over het informeren van de betrokkenen.',
    en: 'Closing is only possible after the decisions on the AP and on informing the people concerned.',
  },
  informAuthority: { nl: 'Deze melding is al afgesloten.', en: 'This incident is already closed.' },
};

/**
 * Applies a card action by `actor` at `now`. Authorisation is the caller's job.
 * @example applyAction(incident, { verb: 'take' }, ictMember, now)
 */
export function applyAction(
  incident: Incident,
  action: IncidentAction,
  actor: Person,
  now: Date,
): ActionResult {
  const repeat = isRepeat(incident, action, actor);
  if (repeat) return { ok: true, incident, audit: undefined };
  const isAllowed =
    action.verb === 'informAuthority'
      ? incident.status !== 'closed'
      : allowedVerbs(incident.status).includes(action.verb);
  if (!isAllowed) return { ok: false, reason: REFUSALS[action.verb] };
  const invalid = invalidData(incident, action, now);
  if (invalid) return { ok: false, reason: invalid };

  const at = now.toISOString();
  const assignee = incident.assignee ?? actor;
  const step = (
    change: Partial<Incident>,
    auditAction: AuditEntry['action'],
    detail: AuditEntry['detail'] = {},
  ): ActionResult => ({
    ok: true,
    incident: { ...incident, ...change, version: incident.version + 1 },
    audit: { incidentId: incident.id, at, actor, action: auditAction, detail },
  });

  switch (action.verb) {
    case 'take':
      return step(
        { assignee: actor, status: incident.status === 'new' ? 'in-progress' : incident.status },
        'taken',
      );
    case 'decideNotifiable': {
      const isLate = isLateNotification(incident.deadline, action.apNotifiedAt);
      const lateReason = action.lateReason?.trim() ?? '';
      return step(
        {
          assignee,
          status: 'notified-ap',
          apNotification: {
            reference: action.apReference.trim(),
            notifiedAt: action.apNotifiedAt,
            ...(isLate ? { lateReason } : {}),
          },
        },
        'decided-notifiable',
        {
          apReference: action.apReference.trim(),
          apNotifiedAt: action.apNotifiedAt,
          ...(isLate ? { isLate } : {}),
        },
      );
    }
    case 'decideNotNotifiable':
      return step(
        { assignee, status: 'not-notifiable', notNotifiableReason: action.reason.trim() },
        'decided-not-notifiable',
      );
    case 'decideSubjects':
      return step(
        {
          assignee,
          status: 'subjects-decided',
          subjectsDecision: { informed: action.informed, explanation: action.explanation.trim() },
        },
        'decided-subjects',
        { informed: action.informed },
      );
    case 'close':
      return step(
        { status: 'closed', closingMeasures: action.measures.trim(), closedAt: at },
        'closed',
      );
    case 'informAuthority':
      return step(
        {
          authoritiesInformed: [
            ...(incident.authoritiesInformed ?? []),
            { authorityId: action.authorityId, informedAt: at, by: actor },
          ],
        },
        'informed-authority',
        { authority: action.authorityId },
      );
  }
}

/** Teams retries invokes and people double-click: the same step with the same data is a no-op. */
function isRepeat(incident: Incident, action: IncidentAction, actor: Person): boolean {
  switch (action.verb) {
    case 'take':
      return incident.status !== 'new' && incident.assignee?.id === actor.id;
    case 'decideNotifiable':
      return (
        incident.status === 'notified-ap' &&
        incident.apNotification?.reference === action.apReference.trim()
      );
    case 'decideNotNotifiable':
      return (
        incident.status === 'not-notifiable' &&
        incident.notNotifiableReason === action.reason.trim()
      );
    case 'decideSubjects':
      return (
        incident.status === 'subjects-decided' &&
        incident.subjectsDecision?.informed === action.informed &&
        incident.subjectsDecision.explanation === action.explanation.trim()
      );
    case 'close':
      return incident.status === 'closed' && incident.closingMeasures === action.measures.trim();
    case 'informAuthority':
      return (incident.authoritiesInformed ?? []).some(
        (item) => item.authorityId === action.authorityId,
      );
  }
}

function invalidData(
  incident: Incident,
  action: IncidentAction,
  now: Date,
): { nl: string; en: string } | undefined {
  const tooLong = (max: number) => ({
    nl: `Gebruik hooguit ${max} tekens.`,
    en: `Use at most ${max} characters.`,
  });
  switch (action.verb) {
    case 'take':
      return undefined;
    case 'decideNotifiable': {
      if (action.apReference.trim() === '')
        return {
          nl: 'Vul het meldnummer van de AP in.',
          en: "Enter the AP's notification reference.",
        };
      if (action.apReference.length > REFERENCE_LIMIT) return tooLong(REFERENCE_LIMIT);
      const notifiedAt = Date.parse(action.apNotifiedAt);
      if (Number.isNaN(notifiedAt))
        return {
          nl: 'Vul in wanneer de melding bij de AP is gedaan.',
          en: 'Enter when the AP was notified.',
        };
      if (notifiedAt > now.getTime() + 5 * 60_000)
        return { nl: 'Dit tijdstip ligt in de toekomst.', en: 'This time is in the future.' };
      const lateReason = action.lateReason?.trim() ?? '';
      // GDPR art. 33(1): a notice after 72 hours comes with the reasons for the delay.
      if (isLateNotification(incident.deadline, action.apNotifiedAt) && lateReason === '')
        return {
          nl: 'De melding bij de AP is na de deadline van 72 uur gedaan: geef de reden van de vertraging.',
          en: 'The AP was notified after the 72-hour deadline: give the reason for the delay.',
        };
      return lateReason.length > TEXT_LIMIT ? tooLong(TEXT_LIMIT) : undefined;
    }
    case 'decideNotNotifiable':
      if (action.reason.trim() === '')
        return {
          nl: 'Geef de reden waarom de melding niet bij de AP hoeft.',
          en: 'Give the reason why the AP need not be notified.',
        };
      return action.reason.length > TEXT_LIMIT ? tooLong(TEXT_LIMIT) : undefined;
    case 'decideSubjects':
      if (action.explanation.trim() === '')
        return {
          nl: action.informed
            ? 'Beschrijf hoe en wanneer de betrokkenen worden geïnformeerd.'
            : 'Geef de reden waarom de betrokkenen niet worden geïnformeerd.',
          en: action.informed
            ? 'Describe how and when the people concerned are informed.'
            : 'Give the reason why the people concerned are not informed.',
        };
      return action.explanation.length > TEXT_LIMIT ? tooLong(TEXT_LIMIT) : undefined;
    case 'close':
      if (action.measures.trim() === '')
        return {
          nl: 'Beschrijf de genomen maatregelen.',
          en: 'Describe the measures taken.',
        };
      return action.measures.length > TEXT_LIMIT ? tooLong(TEXT_LIMIT) : undefined;
    case 'informAuthority':
      return /^[a-z0-9-]{1,40}$/.test(action.authorityId)
        ? undefined
        : { nl: 'Deze instantie ken ik niet.', en: 'I do not know this authority.' };
  }
}
