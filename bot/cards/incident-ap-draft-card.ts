// The AP notification draft as a card for the privacy officer: one block per form section.
import type { ApDraft } from '../incidents/ap-draft';
import {
  facts,
  heading,
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type IncidentElement,
} from './incident-card-elements';

export function buildApDraftCard(draft: ApDraft): IncidentAdaptiveCard {
  const body: IncidentElement[] = [
    heading(`Concept AP-melding ${draft.incidentNumber}`),
    textRuns(
      'Controleer en vul aan voordat je dit in het meldformulier datalekken van de AP plakt.',
      {
        isSubtle: true,
      },
    ),
  ];
  for (const section of draft.sections) {
    body.push(textRuns(section.title, { weight: 'Bolder' }));
    body.push(...facts(section.answers.map(({ question, answer }) => [question, answer])));
  }
  return incidentAdaptiveCard('nl', body);
}
