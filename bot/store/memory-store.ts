// The register in memory: the SQL store's twin for unit tests, with the same rules (numbers per
// Amsterdam year, one incident per submission, versions, one claim per reminder, leased outbox).
import { amsterdamYear } from '../../shared/time/amsterdam-time';
import type { AuditEntry } from '../incidents/audit';
import type { BreachDecision } from '../incidents/breach-decision';
import type { Incident } from '../incidents/incident';
import { formatIncidentNumber } from '../incidents/incident-number';
import type { OutboxDraft, OutboxMessage } from '../incidents/outbox-message';
import type { ChannelRegistration, IncidentStore } from './incident-store';

export function createMemoryStore(): IncidentStore {
  const incidents = new Map<string, Incident>();
  const bySubmission = new Map<string, string>();
  const sequences = new Map<number, number>();
  const audit: AuditEntry[] = [];
  const decisions: BreachDecision[] = [];
  const references = new Map<string, Record<string, unknown>>();
  const reminderClaims = new Set<string>();
  const outbox: OutboxMessage[] = [];
  let channel: ChannelRegistration | undefined;
  let isClosed = false;

  const copy = <T>(value: T): T => structuredClone(value);
  const enqueue = (drafts: OutboxDraft[], now: string) => {
    for (const draft of drafts)
      outbox.push({
        ...copy(draft),
        id: String(outbox.length + 1),
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      });
  };
  const message = (id: string) => {
    const found = outbox.find((item) => item.id === id);
    if (!found) throw new Error(`no outbox message ${id}`);
    return found;
  };

  return {
    ping() {
      return isClosed ? Promise.reject(new Error('store closed')) : Promise.resolve();
    },
    close() {
      isClosed = true;
      return Promise.resolve();
    },

    createIncident(draft, submissionId, entry, drafts) {
      const existing = bySubmission.get(submissionId);
      if (existing !== undefined)
        return Promise.resolve({ incident: copy(incidents.get(existing)!), created: false });
      const year = amsterdamYear(new Date(draft.reportedAt));
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const incident: Incident = {
        ...copy(draft),
        number: formatIncidentNumber(year, sequence),
        version: 1,
      };
      incidents.set(incident.id, incident);
      bySubmission.set(submissionId, incident.id);
      audit.push(copy(entry));
      enqueue(drafts, draft.reportedAt);
      return Promise.resolve({ incident: copy(incident), created: true });
    },

    updateIncident(next, entry, drafts) {
      const current = incidents.get(next.id);
      if (!current || current.version !== next.version - 1) return Promise.resolve('conflict');
      const { channelMessage: _ignored, ...rest } = copy(next);
      incidents.set(next.id, {
        ...rest,
        ...(current.channelMessage ? { channelMessage: current.channelMessage } : {}),
      });
      audit.push(copy(entry));
      enqueue(drafts, entry.at);
      return Promise.resolve('ok');
    },

    getIncident(id) {
      const incident = incidents.get(id);
      return Promise.resolve(incident ? copy(incident) : undefined);
    },
    getIncidentByNumber(number) {
      const incident = [...incidents.values()].find((item) => item.number === number);
      return Promise.resolve(incident ? copy(incident) : undefined);
    },
    listIncidents(filter = {}) {
      const list = [...incidents.values()]
        .filter((item) => !filter.since || item.reportedAt >= filter.since)
        .filter(
          (item) => !filter.openOnly || item.status === 'new' || item.status === 'in-progress',
        )
        .sort((a, b) =>
          a.reportedAt === b.reportedAt
            ? a.number.localeCompare(b.number)
            : a.reportedAt.localeCompare(b.reportedAt),
        );
      return Promise.resolve(copy(list));
    },
    listAudit(incidentId) {
      return Promise.resolve(copy(audit.filter((entry) => entry.incidentId === incidentId)));
    },
    setChannelMessage(incidentId, ref) {
      const incident = incidents.get(incidentId);
      if (incident) incident.channelMessage = copy(ref);
      return Promise.resolve();
    },

    recordBreachDecision(decision, entry, drafts) {
      if (!incidents.has(decision.incidentId))
        return Promise.reject(new Error(`no incident ${decision.incidentId}`));
      decisions.push(copy(decision));
      audit.push(copy(entry));
      enqueue(drafts, entry.at);
      return Promise.resolve();
    },
    anonymiseBreachDecisions(incidentId, replacement) {
      for (const decision of decisions.filter((item) => item.incidentId === incidentId)) {
        if (decision.notifyApReason !== undefined) decision.notifyApReason = replacement;
        if (decision.informSubjectsReason !== undefined)
          decision.informSubjectsReason = replacement;
      }
      return Promise.resolve();
    },
    listBreachDecisions(incidentId) {
      return Promise.resolve(copy(decisions.filter((item) => item.incidentId === incidentId)));
    },

    saveChannel(registration) {
      channel = copy(registration);
      return Promise.resolve();
    },
    getChannel() {
      return Promise.resolve(channel ? copy(channel) : undefined);
    },
    saveConversationReference(userId, reference) {
      references.set(userId, copy(reference));
      return Promise.resolve();
    },
    getConversationReference(userId) {
      const reference = references.get(userId);
      return Promise.resolve(reference ? copy(reference) : undefined);
    },

    claimReminder(incidentId, kind, now, draft, entry) {
      const key = `${incidentId}/${kind}`;
      if (reminderClaims.has(key)) return Promise.resolve(false);
      reminderClaims.add(key);
      enqueue(Array.isArray(draft) ? draft : [draft], now);
      if (entry) audit.push(copy(entry));
      return Promise.resolve(true);
    },

    claimOutbox(now, leaseUntil, limit) {
      const due = outbox
        .filter((item) => item.state === 'pending' && item.nextAttemptAt <= now)
        .slice(0, limit);
      for (const item of due) item.nextAttemptAt = leaseUntil;
      return Promise.resolve(copy(due));
    },
    completeOutbox(id) {
      message(id).state = 'done';
      return Promise.resolve();
    },
    rescheduleOutbox(id, nextAttemptAt, attempts, error) {
      Object.assign(message(id), { nextAttemptAt, attempts, lastError: error });
      return Promise.resolve();
    },
    failOutbox(id, attempts, error) {
      Object.assign(message(id), { state: 'failed', attempts, lastError: error });
      return Promise.resolve();
    },
    retryFailedOutbox(now) {
      const failed = outbox.filter((item) => item.state === 'failed');
      for (const item of failed)
        Object.assign(item, { state: 'pending', attempts: 0, nextAttemptAt: now });
      return Promise.resolve(failed.length);
    },
    listOutbox(incidentId) {
      return Promise.resolve(
        copy(outbox.filter((item) => !incidentId || item.incidentId === incidentId)),
      );
    },
  };
}
