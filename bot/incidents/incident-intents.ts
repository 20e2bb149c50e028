// What the incident core asks Teams to show, as plain typed data: the outbox hands these to the
// ChannelPoster and the invoke handler answers a click with one. The Teams edge
// (bot/teams/incident-cards.ts) turns each into an Adaptive Card, so the cards depend on the
// incident's views and the core never imports a card.
import type { Language } from '../../shared/policy/knowledge/types';
import type { ApDraft } from '../../shared/incidents/ap-draft-marks';
import type { AuditAction } from './audit';
import type { IncidentStatus } from '../../shared/incidents/incident-status';
import type { IncidentCardView, ReceiptView } from './incident-view';
import type { Label } from './labels';
import type { LetterDraft } from './subject-notice';
import type { FieldError, ReportField } from './validate-report';

/** Start the incident's thread in the ICT channel with its card. */
export interface PostIncidentIntent {
  kind: 'post-incident';
  view: IncidentCardView;
  language: Language;
}

/** Redraw the incident's card, the thread's first message, for everyone. */
export interface UpdateCardIntent {
  kind: 'update-card';
  view: IncidentCardView;
  language: Language;
}

/** A reply in the incident's thread. */
export type ThreadIntent =
  /** Who took which step. */
  | {
      kind: 'post-step';
      incidentNumber: string;
      actorName: string;
      step: AuditAction;
      language: Language;
    }
  /** A deadline reminder (reminders.ts words it). */
  | { kind: 'send-reminder'; text: Label; language: Language }
  /** An escalation line (escalation.ts words it). */
  | { kind: 'escalate'; text: Label; language: Language };

/** A personal message through a stored conversation reference. */
export type PersonalIntent =
  /** An escalation to one configured person, with the incident's card below it. */
  | { kind: 'escalate-personally'; text: Label; view: IncidentCardView; language: Language }
  /** Tells the reporter that their report has a new status. */
  | { kind: 'notify-status'; incidentNumber: string; status: IncidentStatus; language: Language };

/** The report form as shown again after a refused submit (or fresh, without values). */
export interface ReportFormView {
  language: Language;
  /** A fresh id per form shown; the same id submitted twice is one incident. */
  submissionId: string;
  /** Values to show again after a refused submit. */
  values?: Partial<Record<ReportField, string>>;
  errors?: FieldError[];
}

/** What the person who clicked a card sees in its place. */
export type ShowIntent =
  /** The incident's card; without `canAct` (outside the ICT domain) it has no buttons. */
  | { kind: 'show-incident'; view: IncidentCardView; canAct: boolean; language: Language }
  | { kind: 'show-ap-draft'; draft: ApDraft }
  | { kind: 'show-letter'; letter: LetterDraft; language: Language }
  | { kind: 'show-receipt'; receipt: ReceiptView; language: Language }
  | { kind: 'show-report-form'; form: ReportFormView };

export type IncidentIntent =
  PostIncidentIntent | UpdateCardIntent | ThreadIntent | PersonalIntent | ShowIntent;
