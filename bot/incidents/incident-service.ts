// The breach application service: what the Teams wiring (and later the API) calls. Thin over the
// pure domain: validate, write to the register (report first, Teams after, through the outbox),
// and hand back view models for the cards.
import type { ChannelRegistration, IncidentStore } from '../store/incident-store';
import { buildApDraft, buildApFollowUpDraft } from './ap-draft';
import type { ApDraft } from '../../shared/incidents/ap-draft-marks';
import { applicableAuthorities, type Authority } from './authorities';
import { decideBreach, type BreachDecision, type BreachDecisionInput } from './breach-decision';
import { apDeadline } from '../../shared/incidents/deadline';
import {
  DEFAULT_ESCALATION_POLICY,
  dueEscalations,
  escalationRecipients,
  type EscalationPolicy,
} from './escalation';
import { registerToCsv, registerToJson, type RegisterEntry } from './export';
import { applyAction, type IncidentAction } from './incident-actions';
import type { Incident } from './incident';
import {
  incidentCardView,
  receiptView,
  type IncidentCardView,
  type ReceiptView,
} from './incident-view';
import { draftDeletionRequest } from '../../shared/incidents/deletion-request';
import type { OutboxDraft } from './outbox-message';
import { dueReminder } from './reminders';
import type { Person } from './report';
import { ANONYMISED, anonymiseIncident, isDueForAnonymisation } from './retention';
import {
  DEFAULT_NOTICE_CONTACT,
  draftSubjectNotice,
  type LetterDraft,
  type NoticeContact,
} from './subject-notice';
import { validateReport, type FieldError } from './validate-report';

export interface IncidentServiceDeps {
  store: IncidentStore;
  clock: () => Date;
  /** New incident ids. */
  newId: () => string;
  /** Who may act on incidents (the ICT domain); the identity work supplies the real rule. */
  canHandle: (actor: Person) => boolean | Promise<boolean>;
  organisationName: string;
  retentionDays: number;
  /** Whom the letter to the people concerned names as contact (the privacy officer's role). */
  noticeContact?: NoticeContact;
  /** When and to whom unhandled breaches escalate; without it, the defaults and the channel only. */
  escalation?: EscalationPolicy;
  /** Other authorities to inform per data kind or incident kind (the config's `authorities`). */
  authorities?: readonly Authority[];
}

/** Who does what the service does on its own (retention). */
const SYSTEM: Person = { id: 'privacywacht', name: 'Privacywacht' };

/** Optimistic updates retried this often when two people act on one incident at once. */
const UPDATE_TRIES = 3;

type SubmitResult =
  | { ok: true; receipt: ReceiptView; incident: Incident; created: boolean }
  | { ok: false; errors: FieldError[] };

type DecideResult =
  | { ok: true; incident: Incident; decision: BreachDecision; view: IncidentCardView }
  | {
      ok: false;
      code: 'not-found' | 'forbidden' | 'refused';
      reason: { nl: string; en: string };
      /** Every problem with the input, when refused. */
      errors?: { nl: string; en: string }[];
    };

type ActResult =
  | { ok: true; incident: Incident; view: IncidentCardView; changed: boolean }
  | {
      ok: false;
      code: 'not-found' | 'forbidden' | 'refused' | 'conflict';
      reason: { nl: string; en: string };
    };

export interface IncidentService {
  submitReport(
    input: Record<string, unknown>,
    reporter: Person,
    submissionId: string,
  ): Promise<SubmitResult>;
  act(incidentId: string, action: IncidentAction, actor: Person): Promise<ActResult>;
  /**
   * Records the privacy officer's severity assessment and the two decisions (AP, people
   * concerned); a decision against a suggestion needs its one-line reason.
   */
  decideBreach(
    incidentId: string,
    input: BreachDecisionInput,
    actor: Person,
  ): Promise<DecideResult>;
  /**
   * Draft letters to edit and send by hand: the notice to the people concerned, and for a mail to
   * a wrong recipient the request to delete it.
   */
  letters(
    incidentId: string,
  ): Promise<{ notice: LetterDraft; deletionRequest?: LetterDraft } | undefined>;
  /** The register's latest breach decision on an incident. */
  latestDecision(incidentId: string): Promise<BreachDecision | undefined>;
  /** The card view for one person's refresh, or undefined when the incident is unknown. */
  view(incidentId: string): Promise<IncidentCardView | undefined>;
  canHandle(actor: Person): Promise<boolean>;
  /** The AP form's answers, each marked recorded, derived or missing. */
  apDraft(incidentId: string): Promise<ApDraft | undefined>;
  /** The follow-up notice (vervolgmelding); undefined until the AP has been notified. */
  apFollowUpDraft(incidentId: string): Promise<ApDraft | undefined>;
  /** Stores where incidents go and retries posts that had failed. */
  registerChannel(channel: ChannelRegistration): Promise<void>;
  rememberReporter(userId: string, reference: Record<string, unknown>): Promise<void>;
  /** Queues each due reminder once (claimed in the register); returns how many. */
  runDueReminders(): Promise<number>;
  /**
   * Queues each due escalation once (claimed in the register, so once across instances and
   * restarts): a line in the thread and a personal message per configured person; returns how many.
   */
  runDueEscalations(): Promise<number>;
  /** Anonymises the free text of incidents closed longer ago than the retention period. */
  runRetention(): Promise<number>;
  exportRegister(format: 'csv' | 'json', since?: string): Promise<string>;
}

