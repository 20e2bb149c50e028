// The breach application service: what the Teams wiring (and later the API) calls. Thin over the
// pure domain: validate, write to the register (report first, Teams after, through the outbox),
// and hand back view models for the cards.
import type { ChannelRegistration, IncidentStore } from '../store/incident-store';
import { buildApDraft, type ApDraft } from './ap-draft';
import { apDeadline } from './deadline';
import { registerToCsv, registerToJson, type RegisterEntry } from './export';
import { applyAction, type IncidentAction } from './incident-actions';
import type { Incident } from './incident';
import {
  incidentCardView,
  receiptView,
  type IncidentCardView,
  type ReceiptView,
} from './incident-view';
import type { OutboxDraft } from './outbox-message';
import { dueReminder } from './reminders';
import type { Person } from './report';
import { anonymiseIncident, isDueForAnonymisation } from './retention';
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
}

/** Who does what the service does on its own (retention). */
const SYSTEM: Person = { id: 'privacywacht', name: 'Privacywacht' };

/** Optimistic updates retried this often when two people act on one incident at once. */
const UPDATE_TRIES = 3;

type SubmitResult =
  | { ok: true; receipt: ReceiptView; incident: Incident; created: boolean }
  | { ok: false; errors: FieldError[] };

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
  /** The card view for one person's refresh, or undefined when the incident is unknown. */
  view(incidentId: string): Promise<IncidentCardView | undefined>;
  canHandle(actor: Person): Promise<boolean>;
  apDraft(incidentId: string): Promise<ApDraft | undefined>;
  /** Stores where incidents go and retries posts that had failed. */
  registerChannel(channel: ChannelRegistration): Promise<void>;
  rememberReporter(userId: string, reference: Record<string, unknown>): Promise<void>;
  /** Queues each due reminder once (claimed in the register); returns how many. */
  runDueReminders(): Promise<number>;
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
        const result = applyAction(incident, action, actor, now);
        if (!result.ok) return { ok: false, code: 'refused', reason: result.reason };
        if (!result.audit)
          return { ok: true, incident, view: incidentCardView(incident, now), changed: false };
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
            view: incidentCardView(result.incident, now),
            changed: true,
          };
      }
      return { ok: false, code: 'conflict', reason: refusals.conflict };
    },

    async view(incidentId) {
      const incident = await store.getIncident(incidentId);
      return incident ? incidentCardView(incident, clock()) : undefined;
    },

    async canHandle(actor) {
      return deps.canHandle(actor);
    },

    async apDraft(incidentId) {
      const incident = await store.getIncident(incidentId);
      return incident ? buildApDraft(incident, deps.organisationName) : undefined;
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

    async runRetention() {
      const now = clock();
      let anonymised = 0;
      for (const incident of await store.listIncidents()) {
        if (!isDueForAnonymisation(incident, now, deps.retentionDays)) continue;
        const next = anonymiseIncident(incident, now, SYSTEM);
        if ((await store.updateIncident(next.incident, next.audit, [])) === 'ok') anonymised++;
      }
      return anonymised;
    },

    async exportRegister(format, since) {
      const entries: RegisterEntry[] = [];
      for (const incident of await store.listIncidents(since ? { since } : {}))
        entries.push({ incident, audit: await store.listAudit(incident.id) });
      return format === 'csv' ? registerToCsv(entries) : registerToJson(entries);
    },
  };
}
