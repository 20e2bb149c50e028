// The Teams edge of the breach register: turns the core's intents (incident-intents.ts) into the
// Adaptive Cards Teams shows. One switch, no decisions: what to show was decided by the core.
import { buildApDraftCard } from '../cards/incident-ap-draft-card';
import { buildIncidentCard } from '../cards/incident-card';
import type { IncidentAdaptiveCard } from '../cards/incident-card-elements';
import { buildStatusNotificationCard } from '../cards/incident-status-card';
import {
  buildEscalationCard,
  buildReminderCard,
  buildStepCard,
} from '../cards/incident-thread-cards';
import { buildLetterCard } from '../cards/letter-card';
import { buildReceiptCard } from '../cards/receipt-card';
import { buildReportFormCard } from '../cards/report-form-card';
import type { IncidentIntent } from '../incidents/incident-intents';

export function incidentCardFor(intent: IncidentIntent): IncidentAdaptiveCard {
  switch (intent.kind) {
    // Cards in the ICT channel and personal escalations carry the buttons; Teams redraws them
    // per user through the refresh (Universal Actions), which answers with `show-incident`.
    case 'post-incident':
    case 'update-card':
      return buildIncidentCard(intent.view, { language: intent.language, canAct: true });
    case 'post-step':
      return buildStepCard(intent.incidentNumber, intent.actorName, intent.step, intent.language);
    case 'send-reminder':
    case 'escalate':
      return buildReminderCard(intent.text, intent.language);
    case 'escalate-personally':
      return buildEscalationCard(
        intent.text,
        buildIncidentCard(intent.view, { language: intent.language, canAct: true }),
        intent.language,
      );
    case 'notify-status':
      return buildStatusNotificationCard(intent.incidentNumber, intent.status, intent.language);
    case 'show-incident':
      return buildIncidentCard(intent.view, { language: intent.language, canAct: intent.canAct });
    case 'show-ap-draft':
      return buildApDraftCard(intent.draft);
    case 'show-letter':
      return buildLetterCard(intent.letter, intent.language);
    case 'show-receipt':
      return buildReceiptCard(intent.receipt, intent.language);
    case 'show-report-form':
      return buildReportFormCard(intent.form);
  }
}