export function createIncidentService(deps: IncidentServiceDeps): IncidentService {
  const { store, clock } = deps;
  const refusals = {
    notFound: { nl: 'Deze melding bestaat niet (meer).', en: 'This incident does not exist.' },
    forbidden: {
      nl: 'Alleen het domein ICT kan meldingen behandelen.',
      en: 'Only the ICT domain can handle incidents.',
    },
    conflict: {
      nl: 'Iemand anders wijzigde de melding tegelijk; probeer het opnieuw.',
      en: 'Someone else changed the incident at the same time; try again.',
    },
  };

  const latestDecision = async (incidentId: string) =>
    (await store.listBreachDecisions(incidentId)).at(-1);
  const authorities = deps.authorities ?? [];
  const cardView = (incident: Incident, now: Date, decision: BreachDecision | undefined) =>
    incidentCardView(incident, now, decision, authorities);
  const unknownAuthority = {
    nl: 'Deze instantie is voor deze melding niet ingesteld.',
    en: 'This authority is not configured for this incident.',
  };

  return {
    async submitReport(input, reporter, submissionId) {
      const now = clock();
      const validation = validateReport(input, now);
      if (!validation.ok) return { ok: false, errors: validation.errors };
      const id = deps.newId();
      const reportedAt = now.toISOString();
      const result = await store.createIncident(
        {
          ...validation.report,
          id,
          status: 'new',
          reporter,
          reportedAt,
          deadline: apDeadline(validation.report.discoveredAt),
        },
        // Per reporter: someone else's submission id never returns their receipt.
        `${reporter.id}:${submissionId}`,
        { incidentId: id, at: reportedAt, actor: reporter, action: 'reported', detail: {} },
        [{ incidentId: id, intent: { kind: 'create-thread' } }],
      );
      return {
        ok: true,
        receipt: receiptView(result.incident),
        incident: result.incident,
        created: result.created,
      };
    },

    async act(incidentId, action, actor) {
      if (!(await deps.canHandle(actor)))
        return { ok: false, code: 'forbidden', reason: refusals.forbidden };
      for (let attempt = 0; attempt < UPDATE_TRIES; attempt++) {
        const incident = await store.getIncident(incidentId);
        if (!incident) return { ok: false, code: 'not-found', reason: refusals.notFound };
        const now = clock();
        if (
          action.verb === 'informAuthority' &&
          !applicableAuthorities(incident, authorities).some(
            (authority) => authority.id === action.authorityId,
          )
        )
          return { ok: false, code: 'refused', reason: unknownAuthority };
        const result = applyAction(incident, action, actor, now);
        if (!result.ok) return { ok: false, code: 'refused', reason: result.reason };
        const decision = await latestDecision(incidentId);
        if (!result.audit)
          return {
            ok: true,
            incident,
            view: cardView(incident, now, decision),
            changed: false,
          };
        const outbox: OutboxDraft[] = [
          { incidentId, intent: { kind: 'update-card' } },
          {
            incidentId,
            intent: { kind: 'thread-step', step: result.audit.action, actorName: actor.name },
          },
        ];
        if (result.incident.status !== incident.status)
          outbox.push({
            incidentId,
            intent: { kind: 'notify-reporter', status: result.incident.status },
          });
        if ((await store.updateIncident(result.incident, result.audit, outbox)) === 'ok')
          return {
            ok: true,
            incident: result.incident,
            view: cardView(result.incident, now, decision),
            changed: true,
          };
      }
      return { ok: false, code: 'conflict', reason: refusals.conflict };
    },

    async decideBreach(incidentId, input, actor) {
      if (!(await deps.canHandle(actor)))
        return { ok: false, code: 'forbidden', reason: refusals.forbidden };
      const incident = await store.getIncident(incidentId);
      if (!incident) return { ok: false, code: 'not-found', reason: refusals.notFound };
      const now = clock();
      const previous = await latestDecision(incidentId);
      const result = decideBreach(incident, previous, input, actor, now);
      if (!result.ok) {
        const [first = refusals.notFound] = result.errors;
        return { ok: false, code: 'refused', reason: first, errors: result.errors };
      }
      const { decision } = result;
      await store.recordBreachDecision(
        decision,
        {
          incidentId,
          at: decision.decidedAt,
          actor,
          action: 'decided-breach',
          // Structured facts only; the reasons live on the decision row.
          detail: {
            level: decision.level,
            notifyAp: decision.notifyAp,
            informSubjects: decision.informSubjects,
            isAgainstSuggestion:
              decision.notifyAp !== decision.suggestion.notifyAp ||
              decision.informSubjects !== decision.suggestion.informSubjects,
          },
        },
        [
          { incidentId, intent: { kind: 'update-card' } },
          {
            incidentId,
            intent: { kind: 'thread-step', step: 'decided-breach', actorName: actor.name },
          },
        ],
      );
      return { ok: true, incident, decision, view: cardView(incident, now, decision) };
    },

    latestDecision,

    async letters(incidentId) {
      const incident = await store.getIncident(incidentId);
      if (!incident) return undefined;
      const notice = draftSubjectNotice(
        incident,
        deps.organisationName,
        deps.noticeContact ?? DEFAULT_NOTICE_CONTACT,
      );
      return incident.kind === 'wrong-recipient'
        ? { notice, deletionRequest: draftDeletionRequest(incident, deps.organisationName) }
        : { notice };
    },

    async view(incidentId) {
      const incident = await store.getIncident(incidentId);
      return incident ? cardView(incident, clock(), await latestDecision(incidentId)) : undefined;
    },

    async canHandle(actor) {
      return deps.canHandle(actor);
    },

    async apDraft(incidentId) {
      const incident = await store.getIncident(incidentId);
      if (!incident) return undefined;
      const decision = await latestDecision(incidentId);
      return buildApDraft(incident, deps.organisationName, {
        now: clock(),
        ...(decision ? { decision } : {}),
      });
    },

    async apFollowUpDraft(incidentId) {
      const incident = await store.getIncident(incidentId);
      if (!incident) return undefined;
      const decision = await latestDecision(incidentId);
      return buildApFollowUpDraft(incident, deps.organisationName, {
        now: clock(),
        ...(decision ? { decision } : {}),
      });
    },

    async registerChannel(channel) {
      await store.saveChannel(channel);
      // A (new) channel is a new chance for posts that had given up, e.g. after the bot was removed.
      await store.retryFailedOutbox(clock().toISOString());
    },
    rememberReporter: (userId, reference) => store.saveConversationReference(userId, reference),

    async runDueReminders() {
      const now = clock();
      let queued = 0;
      for (const incident of await store.listIncidents({ openOnly: true })) {
        const kind = dueReminder(incident, now);
        if (!kind) continue;
        const claimed = await store.claimReminder(incident.id, kind, now.toISOString(), {
          incidentId: incident.id,
          intent: { kind: 'thread-reminder', reminder: kind },
        });
        if (claimed) queued++;
      }
      return queued;
    },

    async runDueEscalations() {
      const now = clock();
      const policy = deps.escalation ?? DEFAULT_ESCALATION_POLICY;
      let queued = 0;
      for (const incident of await store.listIncidents({ openOnly: true }))
        for (const kind of dueEscalations(incident, now, policy)) {
          const outbox: OutboxDraft[] = [
            { incidentId: incident.id, intent: { kind: 'thread-escalation', escalation: kind } },
            ...escalationRecipients(kind, policy).map((userId): OutboxDraft => ({
              incidentId: incident.id,
              intent: { kind: 'notify-person', userId, escalation: kind },
            })),
          ];
          const recipients = outbox.length - 1;
          // Audited in the claim's transaction: the register shows each escalation exactly once.
          const audit = {
            incidentId: incident.id,
            at: now.toISOString(),
            actor: SYSTEM,
            action: 'escalated' as const,
            detail: { escalation: kind, personalMessages: String(recipients) },
          };
          if (await store.claimReminder(incident.id, kind, now.toISOString(), outbox, audit))
            queued++;
        }
      return queued;
    },

    async runRetention() {
      const now = clock();
      let anonymised = 0;
      for (const incident of await store.listIncidents()) {
        // The decisions' reasons go with the incident's free text; repeated for anonymised
        // incidents so a stop between the two steps is repaired on the next run.
        if (incident.anonymisedAt !== undefined)
          await store.anonymiseBreachDecisions(incident.id, ANONYMISED);
        if (!isDueForAnonymisation(incident, now, deps.retentionDays)) continue;
        const next = anonymiseIncident(incident, now, SYSTEM);
        if ((await store.updateIncident(next.incident, next.audit, [])) === 'ok') {
          await store.anonymiseBreachDecisions(incident.id, ANONYMISED);
          anonymised++;
        }
      }
      return anonymised;
    },

    async exportRegister(format, since) {
      const entries: RegisterEntry[] = [];
      for (const incident of await store.listIncidents(since ? { since } : {}))
        entries.push({
          incident,
          audit: await store.listAudit(incident.id),
          decisions: await store.listBreachDecisions(incident.id),
        });
      return format === 'csv' ? registerToCsv(entries) : registerToJson(entries);
    },
  };
}
