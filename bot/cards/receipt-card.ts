// The reporter's receipt after a report is in the register: its number, the AP deadline, and what
// to do right now for this kind of incident.
import type { ReceiptView } from '../incidents/incident-view';
import {
  facts,
  heading,
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type Language,
} from './incident-card-elements';

const TEXT = {
  nl: {
    title: 'Melding ontvangen',
    number: 'Nummer',
    kind: 'Soort',
    deadline: 'Uiterste besluit over melden bij de AP',
    next: 'Het domein ICT pakt je melding op en houdt je hier op de hoogte.',
    now: 'Doe nu meteen:',
    source: 'Bron',
  },
  en: {
    title: 'Report received',
    number: 'Number',
    kind: 'Kind',
    deadline: 'Latest decision on notifying the AP',
    next: 'The ICT domain takes up your report and keeps you posted here.',
    now: 'Do this right away:',
    source: 'Source',
  },
};

export function buildReceiptCard(view: ReceiptView, language: Language): IncidentAdaptiveCard {
  const text = TEXT[language];
  return incidentAdaptiveCard(language, [
    heading(text.title),
    ...facts([
      [text.number, view.number],
      [text.kind, view.kind[language]],
      [text.deadline, view.deadline[language]],
    ]),
    textRuns(text.now, { weight: 'Bolder' }),
    ...view.advice[language].map((line) => textRuns(`• ${line}`)),
    textRuns(`${text.source}: IBP-beleid, ${view.advice.policyRef}`, { isSubtle: true }),
    textRuns(text.next),
  ]);
}
